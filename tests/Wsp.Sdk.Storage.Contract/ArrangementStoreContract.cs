using System.Globalization;
using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Rules;
using static Wsp.Sdk.Storage.Contract.DeskWorld;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>The contract of <see cref="IArrangementStore"/>: national arrangements (rules L1–L6) through the store.</summary>
public abstract class ArrangementStoreContract : StoreContract
{
    private IArrangementStore Arrangements => Store.Arrangements;

    /// <summary>An arrangement through every step: drafted, input, revised, final, regions joined and declined, links and references.</summary>
    private Arrangement Eventful()
    {
        var desk = Desk();
        var draft = DeskWorld.Draft(World, kind: ArrangementKind.JointWithUwv)
            .LinkRegionalAgreement(new RegionalAgreement(Haaglanden, "WSP-HGL-2014-17"))
            .ReferenceUwvArrangement("UWV-LA-0042")
            .SendAsConcept();
        World.Tick();
        var concept = draft.RecordInput(Amsterdam, Contact(Amsterdam), "Add the distribution centre", desk, World.Clock);
        World.Tick();
        return concept.Revise("Forty-five jobs in stores and the distribution centre", 130, World.Clock)
            .MakeFinal()
            .Join(Haaglanden, World)
            .Decline(Amsterdam, World);
    }

    private static void AssertSame(Arrangement expected, Arrangement actual)
    {
        var (e, a) = (expected.ToState(), actual.ToState());
        Assert.Equal((e.Id, e.AccountId, e.EmployerName, e.Employer, e.Kind, e.AdvisorId, e.Status), (a.Id, a.AccountId, a.EmployerName, a.Employer, a.Kind, a.AdvisorId, a.Status));
        Assert.Equal(e.Versions, a.Versions);
        Assert.Equal(e.Inputs, a.Inputs);
        Assert.Equal(e.Decisions, a.Decisions);
        Assert.Equal(e.RegionalAgreements, a.RegionalAgreements);
        Assert.Equal(e.UwvReferences, a.UwvReferences);
    }

    [Fact]
    public async Task L2_an_arrangement_round_trips_with_every_version_input_and_decision()
    {
        var arrangement = Eventful();
        var inserted = await Arrangements.InsertAsync(arrangement);
        var found = await Arrangements.FindAsync("ARR-1");

        Assert.NotNull(found);
        Assert.Equal(inserted.ETag, found.ETag);
        AssertSame(arrangement, found.Value);
        Assert.Equal(2, found.Value.Versions.Count);
        Assert.Equal(1, Assert.Single(found.Value.Inputs).OnVersion);
    }

    [Fact]
    public async Task L2_what_each_region_signed_is_kept_through_the_store()
    {
        await Arrangements.InsertAsync(Eventful());
        var written = await Arrangements.UpdateAsync("ARR-1", a => a.Join(Utrecht, World));
        var found = (await Arrangements.FindAsync("ARR-1"))!.Value;

        Assert.Equal(written.ETag, (await Arrangements.FindAsync("ARR-1"))!.ETag);
        Assert.Equal(2, found.SignedVersionOf(Haaglanden)!.Number);
        Assert.Equal(130, found.SignedVersionOf(Utrecht)!.JobOpportunities);
        Assert.Null(found.SignedVersionOf(Amsterdam));
        Assert.Equal(RegionParticipation.Declined, found.ParticipationOf(Amsterdam));
    }

    [Fact]
    public async Task L2_a_step_out_of_order_through_the_store_fails_with_the_rule_and_writes_nothing()
    {
        var inserted = await Arrangements.InsertAsync(DeskWorld.Draft(World));
        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Arrangements.UpdateAsync("ARR-1", a => a.Join(Haaglanden, World)));

