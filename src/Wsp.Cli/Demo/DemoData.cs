using System.Globalization;
using NodaTime;
using Wsp.Sdk;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;
using Wsp.Sdk.Visits;

namespace Wsp.Cli.Demo;

/// <summary>
/// Deterministic demo data, valid under every rule because every record is written through the partners' own clients
/// (<see cref="DemoPartners"/>), the calls the gateway makes: per region, the region's municipality registers an employer
/// after a reported vacancy (H8) and records a company visit with its report (H9), registers a vacancy on receipt (H10),
/// refers its candidate, UWV refers one of its own (H14), and the municipality books its candidate (H13, H15); and an open
/// vacancy with one referral. Plus imported placements over every region (2015–2026) as one import. Each step is taken
/// only when the store lacks what it writes, so a second run adds nothing and an interrupted one is completed.
/// </summary>
internal sealed class DemoData(DemoPartners partners, int seed)
{
    private static readonly TargetGroupSet s_groups = TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak);

    public async Task<(int Regions, bool WorkflowWritten)> WriteWorkflowAsync(CancellationToken cancellationToken)
    {
        var regions = Gazetteer.Default.Regions;
        var random = new Random(seed);
        var written = false;
        foreach (var region in regions)
        {
            // Every value is drawn before anything is written, in the demo's fixed order, so what a region gets does not
            // depend on what an earlier run already wrote.
            written |= await WriteRegionAsync(RegionPlan.Draw(region, random), cancellationToken).ConfigureAwait(false);
        }

        return (regions.Count, written);
    }

    private async Task<bool> WriteRegionAsync(RegionPlan plan, CancellationToken cancellationToken)
    {
        var owner = partners.Municipality(plan.Municipality);
        var steps = 0;
        var account = await owner.FindEmployerAsync(plan.AccountId, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            var request = new RegisterEmployerRequest(plan.AccountId, plan.EmployerName, plan.Establishment, plan.Kind, RegistrationReason.VacancyReported) { Kvk = plan.Kvk };
            account = await DemoPartners.RegisterEmployerAsync(owner, request, cancellationToken).ConfigureAwait(false);
            steps++;
        }

        if (!account.AuditTrail.Any(e => e.Kind == ContactKind.Visit))
        {
            var report = new VisitReport("Introduction of the employer service point", $"Employer in {plan.Municipality.Name}", "One trial placement from April");
            await owner.RecordVisitAsync($"DEMO-VISIT-{plan.Region}", account.Id, DemoPartners.Now.InUtc().Date.PlusDays(-7), report, cancellationToken).ConfigureAwait(false);
            steps++;
        }

        // The filled vacancy: the owner's candidate and one of UWV's referred, the owner's booked.
        var filled = await VacancyAsync(owner, $"DEMO-V-{plan.Region}-1", account.Id, plan.Sector, () => steps++, cancellationToken).ConfigureAwait(false);
        var candidate = CandidateReference.Create($"demo-{plan.Region}-1");
        filled = await ReferAsync(owner, filled, candidate, s_groups, () => steps++, cancellationToken).ConfigureAwait(false);
        filled = await ReferAsync(partners.Uwv, filled, CandidateReference.Create($"demo-{plan.Region}-2"), TargetGroupSet.Of(TargetGroup.WW), () => steps++, cancellationToken).ConfigureAwait(false);
        var placementId = $"DEMO-P-{plan.Region}-1";
        if (filled.Placements.All(p => p.Id != placementId))
        {
            await owner.BookPlacementAsync(new BookPlacementRequest(filled.Id, placementId, candidate, new LocalDate(2026, 3, 16), plan.HoursPerWeek), cancellationToken).ConfigureAwait(false);
            steps++;
        }

        var open = await VacancyAsync(owner, $"DEMO-V-{plan.Region}-2", account.Id, plan.Sector, () => steps++, cancellationToken).ConfigureAwait(false);
        await ReferAsync(owner, open, CandidateReference.Create($"demo-{plan.Region}-3"), s_groups, () => steps++, cancellationToken).ConfigureAwait(false);
        return steps > 0;
    }

    /// <summary>Reads the vacancy, or registers it two hours after the employer reported it (H10).</summary>
    private static async Task<Vacancy> VacancyAsync(WspClient owner, string id, string accountId, string sector, Action wrote, CancellationToken cancellationToken)
    {
        if (await owner.FindVacancyAsync(id, cancellationToken).ConfigureAwait(false) is { } found)
        {
            return found;
        }

        wrote();
        var request = new RegisterVacancyRequest(id, accountId, "Medewerker productie", sector, DemoPartners.Now - Duration.FromHours(2), new LocalDate(2026, 6, 30), Publication.Open("werk@demo.example, 010-1234567"));
        return await owner.RegisterVacancyAsync(request, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Refers the caller's candidate (H14) unless it is referred already.</summary>
    private static async Task<Vacancy> ReferAsync(WspClient by, Vacancy vacancy, CandidateReference candidate, TargetGroupSet groups, Action wrote, CancellationToken cancellationToken)
    {
        if (vacancy.Referrals.Any(r => r.Candidate == candidate))
        {
            return vacancy;
        }

        wrote();
        return await by.ReferCandidateAsync(vacancy.Id, candidate, groups, meetsRequirements: true, cancellationToken).ConfigureAwait(false);
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
            var vacancy = $"DEMO-EXT-V{random.Next(100_000):D6}";
            var employer = KvkNumber.Parse(random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture));
            var sector = sectors[random.Next(sectors.Count)].Code;
            var candidate = CandidateReference.Create($"K{random.Next(10_000_000):D8}");
            var hours = 4m + (random.Next(0, 145) * 0.25m);
            var kind = random.Next(10) < 7 ? EmployerKind.Market : EmployerKind.Government;
            var arrangementId = ArrangementOf(random, arrangements);

            // A placement under an arrangement is at the arrangement's employer (rule L2); drawn in the same order either way.
            yield return new Placement(
                $"DEMO-IMP-{seed}-{i:D7}",
                vacancy,
                arrangementId is null ? employer : DemoArrangements.EmployerKvk,
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

    /// <summary>What the demo writes in one region, drawn from the seed in the order the demo has always drawn it.</summary>
    private sealed record RegionPlan(RegionCode Region, Municipality Municipality, Establishment Establishment, EmployerKind Kind, KvkNumber Kvk, string Sector, decimal HoursPerWeek)
    {
        public string AccountId => $"DEMO-EA-{Region}";

        public string EmployerName => $"Demo {Gazetteer.Default.GetRegion(Region).Name} B.V.";

        public static RegionPlan Draw(LabourMarketRegion region, Random random)
        {
            var municipality = region.Municipalities[random.Next(region.Municipalities.Count)];
            var postcode = Postcode.Parse($"{1000 + random.Next(8999)} {(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}");
            var kind = random.Next(10) < 7 ? EmployerKind.Market : EmployerKind.Government;
            var kvk = KvkNumber.Parse((10_000_000 + (region.Code.Number * 1_000_000) + random.Next(999_999)).ToString(CultureInfo.InvariantCulture));
            var sectors = SectorClassifications.Haaglanden2015.Sectors;
            var sector = sectors[random.Next(sectors.Count)].Code;
            var hours = 12.75m + (random.Next(0, 53) * 0.25m);
            return new RegionPlan(region.Code, municipality, new Establishment(postcode, municipality), kind, kvk, sector, hours);
        }
    }
}
