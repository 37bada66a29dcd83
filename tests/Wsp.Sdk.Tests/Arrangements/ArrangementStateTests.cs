using NodaTime;
using NodaTime.Testing;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Tests.Arrangements;

public sealed class ArrangementStateTests
{
    /// <summary>Delft, a municipality of Haaglanden: the region's contact person (rule L4).</summary>
    private const string HaaglandenContact = "GM0503";

    /// <summary>Amsterdam, in its own region.</summary>
    private const string AmsterdamContact = "GM0363";

    /// <summary>Utrecht, in its own region.</summary>
    private const string UtrechtContact = "GM0344";

    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");
    private static readonly RegionCode s_amsterdam = RegionCode.Parse("AM18");
    private static readonly RegionCode s_utrecht = RegionCode.Parse("AM13");

    private readonly FakeClock _clock = new(Instant.FromUtc(2026, 5, 4, 10, 0));

    private readonly NationalDesk _desk = NationalDesk.Empty
        .WithAdvisor(new Advisor("ADV-1", "Advisor Retail", ["RETAIL"], [s_haaglanden]))
        .WithContact(s_haaglanden, HaaglandenContact)
        .WithContact(s_amsterdam, AmsterdamContact)
        .WithContact(s_utrecht, UtrechtContact);

    private Arrangement Final()
    {
        var first = new Establishment(Postcode.Parse("2611 AB"), Gazetteer.Default.FindMunicipality("GM0503")!);
        var account = EmployerAccount.Register(
            new EmployerRegistration("EA-N", "Supermarkt Nederland", first, BookingPartner.Uwv, EmployerKind.Market, RegistrationReason.Visited, KvkNumber.Parse("87654321")),
            [],
            _clock).Account!;
        account = new[] { "GM0363", "GM0344", "GM0014" }
            .Select((code, i) => new Establishment(Postcode.Parse($"{1000 + i} AA"), Gazetteer.Default.FindMunicipality(code)!))
            .Aggregate(account, (a, e) => a.AddEstablishment(e));
        return Arrangement.Draft("ARR-1", account, ArrangementKind.JointWithUwv, "ADV-1", _desk, "Forty jobs in stores", 120, _clock)
            .LinkRegionalAgreement(new RegionalAgreement(s_haaglanden, "WSP-HGL-2014-17"))
            .ReferenceUwvArrangement("UWV-LA-0042")
            .SendAsConcept()
            .RecordInput(s_amsterdam, AmsterdamContact, "Add the distribution centre", _desk, _clock)
            .Revise("Forty-five jobs", 130, _clock)
            .MakeFinal();
    }

    [Fact]
    public void L2_the_state_round_trip_keeps_every_version_input_decision_and_link()
    {
        var arrangement = Final()
            .Join(s_haaglanden, HaaglandenContact, _desk, _clock)
            .Decline(s_amsterdam, AmsterdamContact, _desk, _clock);
        var restored = Arrangement.FromState(arrangement.ToState());

        Assert.Equal(arrangement.ToState(), restored.ToState(), new StateComparer());
        Assert.Equal(KvkNumber.Parse("87654321"), restored.Employer);
        Assert.Equal(2, restored.Versions.Count);
        Assert.Equal("UWV-LA-0042", Assert.Single(restored.UwvReferences));
        Assert.Equal(ArrangementKind.JointWithUwv, restored.Kind);
    }

    [Fact]
    public void L2_a_region_is_pending_joined_or_declined_and_its_signed_version_is_known()
    {
        var draft = Arrangement.FromState(Final().ToState() with { Status = ArrangementStatus.Draft, Decisions = [] });
        Assert.Null(draft.ParticipationOf(s_utrecht));

        var arrangement = Final().Join(s_haaglanden, HaaglandenContact, _desk, _clock).Decline(s_amsterdam, AmsterdamContact, _desk, _clock);
        Assert.Equal(RegionParticipation.Joined, arrangement.ParticipationOf(s_haaglanden));
        Assert.Equal(RegionParticipation.Declined, arrangement.ParticipationOf(s_amsterdam));
        Assert.Equal(RegionParticipation.Pending, arrangement.ParticipationOf(s_utrecht));
        Assert.Equal(130, arrangement.SignedVersionOf(s_haaglanden)!.JobOpportunities);
        Assert.Null(arrangement.SignedVersionOf(s_amsterdam));
        Assert.Equal(s_amsterdam, Assert.Single(arrangement.DeclinedRegions).Region);

        var ended = arrangement.End();
        Assert.Null(ended.ParticipationOf(s_utrecht));
        Assert.Equal(RegionParticipation.Joined, ended.ParticipationOf(s_haaglanden));
    }