        Assert.Equal(RuleId.L2, error.Rule);
        Assert.Equal(inserted.ETag, (await Arrangements.FindAsync("ARR-1"))!.ETag);
    }

    [Fact]
    public async Task L4_only_the_regions_contact_decides_through_the_store()
    {
        await Arrangements.InsertAsync(Final(World));
        var error = await Assert.ThrowsAsync<RuleViolationException>(() =>
            Arrangements.UpdateAsync("ARR-1", a => a.Join(Haaglanden, Contact(Amsterdam), Desk(), World.Clock)));
        Assert.Equal(RuleId.L4, error.Rule);
        Assert.Empty((await Arrangements.FindAsync("ARR-1"))!.Value.Decisions);
    }

    [Fact]
    public async Task L2_eight_regions_deciding_at_once_lose_no_decision()
    {
        await Arrangements.InsertAsync(Final(World));
        await Task.WhenAll(Regions.Select((region, i) => Task.Run(() =>
            Arrangements.UpdateAsync("ARR-1", a => i % 2 == 0 ? a.Join(region, World) : a.Decline(region, World)))));

        var found = (await Arrangements.FindAsync("ARR-1"))!.Value;
        Assert.Equal(Regions.Length, found.Decisions.Count);
        Assert.Equal(Regions.Where((_, i) => i % 2 == 0).Order(), found.JoinedRegions.Select(d => d.Region));
        Assert.Equal(Regions.Where((_, i) => i % 2 == 1).Order(), found.DeclinedRegions.Select(d => d.Region));
    }

    [Fact]
    public async Task L2_an_existing_id_is_AlreadyExists_a_stale_version_is_Conflict_and_a_missing_one_NotFound()
    {
        var first = await Arrangements.InsertAsync(DeskWorld.Draft(World));
        Assert.Equal(StoreErrorCode.AlreadyExists, (await Assert.ThrowsAsync<StoreException>(() => Arrangements.InsertAsync(DeskWorld.Draft(World)))).Code);

        await Arrangements.ReplaceAsync(first.Value.SendAsConcept(), first.ETag);
        var stale = await Assert.ThrowsAsync<StoreException>(() => Arrangements.ReplaceAsync(first.Value.Revise("Other terms", 10, World.Clock), first.ETag));
        Assert.Equal(StoreErrorCode.Conflict, stale.Code);
        Assert.Equal(ArrangementStatus.Concept, (await Arrangements.FindAsync("ARR-1"))!.Value.Status);
        Assert.Single((await Arrangements.FindAsync("ARR-1"))!.Value.Versions);

        Assert.Null(await Arrangements.FindAsync("ARR-9"));
        var missing = await Assert.ThrowsAsync<StoreException>(() => Arrangements.ReplaceAsync(DeskWorld.Draft(World, "ARR-9"), first.ETag));
        Assert.Equal(StoreErrorCode.NotFound, missing.Code);
    }

    [Fact]
    public async Task L3_linked_regional_agreements_are_kept_and_L6_UWV_references_and_the_joint_kind_stored()
    {
        await Arrangements.InsertAsync(Eventful());
        var found = (await Arrangements.FindAsync("ARR-1"))!.Value;

        Assert.Equal(new RegionalAgreement(Haaglanden, "WSP-HGL-2014-17"), Assert.Single(found.RegionalAgreements));
        Assert.Equal("UWV-LA-0042", Assert.Single(found.UwvReferences));
        Assert.Equal(ArrangementKind.JointWithUwv, found.Kind);
    }

    [Fact]
    public async Task L6_UWVs_national_arrangement_leads_back_to_the_desks_arrangements_that_reference_it()
    {
        await Arrangements.InsertAsync(Eventful());
        await Arrangements.InsertAsync(Final(World, "ARR-2").ReferenceUwvArrangement("UWV-LA-0042").ReferenceUwvArrangement("UWV-LA-0043"));
        await Arrangements.InsertAsync(Final(World, "ARR-3").ReferenceUwvArrangement("UWV-LA-0043"));
        await Arrangements.InsertAsync(Final(World, "ARR-4"));

        Assert.Equal(["ARR-1", "ARR-2"], (await Arrangements.ListAsync(ArrangementFilter.ForUwvReference("UWV-LA-0042"))).Select(a => a.Id));
        Assert.Equal(["ARR-2", "ARR-3"], (await Arrangements.ListAsync(ArrangementFilter.ForUwvReference("UWV-LA-0043"))).Select(a => a.Id));
        Assert.Empty(await Arrangements.ListAsync(ArrangementFilter.ForUwvReference("UWV-LA-0044")));
        await Assert.ThrowsAsync<ArgumentException>(() => Arrangements.ListAsync(new ArrangementFilter(UwvReference: " ")));
    }

    [Fact]
    public async Task L1_L2_L4_arrangements_are_listed_by_status_region_participation_employer_and_advisor()
    {
        var other = NationalEmployer(World, "EA-M", "76543210");
        Arrangement[] all =
        [
            DeskWorld.Draft(World, "ARR-1"),
            Final(World, "ARR-2").Join(Haaglanden, World).Decline(Amsterdam, World),
            Final(World, "ARR-3", other, "ADV-2").Join(Amsterdam, World),
            Final(World, "ARR-4", other).Join(Haaglanden, World).Join(Utrecht, World).End(),
            Final(World, "ARR-5", other, "ADV-2").Decline(Haaglanden, World).Join(Haaglanden, World),
        ];
        foreach (var arrangement in all.Reverse())
        {
            await Arrangements.InsertAsync(arrangement);
        }

        ArrangementFilter[] filters =
        [
            ArrangementFilter.All,
            new(Status: ArrangementStatus.Final),
            new(Status: ArrangementStatus.Draft),
            new(Status: ArrangementStatus.Ended),
            ArrangementFilter.ForRegion(Haaglanden, RegionParticipation.Joined),
            ArrangementFilter.ForRegion(Haaglanden, RegionParticipation.Declined),
            ArrangementFilter.ForRegion(Haaglanden, RegionParticipation.Pending),
            ArrangementFilter.ForRegion(Amsterdam, RegionParticipation.Declined),
            ArrangementFilter.ForRegion(Groningen, RegionParticipation.Pending),
            new(Region: Utrecht),
            new(AccountId: "EA-M"),
            new(AccountId: "EA-M", AdvisorId: "ADV-2"),
            new(AdvisorId: "ADV-1", Status: ArrangementStatus.Final, Region: Haaglanden, Participation: RegionParticipation.Joined),
        ];
        foreach (var filter in filters)
        {
            var listed = await Arrangements.ListAsync(filter);
            Assert.Equal(all.Where(filter.Matches).Select(a => a.Id), listed.Select(a => a.Id));
        }

        Assert.Equal(["ARR-2", "ARR-4", "ARR-5"], (await Arrangements.ListAsync(ArrangementFilter.ForRegion(Haaglanden, RegionParticipation.Joined))).Select(a => a.Id));
        Assert.Equal(["ARR-2", "ARR-3", "ARR-5"], (await Arrangements.ListAsync(ArrangementFilter.ForRegion(Groningen, RegionParticipation.Pending))).Select(a => a.Id));
        await Assert.ThrowsAsync<ArgumentException>(() => Arrangements.ListAsync(new ArrangementFilter(Participation: RegionParticipation.Joined)));
    }

    [Fact]
    public async Task L4_who_manages_which_arrangement_follows_a_change_of_advisor()
    {
        await Arrangements.InsertAsync(Final(World));
        await Arrangements.UpdateAsync("ARR-1", a => a.AssignAdvisor("ADV-2", Desk()));

        Assert.Empty(await Arrangements.ListAsync(new ArrangementFilter(AdvisorId: "ADV-1")));
        Assert.Equal("ARR-1", Assert.Single(await Arrangements.ListAsync(new ArrangementFilter(AdvisorId: "ADV-2"))).Id);
    }

    [Fact]
    public async Task L5_placements_imported_under_arrangements_are_monitored_per_region_from_the_store()
    {
        // Five arrangements joined by Haaglanden; an import names them only there (rule L2).
        string[] ids = ["ARR-000", "ARR-001", "ARR-002", "ARR-003", "ARR-004"];
        var placements = World.Placements(400, "MON", seed: 55, (drawn, region) => region == Haaglanden ? ids[int.Parse(drawn[4..], CultureInfo.InvariantCulture) % ids.Length] : null);
        Assert.True(placements.Count(p => p.ArrangementId is not null) >= 3);
        foreach (var id in ids)
        {
            await Arrangements.InsertAsync(Final(World, id).Join(Haaglanden, World));
        }

        await Store.Placements.ImportAsync("import-monitoring", World.Async(placements));
        var period = new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2026, 12, 31));
        var arrangements = await Arrangements.ListAsync(new ArrangementFilter(Status: ArrangementStatus.Final));
        var report = await ArrangementMonitoring.ComputeAsync(arrangements, Store.Placements.StreamAsync(PlacementFilter.StartedIn(period)), period);

        Assert.Equal(ids, report.Arrangements.Select(a => a.ArrangementId));
        foreach (var result in report.Arrangements)
        {
            var under = placements.Where(p => p.ArrangementId == result.ArrangementId && period.Contains(p.Start)).ToArray();
            Assert.Equal(under.Length, result.Placements);
            Assert.All(result.Regions, r => Assert.Equal(under.Count(p => p.Region.Code == r.Region), r.Placements));
            Assert.Equal(RegionParticipation.Joined, result.Regions.Single(r => r.Region == Haaglanden).Participation);
        }
    }
}
