using System.Globalization;
using System.Text;
using NodaTime;
using NodaTime.Testing;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;
using Wsp.Sdk.Visits;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// The cast of the contract tests: Delft and Den Haag (municipalities of Haaglanden), UWV, employers, vacancies and
/// one <see cref="FakeClock"/>, so every rule that depends on time (H7, H10, H15) is driven explicitly.
/// </summary>
public sealed class World
{
    public static readonly BookingPartner Delft = BookingPartner.Parse("GM0503");
    public static readonly BookingPartner DenHaag = BookingPartner.Parse("GM0518");
    public static readonly BookingPartner Uwv = BookingPartner.Uwv;
    public static readonly TargetGroupSet Participatiewet = TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak);
    public static readonly TargetGroupSet WW = TargetGroupSet.Of(TargetGroup.WW);

    public FakeClock Clock { get; } = new(Instant.FromUtc(2026, 3, 2, 9, 0));

    public static Establishment EstablishmentIn(string municipality = "GM0503", string postcode = "2611 AB") =>
        new(Postcode.Parse(postcode), Gazetteer.Default.FindMunicipality(municipality)!);

    public static EmployerRegistration AccountRegistration(
        string id = "EA-1",
        string name = "Bakkerij De Korenbloem B.V.",
        string postcode = "2611 AB",
        BookingPartner? owner = null,
        RegistrationReason reason = RegistrationReason.VacancyReported,
        string kvk = "12345678",
        string municipality = "GM0503") =>
        new(id, name, EstablishmentIn(municipality, postcode), owner ?? Delft, EmployerKind.Market, reason, KvkNumber.Parse(kvk));

    public EmployerAccount Account(string id = "EA-1", string name = "Bakkerij De Korenbloem B.V.", string postcode = "2611 AB", BookingPartner? owner = null) =>
        EmployerAccount.Register(AccountRegistration(id, name, postcode, owner), [], Clock).Account!;

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
        Publication? publication = null,
        string title = "Baker's assistant",
        LocalDate? expiresOn = null)
    {
        account ??= Account();
        return new VacancyRegistration(
            id,
            account,
            account.Establishments[0],
            owner ?? account.Owner,
            title,
            "RETAIL",
            receivedAt ?? Clock.GetCurrentInstant() - Duration.FromHours(2),
            expiresOn ?? new LocalDate(2026, 6, 30),
            publication ?? Publication.Open("jobs@korenbloem.example, 015-1234567"),
            isRecruitmentOrder,
            positions,
            targetGroups,
            selection,
            coProductionId);
    }

    public Vacancy Vacancy(string id = "V-1", BookingPartner? owner = null, int positions = 1, string? coProductionId = null, EmployerAccount? account = null) =>
        Vacancies.Vacancy.Register(Registration(account, id, owner, positions, coProductionId: coProductionId), Clock);

    public static CandidateReference Candidate(int n) => CandidateReference.Create($"cand-{n:D4}");

    public static PlacementBooking Booking(int candidate, BookingPartner? by = null, string? id = null, decimal hours = 25.5m) =>
        new(id ?? $"P-{candidate}", Candidate(candidate), by ?? Delft, new LocalDate(2026, 3, 16), hours);

    public Vacancy Refer(Vacancy vacancy, int candidate, BookingPartner? partner = null, TargetGroupSet? groups = null)
    {
        var by = partner ?? vacancy.Owner;
        return vacancy.Refer(Candidate(candidate), by, groups ?? (by == Uwv ? WW : Participatiewet), meetsRequirements: true, Clock);
    }

    public Vacancy ReferAndBook(Vacancy vacancy, int candidate, BookingPartner? partner = null) =>
        Refer(vacancy, candidate, partner).BookPlacement(Booking(candidate, partner ?? vacancy.Owner), Clock);

    /// <summary>
    /// A vacancy of the owner received, and each candidate referred on it, at 09:00 on <paramref name="since"/>, with the
    /// placements booked at the world's clock: a placement may start any day from <paramref name="since"/> on (rule H16
    /// refuses a start before the receipt or the referral).
    /// </summary>
    public Vacancy BookedSince(string id, LocalDate since, IEnumerable<(int Candidate, LocalDate Start)> placements)
    {
        var then = new FakeClock(since.At(new LocalTime(9, 0)).InUtc().ToInstant());
        var vacancy = Vacancies.Vacancy.Register(Registration(id: id, receivedAt: then.GetCurrentInstant() - Duration.FromHours(2)), then);
        foreach (var (candidate, start) in placements)
        {
            vacancy = vacancy.Refer(Candidate(candidate), vacancy.Owner, Participatiewet, meetsRequirements: true, then)
                .BookPlacement(new PlacementBooking($"P-{candidate}", Candidate(candidate), vacancy.Owner, start, 25.5m), Clock);
        }

        return vacancy;
    }

    public static CompanyVisit Visit(string id, string accountId, LocalDate date, BookingPartner? partner = null) =>
        new(id, accountId, partner ?? Delft, date, new VisitReport("Introduction of the WSP", "Bakes bread for the region", "Two trial places from April"));

    /// <summary>
    /// Generates placements deterministically, each through the public constructor (so each passes rule H15), spread
    /// over several regions, 2015–2026, with and without end dates, market and government, some with BANENAFSPRAAK.
    /// </summary>
    public static Placement[] Placements(int count, string prefix = "IMP", int seed = 1, Func<string, RegionCode, string?>? arrangement = null)
    {
        var random = new Random(seed);
        string[] municipalities = ["GM0503", "GM0518", "GM0363", "GM0599", "GM0344", "GM0014", "GM0153", "GM0855"];
        var result = new Placement[count];
        for (var i = 0; i < count; i++)
        {
            var municipality = Gazetteer.Default.FindMunicipality(municipalities[random.Next(municipalities.Length)])!;
            var byUwv = random.Next(2) == 0;
            var groups = random.Next(3) switch
            {
                0 => byUwv ? TargetGroupSet.Of(TargetGroup.WW) : TargetGroupSet.Of(TargetGroup.Participatiewet),
                1 => byUwv ? TargetGroupSet.Of(TargetGroup.Wajong, TargetGroup.Banenafspraak) : TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak),
                _ => TargetGroupSet.Of(TargetGroup.Banenafspraak, TargetGroup.Youth),
            };
            var start = new LocalDate(2015, 1, 1).PlusDays(random.Next(12 * 365));
            LocalDate? end = random.Next(2) == 0 ? start.PlusDays(random.Next(0, 3 * 365)) : null;
            var vacancy = $"V{random.Next(1000):D5}";
            var employer = KvkNumber.Parse(random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture));
            var sector = random.Next(2) == 0 ? "RETAIL" : "ICT";
            var candidate = CandidateReference.Create($"K{random.Next(1_000_000):D7}");
            var hours = 4m + (random.Next(0, 145) * 0.25m);
            var kind = random.Next(10) < 7 ? EmployerKind.Market : EmployerKind.Government;
            var arrangementId = random.Next(10) == 0 ? Arrangement($"ARR-{random.Next(40):D3}", municipality.Region!.Code) : null;
            result[i] = new Placement(
                $"{prefix}-{i:D6}",
                vacancy,
                arrangementId is null ? employer : KvkNumber.Parse(DeskWorld.NationalKvk),
                municipality,
                sector,
                candidate,
                byUwv ? BookingPartner.Uwv : BookingPartner.ForMunicipality(municipality.Code),
                groups,
                start,
                end,
                hours,
                kind,
                arrangementId);
        }

        return result;

        // One placement in ten draws an id ARR-000…ARR-039, written only as the caller maps it (rule L2: an import names
        // only an arrangement the region joined, and is then at the arrangement's employer); drawn either way, so the other
        // fields stay the same.
        string? Arrangement(string drawn, RegionCode region) => arrangement?.Invoke(drawn, region);
    }

    /// <summary>Maps a drawn arrangement id to itself: for stores seeded with <see cref="DeskWorld.JoinedEverywhereAsync"/>.</summary>
    public static string? AsDrawn(string drawn, RegionCode region) => drawn;

    public static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    public static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> items)
    {
        var list = new List<T>();
        await foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>Describes every field of a placement, so a round trip is compared field by field with a readable diff.</summary>
    public static string Describe(Placement p) => string.Create(
        CultureInfo.InvariantCulture,
        $"{p.Id}|{p.VacancyId}|{p.Employer}|{p.Municipality.Code}|{p.Region.Code}|{p.SectorCode}|{p.Candidate}|{p.BookingPartner}|{p.TargetGroups}|{p.Start:uuuu-MM-dd}|{p.End:uuuu-MM-dd}|{p.HoursPerWeek}|{p.EmployerKind}|{p.ArrangementId}");

    /// <summary>Describes every field of a vacancy, its referrals, placements and hand-overs.</summary>
    public static string Describe(Vacancy v)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{v.Id}|{v.AccountId}|{v.Employer}|{v.EmployerKind}|{v.Establishment.Postcode}|{v.Establishment.Municipality.Code}|{v.Owner}|{v.Title}|{v.SectorCode}|")
            .Append(CultureInfo.InvariantCulture, $"{v.ReceivedAt}|{v.RegisteredAt}|{v.ExpiresOn:uuuu-MM-dd}|{v.Publication.IsOpen}|{v.Publication.Text}|{v.Positions}|{v.TargetGroups}|{v.Selection}|")
            .Append(CultureInfo.InvariantCulture, $"{v.CoProductionId}|{v.DuplicatedFrom}|{v.Status}|{v.Workplaces}\n");
        foreach (var r in v.Referrals)
        {
            text.Append(CultureInfo.InvariantCulture, $"  referral {r.Candidate}|{r.ReferredBy}|{r.TargetGroups}|{r.ProposedAt}\n");
        }

        foreach (var p in v.Placements)
        {
            text.Append("  placement ").Append(Describe(p)).Append('\n');
        }

        foreach (var h in v.Handovers)
        {
            text.Append(CultureInfo.InvariantCulture, $"  handover {h.From}|{h.To}|{h.At}|{h.Rule}\n");
        }

        return text.ToString();
    }

    /// <summary>Describes every field of an account, its establishments and audit trail.</summary>
    public static string Describe(EmployerAccount a)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{a.Id}|{a.Name}|{a.NameKey}|{a.Kvk}|{a.Kind}|{a.Owner}\n");
        foreach (var e in a.Establishments)
        {
            text.Append(CultureInfo.InvariantCulture, $"  establishment {e.Postcode}|{e.Municipality.Code}\n");
        }

        foreach (var e in a.AuditTrail)
        {
            text.Append(CultureInfo.InvariantCulture, $"  audit {e.At}|{e.Partner}|{e.Kind}|{e.Note}|{e.OccurredOn}|{e.RecordId}\n");
        }

        return text.ToString();
    }
}