    [Fact]
    public void L2_placements_under_an_arrangement_are_refused_in_a_region_that_has_not_joined()
    {
        var arrangement = Final().Join(s_haaglanden, HaaglandenContact, _desk, _clock).Decline(s_amsterdam, AmsterdamContact, _desk, _clock);
        arrangement.EnsureJoined(s_haaglanden);
        Assert.Equal(Rules.RuleId.L2, Assert.Throws<Rules.RuleViolationException>(() => arrangement.EnsureJoined(s_amsterdam)).Rule);
        Assert.Equal(Rules.RuleId.L2, Assert.Throws<Rules.RuleViolationException>(() => arrangement.EnsureJoined(s_utrecht)).Rule);
    }

    [Fact]
    public void L2_a_state_with_versions_out_of_order_or_a_decision_on_a_missing_version_is_refused()
    {
        var state = Final().ToState();
        Assert.Throws<ArgumentException>(() => Arrangement.FromState(state with { Versions = [.. state.Versions.Reverse()] }));
        Assert.Throws<ArgumentException>(() => Arrangement.FromState(state with { Versions = [] }));
        Assert.Throws<ArgumentException>(() => Arrangement.FromState(state with
        {
            Decisions = [new RegionDecision(s_haaglanden, true, 3, HaaglandenContact, _clock.GetCurrentInstant())],
        }));
    }

    [Fact]
    public void L2_the_arrangement_filter_selects_by_status_region_participation_employer_and_advisor()
    {
        var arrangement = Final().Join(s_haaglanden, HaaglandenContact, _desk, _clock);
        Assert.True(ArrangementFilter.All.Matches(arrangement));
        Assert.True(new ArrangementFilter(Status: ArrangementStatus.Final).Matches(arrangement));
        Assert.False(new ArrangementFilter(Status: ArrangementStatus.Draft).Matches(arrangement));
        Assert.True(ArrangementFilter.ForRegion(s_haaglanden, RegionParticipation.Joined).Matches(arrangement));
        Assert.True(ArrangementFilter.ForRegion(s_utrecht, RegionParticipation.Pending).Matches(arrangement));
        Assert.False(ArrangementFilter.ForRegion(s_utrecht, RegionParticipation.Declined).Matches(arrangement));
        Assert.True(new ArrangementFilter(Region: s_utrecht).Matches(arrangement));
        Assert.True(new ArrangementFilter(AccountId: "EA-N", AdvisorId: "ADV-1").Matches(arrangement));
        Assert.False(new ArrangementFilter(AccountId: "EA-X").Matches(arrangement));
        Assert.Throws<ArgumentException>(() => new ArrangementFilter(Participation: RegionParticipation.Joined).Matches(arrangement));
    }

    private sealed class StateComparer : IEqualityComparer<ArrangementState>
    {
        public bool Equals(ArrangementState? x, ArrangementState? y) =>
            x is not null && y is not null
            && (x.Id, x.AccountId, x.EmployerName, x.Employer, x.Kind, x.AdvisorId, x.Status) == (y.Id, y.AccountId, y.EmployerName, y.Employer, y.Kind, y.AdvisorId, y.Status)
            && x.Versions.SequenceEqual(y.Versions)
            && x.Inputs.SequenceEqual(y.Inputs)
            && x.Decisions.SequenceEqual(y.Decisions)
            && x.RegionalAgreements.SequenceEqual(y.RegionalAgreements)
            && x.UwvReferences.SequenceEqual(y.UwvReferences);

        public int GetHashCode(ArrangementState obj) => obj.Id.GetHashCode(StringComparison.Ordinal);
    }
}
