using NodaTime;
using NodaTime.Testing;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Tests.Workflow;

/// <summary>The cast of the workflow tests: Delft and Den Haag (municipalities of Haaglanden), Amsterdam (of another region), UWV, one employer, one clock.</summary>
internal sealed class Scenario
{
    public static readonly BookingPartner Delft = BookingPartner.Parse("GM0503");
    public static readonly BookingPartner DenHaag = BookingPartner.Parse("GM0518");
    public static readonly BookingPartner Amsterdam = BookingPartner.Parse("GM0363");
    public static readonly BookingPartner Uwv = BookingPartner.Uwv;
    public static readonly TargetGroupSet Participatiewet = TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak);
    public static readonly TargetGroupSet WW = TargetGroupSet.Of(TargetGroup.WW);

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 3, 2, 9, 0));

    public Establishment Establishment { get; } = new(Postcode.Parse("2611 AB"), Gazetteer.Default.FindMunicipality("GM0503")!);

    public EmployerAccount Account(string name = "Bakkerij De Korenbloem B.V.", string id = "EA-1", BookingPartner? owner = null, string postcode = "2611 AB")
    {
        var registration = new EmployerRegistration(
            id,
            name,
            new Establishment(Postcode.Parse(postcode), Gazetteer.Default.FindMunicipality("GM0503")!),
            owner ?? Delft,
            EmployerKind.Market,
            RegistrationReason.VacancyReported,
            KvkNumber.Parse("12345678"));
        return EmployerAccount.Register(registration, [], Clock).Account!;
    }

    public VacancyRegistration Registration(
        EmployerAccount? account = null,
        string id = "V-1",
        BookingPartner? owner = null,
        int positions = 1,
        TargetGroupSet targetGroups = default,
        SelectionCriteria selection = SelectionCriteria.None,
        string? coProductionId = null,
        bool isRecruitmentOrder = true,
        Instant? receivedAt = null,
        Publication? publication = null)
    {
        account ??= Account();
        return new VacancyRegistration(
            id,
            account,
            account.Establishments[0],
            owner ?? account.Owner,
            "Baker's assistant",
            "RETAIL",
            receivedAt ?? Clock.GetCurrentInstant() - Duration.FromHours(2),
            new LocalDate(2026, 6, 30),
            publication ?? Publication.Open("jobs@korenbloem.example, 015-1234567"),
            isRecruitmentOrder,
            positions,
            targetGroups,
            selection,
            coProductionId);
    }

    public Vacancy Vacancy(BookingPartner? owner = null, int positions = 1) => Sdk.Vacancies.Vacancy.Register(Registration(owner: owner, positions: positions), Clock);

    /// <summary>Refers candidate n of partner (its own target groups), as its advisor would.</summary>
    public Vacancy Refer(Vacancy vacancy, int candidate, BookingPartner? partner = null)
    {
        var by = partner ?? vacancy.Owner;
        return vacancy.Refer(Candidate(candidate), by, by == Uwv ? WW : Participatiewet, meetsRequirements: true, Clock);
    }

    public static CandidateReference Candidate(int n) => CandidateReference.Create($"cand-{n:D4}");

    public static PlacementBooking Booking(int candidate, BookingPartner? by = null, string? id = null, LocalDate? start = null) =>
        new(id ?? $"P-{candidate}", Candidate(candidate), by ?? Delft, start ?? new LocalDate(2026, 3, 16), 25.5m);

    /// <summary>Refers candidate n from partner and books it, as a partner's advisor would.</summary>
    public Vacancy ReferAndBook(Vacancy vacancy, int candidate, BookingPartner? partner = null, TargetGroupSet? groups = null)
    {
        var by = partner ?? vacancy.Owner;
        return vacancy
            .Refer(Candidate(candidate), by, groups ?? (by == Uwv ? WW : Participatiewet), meetsRequirements: true, Clock)
            .BookPlacement(Booking(candidate, by), Clock);
    }
}
