using System.Globalization;
using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Storage;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;
using Wsp.Sdk.Visits;

namespace Wsp.Cli.Demo;

/// <summary>
/// Deterministic demo data, valid under every rule because every record goes through the SDK's own workflow: per
/// region an employer registered after a reported vacancy (H8), a company visit with its report (H9), a vacancy
/// registered on receipt (H10) with referrals (H14) and a placement booked by the owner (H13, H15), and an open
/// vacancy with one referral; plus imported placements over every region (2015–2026) as one import.
/// </summary>
internal sealed class DemoData(IWspStore store, int seed)
{
    /// <summary>The demo's clock: a fixed moment, so the same seed gives the same store.</summary>
    private static readonly Instant s_now = Instant.FromUtc(2026, 3, 2, 9, 0);

    private readonly FixedClock _clock = new(s_now);

    /// <summary>Gets the demo's clock, for the other demo writers.</summary>
    public IClock Clock => _clock;

    public async Task<(int Regions, bool WorkflowWritten)> WriteWorkflowAsync(CancellationToken cancellationToken)
    {
        var regions = Gazetteer.Default.Regions;
        if (await store.Accounts.FindAsync(AccountId(regions[0]), cancellationToken).ConfigureAwait(false) is not null)
        {
            return (regions.Count, false);
        }

        var random = new Random(seed);
        var sectors = SectorClassifications.Haaglanden2015.Sectors;
        foreach (var region in regions)
        {
            var municipality = region.Municipalities[random.Next(region.Municipalities.Count)];
            var owner = BookingPartner.ForMunicipality(municipality.Code);
            var establishment = new Establishment(Postcode.Parse($"{1000 + random.Next(8999)} {(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}"), municipality);
            var registration = new EmployerRegistration(
                AccountId(region),
                $"Demo {region.Name} B.V.",
                establishment,
                owner,
                random.Next(10) < 7 ? EmployerKind.Market : EmployerKind.Government,
                RegistrationReason.VacancyReported,
                KvkNumber.Parse((10_000_000 + (region.Code.Number * 1_000_000) + random.Next(999_999)).ToString(CultureInfo.InvariantCulture)));
            var account = EmployerAccount.Register(registration, [], _clock).Account!;
            var stored = await store.Accounts.InsertAsync(account, cancellationToken).ConfigureAwait(false);

            var visit = new CompanyVisit(
                $"DEMO-VISIT-{region.Code}",
                account.Id,
                owner,
                s_now.InUtc().Date.PlusDays(-7),
                new VisitReport("Introduction of the employer service point", $"Employer in {municipality.Name}", "One trial placement from April"));
            await store.Visits.InsertAsync(visit, cancellationToken).ConfigureAwait(false);
            account = visit.RecordOn(stored.Value, _clock);
            await store.Accounts.ReplaceAsync(account, stored.ETag, cancellationToken).ConfigureAwait(false);

            var sector = sectors[random.Next(sectors.Count)].Code;
            var groups = TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak);
            var filled = Vacancy.Register(Registration(account, $"DEMO-V-{region.Code}-1", owner, sector), _clock);
            var candidate = CandidateReference.Create($"demo-{region.Code}-1");
            filled = filled
                .Refer(candidate, owner, groups, meetsRequirements: true, _clock)
                .Refer(CandidateReference.Create($"demo-{region.Code}-2"), BookingPartner.Uwv, TargetGroupSet.Of(TargetGroup.WW), meetsRequirements: true, _clock)
                .BookPlacement(new PlacementBooking($"DEMO-P-{region.Code}-1", candidate, owner, new LocalDate(2026, 3, 16), 12.75m + (random.Next(0, 53) * 0.25m)), _clock);
            await store.Vacancies.InsertAsync(filled, cancellationToken).ConfigureAwait(false);

            var open = Vacancy.Register(Registration(account, $"DEMO-V-{region.Code}-2", owner, sector), _clock)
                .Refer(CandidateReference.Create($"demo-{region.Code}-3"), owner, groups, meetsRequirements: true, _clock);
            await store.Vacancies.InsertAsync(open, cancellationToken).ConfigureAwait(false);
        }

        return (regions.Count, true);
    }

    /// <summary>
    /// Generates imported placements over every current municipality, deterministically from the seed; one in twenty
    /// names one of the demo's arrangements <c>ARR-000</c>…<c>ARR-{arrangements-1}</c> when there are any.
    /// </summary>
    public IEnumerable<Placement> Placements(int count, int arrangements = 0)
    {
        var random = new Random(seed);
        var municipalities = Gazetteer.Default.Municipalities.Where(m => m.Region is not null).ToArray();
        var sectors = SectorClassifications.Haaglanden2015.Sectors;
        for (var i = 0; i < count; i++)
        {
            var municipality = municipalities[random.Next(municipalities.Length)];
            var byUwv = random.Next(100) < 45;
            var banenafspraak = random.Next(100) < 40;
            var groups = random.Next(4) switch
            {
                0 => byUwv ? TargetGroupSet.Of(TargetGroup.WW) : TargetGroupSet.Of(TargetGroup.Participatiewet),
                1 => byUwv ? TargetGroupSet.Of(TargetGroup.Wajong) : TargetGroupSet.Of(TargetGroup.StatusHolder),
                2 => TargetGroupSet.Of(TargetGroup.Youth),
                _ => TargetGroupSet.Of(TargetGroup.Over55),
            };
            if (banenafspraak)
            {
                groups = groups.With(TargetGroup.Banenafspraak);
            }

            var start = new LocalDate(2015, 1, 1).PlusDays(random.Next(12 * 365));
            LocalDate? end = random.Next(2) == 0 ? start.PlusDays(random.Next(0, 3 * 365)) : null;
            yield return new Placement(
                $"DEMO-IMP-{seed}-{i:D7}",
                $"DEMO-EXT-V{random.Next(100_000):D6}",
                KvkNumber.Parse(random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture)),
                municipality,
                sectors[random.Next(sectors.Count)].Code,
                CandidateReference.Create($"K{random.Next(10_000_000):D8}"),
                byUwv ? BookingPartner.Uwv : BookingPartner.ForMunicipality(municipality.Code),
                groups,
                start,
                end,
                4m + (random.Next(0, 145) * 0.25m),
                random.Next(10) < 7 ? EmployerKind.Market : EmployerKind.Government,
                ArrangementOf(random, arrangements));
        }
    }

    /// <summary>
    /// One row in twenty falls under an arrangement (as in the perf generator, which draws ARR-000…ARR-039). The two draws
    /// are made whether or not the demo has arrangements, so every other field of the demo data, and the figures
    /// measured over it, stay the same; with none the row names none (an import refuses an arrangement its region has
    /// not joined, rule L2), and every demo arrangement is joined by every region.
    /// </summary>
    private static string? ArrangementOf(Random random, int arrangements)
    {
        if (random.Next(20) != 0)
        {
            return null;
        }

        var drawn = random.Next(40);
        return arrangements > 0 ? DemoArrangements.Id(drawn % arrangements) : null;
    }

    private static string AccountId(LabourMarketRegion region) => $"DEMO-EA-{region.Code}";

    private static VacancyRegistration Registration(EmployerAccount account, string id, BookingPartner owner, string sector) => new(
        id,
        account,
        account.Establishments[0],
        owner,
        "Medewerker productie",
        sector,
        s_now - Duration.FromHours(2),
        new LocalDate(2026, 6, 30),
        Publication.Open("werk@demo.example, 010-1234567"),
        isRecruitmentOrder: true);

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
