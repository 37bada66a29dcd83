using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Gateway.Tests;

/// <summary>
/// Records whose figures the ministry sees partly published, partly withheld (threshold 5): Haaglanden (AM21) in 2015
/// with cells of 5 and more beside small ones (so the SDK withholds secondary cells too) and a block of cells
/// of 6 in rows and columns of their own, job-agreement persons
/// growing by one a month from 1 to 8 (month ends below 5 withheld, later ones published, with a small government
/// column), and one arrangement with 6 placements in AM21 and 2 in AM18 (AM18 small, AM21 secondary, the total 8
/// published).
/// </summary>
internal static class DashboardMinistrySeed
{
    public const string ArrangementId = "ARR-MIN-1";

    private static readonly KvkNumber s_employer = KvkNumber.Parse("23456789");

    public static IReadOnlyList<Placement> Placements { get; } = Build();

    public static async Task SeedAsync(IWspStore store)
    {
        // The arrangement first, joined before any placement under it started (L2).
        var clock = new FixedClock(Instant.FromUtc(2014, 12, 1, 9, 0));
        var desk = NationalDesk.Empty
            .WithContact(RegionCode.Parse("AM21"), "GM0503")
            .WithContact(RegionCode.Parse("AM18"), "GM0363")
            .WithAdvisor(new Advisor("ADV-1", "Advisor One", ["RETAIL"], [RegionCode.Parse("AM21")]));
        var account = EmployerAccount.FromState(new EmployerAccountState
        {
            Id = "ACC-MIN-1",
            Name = "Landelijke Winkelketen",
            Kvk = s_employer,
            Kind = EmployerKind.Market,
            Owner = BookingPartner.Uwv,
            Establishments = [
                new Establishment(Postcode.Parse("2611 AB"), Gazetteer.Default.FindMunicipality("GM0503")!),
                new Establishment(Postcode.Parse("1012 AB"), Gazetteer.Default.FindMunicipality("GM0363")!),
                new Establishment(Postcode.Parse("3511 AB"), Gazetteer.Default.FindMunicipality("GM0344")!),
                new Establishment(Postcode.Parse("3011 AB"), Gazetteer.Default.FindMunicipality("GM0599")!),
            ],
            AuditTrail = [new AuditEntry(clock.GetCurrentInstant(), BookingPartner.Uwv, ContactKind.Registered, "Registered")],
        });
        var arrangement = Arrangement.Draft(ArrangementId, account, ArrangementKind.JointWithUwv, "ADV-1", desk, "200 jobs in retail", 200, clock)
            .SendAsConcept()
            .MakeFinal()
            .Join(RegionCode.Parse("AM21"), "GM0503", desk, clock)
            .Join(RegionCode.Parse("AM18"), "GM0363", desk, clock);
        await store.Arrangements.InsertAsync(arrangement);
        await store.Placements.ImportAsync("import-dashboard-ministry", Async(Placements));
    }

    private static List<Placement> Build()
    {
        var placements = new List<Placement>();
        void Add(int count, string municipality, string sector, string partner, Func<int, LocalDate> start, bool banenafspraak = false, EmployerKind kind = EmployerKind.Market, decimal hours = 25.5m, string? arrangement = null)
        {
            for (var i = 0; i < count; i++)
            {
                var id = $"PL-MIN-{placements.Count + 1:D3}";
                var booker = BookingPartner.Parse(partner);
                var groups = booker == BookingPartner.Uwv
                    ? TargetGroupSet.Of(TargetGroup.WW)
                    : banenafspraak ? TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak) : TargetGroupSet.Of(TargetGroup.Participatiewet);
                placements.Add(new Placement(id, "VAC-" + id, s_employer, Gazetteer.Default.FindMunicipality(municipality)!, sector, CandidateReference.Create("CAND-MIN-" + id[7..]), booker, groups, start(i), null, hours, kind, arrangement));
            }
        }

        // Den Haag: six job-agreement placements in retail under the arrangement, one a month from January (market).
        Add(6, "GM0518", "RETAIL", "GM0518", i => new LocalDate(2015, i + 1, 10), banenafspraak: true, arrangement: ArrangementId);
        // Delft: two half jobs in retail in July and August (government: a small column of the stock), eight in security.
        Add(2, "GM0503", "RETAIL", "GM0503", i => new LocalDate(2015, i + 7, 1), banenafspraak: true, kind: EmployerKind.Government, hours: 12.75m);
        Add(8, "GM0503", "SECURITY", "GM0503", i => new LocalDate(2015, 3, i + 1));
        // UWV: seven in retail, nine in security; Den Haag five in ICT.
        Add(7, "GM0518", "RETAIL", "UWV", i => new LocalDate(2015, 4, i + 1));
        Add(9, "GM0518", "SECURITY", "UWV", i => new LocalDate(2015, 5, i + 1));
        Add(5, "GM0518", "ICT", "GM0518", i => new LocalDate(2015, 9, i + 1));
        // Rijswijk and Westland: six each in hospitality and in construction, rows and columns of their own.
        Add(6, "GM0603", "HOSPITALITY_LEISURE", "GM0603", i => new LocalDate(2015, 10, i + 1));
        Add(6, "GM1783", "HOSPITALITY_LEISURE", "GM1783", i => new LocalDate(2015, 10, i + 1));
        Add(6, "GM0603", "CONSTRUCTION_ENGINEERING", "GM0603", i => new LocalDate(2015, 11, i + 1));
        Add(6, "GM1783", "CONSTRUCTION_ENGINEERING", "GM1783", i => new LocalDate(2015, 11, i + 1));
        // Groot Amsterdam: two under the arrangement, a small count in its region's column.
        Add(2, "GM0363", "RETAIL", "GM0363", i => new LocalDate(2015, 6, i + 1), arrangement: ArrangementId);
        return placements;
    }

    private static async IAsyncEnumerable<Placement> Async(IEnumerable<Placement> placements)
    {
        foreach (var placement in placements)
        {
            yield return placement;
        }

        await Task.CompletedTask;
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
