using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The records the dashboard tests read, written to a real store: placements of 2015 in Haaglanden (AM21) and one in
/// Groot Amsterdam (AM18), each with a known candidate reference the page must never show, and one final arrangement
/// that AM21 joined and AM18 declined, with two of AM21's placements booked under it.
/// </summary>
internal static class DashboardSeed
{
    public const string ArrangementId = "ARR-DASH-1";
    public const string Employer = "Landelijke Werkgever <b>&amp; Zn</b>";

    public static readonly string[] CandidateReferences = ["CAND-DASH-0001", "CAND-DASH-0002", "CAND-DASH-0003", "CAND-DASH-0004", "CAND-DASH-0005", "CAND-DASH-0006"];

    public static IReadOnlyList<Placement> Placements { get; } =
    [
        // Delft books a job-agreement placement in retail under the arrangement AM21 joined, running on: 1 job from March.
        Placement("PL-DASH-1", "GM0503", "RETAIL", CandidateReferences[0], "GM0503", new LocalDate(2015, 3, 10), null, 25.5m, banenafspraak: true, ArrangementId),
        // Half a job in retail over the summer, under the arrangement too: 2 of its 120 job opportunities realised (L5).
        Placement("PL-DASH-2", "GM0503", "RETAIL", CandidateReferences[1], "GM0503", new LocalDate(2015, 6, 1), new LocalDate(2015, 8, 31), 12.75m, banenafspraak: true, ArrangementId),
        // UWV places a WW candidate in security in Den Haag: a placement, no job-agreement job.
        Placement("PL-DASH-3", "GM0518", "SECURITY", CandidateReferences[2], "UWV", new LocalDate(2015, 2, 1), null, 36m, banenafspraak: false),
        // Another region: never on AM21's page.
        Placement("PL-DASH-4", "GM0363", "RETAIL", CandidateReferences[3], "GM0363", new LocalDate(2015, 4, 1), null, 30m, banenafspraak: true),
        // The year before: not in the 2015 realisation, but a job in 2015 as long as it runs.
        Placement("PL-DASH-5", "GM0503", "ICT", CandidateReferences[4], "GM0503", new LocalDate(2014, 11, 1), new LocalDate(2015, 1, 31), 25.5m, banenafspraak: true),
        // A sector the ambition table has no row for: counted apart.
        Placement("PL-DASH-6", "GM0503", "MINING", CandidateReferences[5], "GM0503", new LocalDate(2015, 5, 1), null, 20m, banenafspraak: false),
    ];

    public static async Task SeedAsync(IWspStore store)
    {
        var clock = new NodaTime.Testing.FakeClock(PartnerGateway.Now);
        var desk = NationalDesk.Empty
            .WithContact(RegionCode.Parse("AM21"), "GM0503")
            .WithContact(RegionCode.Parse("AM18"), "GM0363")
            .WithAdvisor(new Advisor("ADV-1", "Advisor One", ["RETAIL"], [RegionCode.Parse("AM21")]));
        var account = EmployerAccount.FromState(new EmployerAccountState
        {
            Id = "ACC-DASH-1",
            Name = Employer,
            Kvk = KvkNumber.Parse("12345678"),
            Kind = EmployerKind.Market,
            Owner = BookingPartner.Uwv,

            // Establishments in four regions: a national employer (L1).
            Establishments =
            [
                new Establishment(Postcode.Parse("2611 AB"), Gazetteer.Default.FindMunicipality("GM0503")!),
                new Establishment(Postcode.Parse("1012 AB"), Gazetteer.Default.FindMunicipality("GM0363")!),
                new Establishment(Postcode.Parse("3511 AB"), Gazetteer.Default.FindMunicipality("GM0344")!),
                new Establishment(Postcode.Parse("3011 AB"), Gazetteer.Default.FindMunicipality("GM0599")!),
            ],
            AuditTrail = [new AuditEntry(clock.GetCurrentInstant(), BookingPartner.Uwv, ContactKind.Registered, "Registered")],
        });
        var arrangement = Arrangement.Draft(ArrangementId, account, ArrangementKind.JointWithUwv, "ADV-1", desk, "120 jobs in retail", 120, clock)
            .SendAsConcept()
            .MakeFinal()
            .Join(RegionCode.Parse("AM21"), "GM0503", desk, clock)
            .Decline(RegionCode.Parse("AM18"), "GM0363", desk, clock);
        await store.Arrangements.InsertAsync(arrangement);

        // After the arrangement: an import names only an arrangement the placement's region joined (rule L2).
        await store.Placements.ImportAsync("import-dashboard", Async(Placements));
        await SeedFigureInputsAsync(store, Amsterdam);
    }

    /// <summary>The records of <see cref="SeedAsync"/> with the baseline and target imported for Haaglanden instead (the browser's page of AM21).</summary>
    public static async Task SeedWithHaaglandenBaselineAsync(IWspStore store)
    {
        await SeedAsync(store);
        await SeedFigureInputsAsync(store, Haaglanden);
    }

    public static readonly RegionCode Haaglanden = RegionCode.Parse("AM21");

    public static readonly RegionCode Amsterdam = RegionCode.Parse("AM18");

    /// <summary>The baseline jobs (nulmeting) imported for a region: more than Groot Amsterdam's one placement gives, so its extra jobs are below zero.</summary>
    public const decimal BaselineMarket = 2m;

    public const decimal BaselineGovernment = 0.5m;

    /// <summary>
    /// The figure inputs a region imports (each import the newest of its kind): a baseline for <paramref name="region"/>
    /// only, a regional target of 4 extra jobs by end 2016, and Haaglanden's ambition table once more, for 2014.
    /// </summary>
    public static async Task SeedFigureInputsAsync(IWspStore store, RegionCode region)
    {
        await store.FigureInputs.ImportBaselineAsync(
            new JobAgreementBaselineTable($"nulmeting-{region}.csv sha256:00", [new(region, EmployerKind.Market, BaselineMarket), new(region, EmployerKind.Government, BaselineGovernment)]),
            PartnerGateway.Now);
        await store.FigureInputs.ImportTargetsAsync([new JobAgreementTarget(region, new LocalDate(2016, 12, 31), 3, 1, confirmedBySources: false, $"Regionaal plan {region} (dashboard test)")], $"targets-{region}.csv sha256:00", PartnerGateway.Now);
        var shipped = PlacementAmbitions.Haaglanden2015;
        await store.FigureInputs.ImportAmbitionsAsync([new PlacementAmbitionTable(shipped.Region, 2014, shipped.Classification, shipped.Partners, shipped.Cells)], "ambitions-2014.csv sha256:00", PartnerGateway.Now);
    }

    private static Placement Placement(string id, string municipality, string sector, string candidate, string partner, LocalDate start, LocalDate? end, decimal hours, bool banenafspraak, string? arrangementId = null)
    {
        var booker = BookingPartner.Parse(partner);
        var groups = booker == BookingPartner.Uwv
            ? TargetGroupSet.Of(TargetGroup.WW)
            : banenafspraak ? TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak) : TargetGroupSet.Of(TargetGroup.Participatiewet);
        return new Placement(id, "VAC-" + id, KvkNumber.Parse("87654321"), Gazetteer.Default.FindMunicipality(municipality)!, sector, CandidateReference.Create(candidate), booker, groups, start, end, hours, EmployerKind.Market, arrangementId);
    }

    private static async IAsyncEnumerable<Placement> Async(IEnumerable<Placement> placements)
    {
        foreach (var placement in placements)
        {
            yield return placement;
        }

        await Task.CompletedTask;
    }
}
