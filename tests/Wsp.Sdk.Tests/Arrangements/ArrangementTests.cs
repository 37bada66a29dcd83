using NodaTime;
using NodaTime.Testing;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Tests.Support;

namespace Wsp.Sdk.Tests.Arrangements;

public sealed class ArrangementTests
{
    /// <summary>Delft, a municipality of Haaglanden: the region's contact person (rule L4).</summary>
    private const string HaaglandenContact = "GM0503";

    /// <summary>Amsterdam, in its own region.</summary>
    private const string AmsterdamContact = "GM0363";

    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");
    private static readonly RegionCode s_amsterdam = RegionCode.Parse("AM18");

    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 5, 4, 10, 0));

    private readonly NationalDesk _desk = NationalDesk.Empty
        .WithAdvisor(new Advisor("ADV-1", "Advisor Retail", ["RETAIL"], [s_haaglanden]))
        .WithContact(s_haaglanden, HaaglandenContact)
        .WithContact(s_amsterdam, AmsterdamContact);

    private EmployerAccount Employer(params string[] municipalities)
    {
        var first = new Establishment(Postcode.Parse("2611 AB"), Gazetteer.Default.FindMunicipality(municipalities[0])!);
        var account = EmployerAccount.Register(
            new EmployerRegistration("EA-N", "Supermarkt Nederland", first, BookingPartner.Uwv, EmployerKind.Market, RegistrationReason.Visited, KvkNumber.Parse("87654321")),
            [],
            _clock).Account!;
        return municipalities.Skip(1).Select((code, i) => new Establishment(Postcode.Parse($"{1000 + i} AA"), Gazetteer.Default.FindMunicipality(code)!))
            .Aggregate(account, (a, e) => a.AddEstablishment(e));
    }

    // Delft (AM21), Amsterdam (AM18), Utrecht (AM13), Groningen (AM01).
    private EmployerAccount NationalEmployer() => Employer("GM0503", "GM0363", "GM0344", "GM0014");

    [Fact]
    public void L2_a_draft_arrangement_is_the_desks_a_municipality_sees_arrangements_from_the_concept_on()
    {
        var denHaag = PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0518")!);

        Assert.False(Draft().IsVisibleTo(denHaag));
        Assert.True(Draft().SendAsConcept().IsVisibleTo(denHaag));
        Assert.True(Draft().IsVisibleTo(PartnerIdentity.NationalDesk));
        Assert.True(Draft().IsVisibleTo(PartnerIdentity.Uwv));
    }

    private Arrangement Draft() =>
        Arrangement.Draft("ARR-1", NationalEmployer(), ArrangementKind.Municipal, "ADV-1", _desk, "Forty jobs in stores", 120, _clock);

    private Arrangement Final() => Draft().SendAsConcept().MakeFinal();

    [Fact]
    public void L1_an_employer_with_establishments_in_four_regions_is_national_derived_not_typed_in()
    {
        Assert.True(NationalEmployer().IsNationalEmployer);
        Assert.Equal(4, NationalEmployer().Regions.Count);
        var three = Employer("GM0503", "GM0518", "GM0363", "GM0344");
        Assert.Equal(3, three.Regions.Count);
        Assert.False(three.IsNationalEmployer);
    }

    [Fact]
    public void L1_an_arrangement_is_only_drafted_with_a_national_employer()
    {
        var error = Assert.Throws<RuleViolationException>(() =>
            Arrangement.Draft("ARR-2", Employer("GM0503", "GM0363"), ArrangementKind.Municipal, "ADV-1", _desk, "Terms", 120, _clock));
        Assert.Equal(RuleId.L1, error.Rule);
    }

    [Fact]
    public void L1_the_preference_of_100_job_opportunities_is_shown_not_enforced()
    {
        Assert.True(Draft().MeetsPreferredJobOpportunities);
        var small = Arrangement.Draft("ARR-3", NationalEmployer(), ArrangementKind.Municipal, "ADV-1", _desk, "Terms", 40, _clock);
        Assert.False(small.MeetsPreferredJobOpportunities);
        Assert.Equal(ArrangementStatus.Draft, small.Status);
    }

    [Fact]
    public void L2_the_lifecycle_is_draft_concept_input_final_then_each_region_decides()
    {
        var concept = Draft().SendAsConcept();
        var withInput = concept.RecordInput(s_haaglanden, HaaglandenContact, "Include the Westland greenhouses", _desk, _clock);
        var revised = withInput.Revise("Forty-five jobs in stores and greenhouses", 130, _clock);
        var final = revised.MakeFinal();
        var joined = final.Join(s_haaglanden, HaaglandenContact, _desk, _clock).Decline(s_amsterdam, AmsterdamContact, _desk, _clock);

        Assert.Equal(1, Assert.Single(withInput.Inputs).OnVersion);
        Assert.Equal(2, final.Current.Number);
        var region = Assert.Single(joined.JoinedRegions);
        Assert.Equal((s_haaglanden, 2), (region.Region, region.Version));
        Assert.True(joined.HasJoined(s_haaglanden));
        Assert.False(joined.HasJoined(s_amsterdam));
    }

    [Fact]
    public void L2_a_step_out_of_order_is_refused()
    {
        Assert.Equal(RuleId.L2, Assert.Throws<RuleViolationException>(() => Draft().MakeFinal()).Rule);
        Assert.Equal(RuleId.L2, Assert.Throws<RuleViolationException>(() => Draft().Join(s_haaglanden, HaaglandenContact, _desk, _clock)).Rule);
        Assert.Equal(RuleId.L2, Assert.Throws<RuleViolationException>(() => Draft().RecordInput(s_haaglanden, HaaglandenContact, "x", _desk, _clock)).Rule);
        Assert.Equal(RuleId.L2, Assert.Throws<RuleViolationException>(() => Final().Revise("Other terms", 10, _clock)).Rule);
        Assert.Equal(RuleId.L2, Assert.Throws<RuleViolationException>(() => Final().SendAsConcept()).Rule);
        Assert.Equal(RuleId.L2, Assert.Throws<RuleViolationException>(() => Final().End().Join(s_haaglanden, HaaglandenContact, _desk, _clock)).Rule);
    }

    [Fact]
    public void L2_a_region_may_reconsider_and_every_decision_is_kept()
    {
        var final = Final().Decline(s_haaglanden, HaaglandenContact, _desk, _clock).Join(s_haaglanden, HaaglandenContact, _desk, _clock);
        Assert.Equal(2, final.Decisions.Count);
        Assert.True(final.HasJoined(s_haaglanden));
    }

    [Fact]
    public void L4_only_the_regions_contact_person_decides_nobody_can_oblige_a_region()
    {
        var final = Final();
        Assert.Equal(RuleId.L4, Assert.Throws<RuleViolationException>(() => final.Join(s_haaglanden, "ADV-1", _desk, _clock)).Rule);
        Assert.Equal(RuleId.L4, Assert.Throws<RuleViolationException>(() => final.Join(s_haaglanden, AmsterdamContact, _desk, _clock)).Rule);
        Assert.Equal(RuleId.L4, Assert.Throws<RuleViolationException>(() => final.Join(RegionCode.Parse("AM01"), "anyone", _desk, _clock)).Rule);
    }

    [Fact]
    public void L4_each_region_has_exactly_one_contact_person()
    {
        var desk = _desk.WithContact(s_haaglanden, "GM0518");
        Assert.Equal("GM0518", desk.Contacts[s_haaglanden]);
        Assert.Equal(2, desk.Contacts.Count);
        Assert.Throws<RuleViolationException>(() => desk.EnsureContact(s_haaglanden, HaaglandenContact));
    }

    [Fact]
    public void L4_the_contact_person_is_a_current_municipality_of_the_region()
    {
        // Den Haag is in Haaglanden; Amsterdam is not; a name or a code of no municipality is no contact person.
        Assert.Equal("GM0518", _desk.WithContact(s_haaglanden, "GM0518").Contacts[s_haaglanden]);
        Assert.Equal(RuleId.L4, Assert.Throws<RuleViolationException>(() => _desk.WithContact(s_haaglanden, AmsterdamContact)).Rule);
        Assert.Equal(RuleId.L4, Assert.Throws<RuleViolationException>(() => _desk.WithContact(s_haaglanden, "contact-haaglanden")).Rule);
        Assert.Equal(RuleId.L4, Assert.Throws<RuleViolationException>(() => _desk.WithContact(s_haaglanden, "GM9999")).Rule);

        // A municipality that merged away speaks for no region any more.
        var former = Gazetteer.Default.FormerMunicipalities.First(m => m.Region is not null);
        var error = Assert.Throws<RuleViolationException>(() => _desk.WithContact(former.Region!.Code, former.Code.ToString()));
        Assert.Equal(RuleId.L4, error.Rule);
        Assert.Contains(former.Code.ToString(), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void L4_a_stored_contact_whose_municipality_merged_since_is_restored_and_still_speaks_for_the_region()
    {
        var former = Gazetteer.Default.FormerMunicipalities.First(m => m.Region is not null);
        var region = former.Region!.Code;

        var restored = NationalDesk.Restore([KeyValuePair.Create(region, former.Code.ToString())], _desk.Advisors.Values);

        Assert.Equal(former.Code.ToString(), restored.Contacts[region]);
        Assert.Equal(["ADV-1"], restored.Advisors.Keys);
        restored.EnsureContact(region, former.Code.ToString());
        Assert.Throws<ArgumentException>(() => NationalDesk.Restore([KeyValuePair.Create(region, " ")], []));
        Assert.Throws<ArgumentException>(() => NationalDesk.Restore([KeyValuePair.Create(default(RegionCode), "GM0503")], []));
    }

    [Fact]
    public void L4_an_arrangement_is_managed_by_one_advisor_of_the_desk()
    {
        Assert.Equal(RuleId.L4, Assert.Throws<RuleViolationException>(() =>
            Arrangement.Draft("ARR-4", NationalEmployer(), ArrangementKind.Municipal, "ADV-9", _desk, "Terms", 120, _clock)).Rule);
        var desk = _desk.WithAdvisor(new Advisor("ADV-2", "Advisor Care", ["CARE_WELFARE_CLEANING"], [s_amsterdam]));
        Assert.Equal("ADV-2", Draft().AssignAdvisor("ADV-2", desk).AdvisorId);
        Assert.Equal([s_amsterdam], desk.Advisors["ADV-2"].AdoptionRegions);
    }

    [Fact]
    public void L3_existing_regional_agreements_are_linked_and_kept()
    {
        var agreement = new RegionalAgreement(s_haaglanden, "WSP-HGL-2014-17");
        var final = Draft().LinkRegionalAgreement(agreement).SendAsConcept().MakeFinal();
        Assert.Equal([agreement], final.RegionalAgreements);
        Assert.Throws<ArgumentException>(() => final.LinkRegionalAgreement(agreement));
    }

    [Fact]
    public void L6_UWV_arrangements_are_referenced_and_joint_arrangements_are_a_kind()
    {
        var joint = Arrangement.Draft("ARR-5", NationalEmployer(), ArrangementKind.JointWithUwv, "ADV-1", _desk, "Joint pilot", 150, _clock)
            .ReferenceUwvArrangement("UWV-LA-0042")
            .ReferenceUwvArrangement("UWV-LA-0042");
        Assert.Equal(ArrangementKind.JointWithUwv, joint.Kind);
        Assert.Equal(["UWV-LA-0042"], joint.UwvReferences);
    }

    [Fact]
    public void L5_placements_are_monitored_per_arrangement_per_region()
    {
        var placements = new[]
        {
            new APlacement { Id = "M1", Municipality = "GM0503" }.Build(),
            new APlacement { Id = "M2", Municipality = "GM0503" }.Build(),
            new APlacement { Id = "M3", Municipality = "GM0363", Partner = "GM0363" }.Build(),
        };
        var underArrangement = placements.Select(p => new Sdk.Placements.Placement(
            p.Id, p.VacancyId, p.Employer, p.Municipality, p.SectorCode, p.Candidate, p.BookingPartner, p.TargetGroups, p.Start, p.End, p.HoursPerWeek, p.EmployerKind, "ARR-1"))
            .Append(new APlacement { Id = "M4" }.Build());
        var flow = PlacementsFlow.Count(underArrangement, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)), PlacementDimensions.Arrangement | PlacementDimensions.Region);
        Assert.Equal(
            [("AM18", "ARR-1", 1), ("AM21", null, 1), ("AM21", "ARR-1", 2)],
            flow.Groups.Select(g => (g.Group.Region.ToString()!, g.Group.ArrangementId, g.Placements)));
    }
}
