using NodaTime;
using NodaTime.Testing;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Tests.ManagementInformation;

public sealed class ArrangementMonitoringTests
{
    /// <summary>Delft, a municipality of Haaglanden: the region's contact person (rule L4).</summary>
    private const string HaaglandenContact = "GM0503";

    /// <summary>Amsterdam, in its own region.</summary>
    private const string AmsterdamContact = "GM0363";

    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");
    private static readonly RegionCode s_amsterdam = RegionCode.Parse("AM18");
    private static readonly DateInterval s_2015 = new(new LocalDate(2015, 1, 1), new LocalDate(2015, 12, 31));

    private readonly FakeClock _clock = new(Instant.FromUtc(2015, 1, 4, 10, 0));

    private readonly NationalDesk _desk = NationalDesk.Empty
        .WithAdvisor(new Advisor("ADV-1", "Advisor Retail", ["RETAIL"], [s_haaglanden]))
        .WithContact(s_haaglanden, HaaglandenContact)
        .WithContact(s_amsterdam, AmsterdamContact);

    private Arrangement Arrangement(string id, int jobOpportunities)
    {
        var first = new Establishment(Postcode.Parse("2611 AB"), Gazetteer.Default.FindMunicipality("GM0503")!);
        var account = EmployerAccount.Register(
            new EmployerRegistration("EA-" + id, "Supermarkt Nederland", first, BookingPartner.Uwv, EmployerKind.Market, RegistrationReason.Visited, KvkNumber.Parse("87654321")),
            [],
            _clock).Account!;
        account = new[] { "GM0363", "GM0344", "GM0014" }
            .Select((code, i) => new Establishment(Postcode.Parse($"{1000 + i} AA"), Gazetteer.Default.FindMunicipality(code)!))
            .Aggregate(account, (a, e) => a.AddEstablishment(e));
        return Sdk.Arrangements.Arrangement.Draft(id, account, ArrangementKind.Municipal, "ADV-1", _desk, "Jobs in stores", jobOpportunities, _clock)
            .SendAsConcept()
            .MakeFinal();
    }

    [Fact]
    public void L5_placements_are_monitored_per_arrangement_per_region_against_its_job_opportunities()
    {
        var arr1 = Arrangement("ARR-1", 120).Join(s_haaglanden, HaaglandenContact, _desk, _clock).Decline(s_amsterdam, AmsterdamContact, _desk, _clock);
        var arr2 = Arrangement("ARR-2", 0);
        var placements = RandomPlacements.Generate(2000, seed: 5);

        var report = ArrangementMonitoring.Compute([arr2, arr1], placements, s_2015);

        Assert.Equal(["ARR-1", "ARR-2"], report.Arrangements.Select(a => a.ArrangementId));
        Assert.Equal("arrangement-monitoring/1", report.Figure.ToString());
        foreach (var result in report.Arrangements)
        {
            var under = placements.Where(p => p.ArrangementId == result.ArrangementId && s_2015.Contains(p.Start)).ToArray();
            Assert.Equal(under.Length, result.Placements);
            foreach (var region in result.Regions)
            {
                Assert.Equal(under.Count(p => p.Region.Code == region.Region), region.Placements);
            }

            Assert.Equal(under.Select(p => p.Region.Code).Distinct().Order(), result.Regions.Where(r => r.Placements > 0).Select(r => r.Region));
        }

        var first = report.Arrangements[0];
        Assert.Equal(120, first.JobOpportunities);
        Assert.Equal((decimal)first.Placements / 120, first.Realisation);
        var haaglanden = first.Regions.Single(r => r.Region == s_haaglanden);
        Assert.Equal((RegionParticipation.Joined, 1, 120), (haaglanden.Participation!.Value, haaglanden.SignedVersion!.Value, haaglanden.SignedJobOpportunities!.Value));
        var amsterdam = first.Regions.Single(r => r.Region == s_amsterdam);
        Assert.Equal(RegionParticipation.Declined, amsterdam.Participation);
        Assert.Null(amsterdam.SignedVersion);
        Assert.Null(report.Arrangements[1].Realisation);
        Assert.All(report.Arrangements[1].Regions, r => Assert.Equal(RegionParticipation.Pending, r.Participation));
    }

    [Fact]
    public async Task L5_a_region_that_decided_but_has_no_placements_is_shown_with_zero()
    {
        var arr = Arrangement("ARR-9", 100).Join(s_amsterdam, AmsterdamContact, _desk, _clock);
        var report = await ArrangementMonitoring.ComputeAsync([arr], RandomPlacements.Generate(200, seed: 6).ToAsyncEnumerable(), s_2015);
        var region = Assert.Single(Assert.Single(report.Arrangements).Regions);
        Assert.Equal((s_amsterdam, 0), (region.Region, region.Placements));
        Assert.True(report.Arrangements[0].MeetsPreferredJobOpportunities);
    }

    [Fact]
    public void L5_counts_not_grouped_by_region_and_arrangement_are_refused()
    {
        var flow = PlacementsFlow.Count([], s_2015, PlacementDimensions.Arrangement);
        Assert.Throws<ArgumentException>(() => ArrangementMonitoring.Compute([], flow));
    }
}
