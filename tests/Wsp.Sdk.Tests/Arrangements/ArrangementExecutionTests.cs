using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Interchange;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Tests.Workflow;

namespace Wsp.Sdk.Tests.Arrangements;

/// <summary>
/// Rule L2 on imported placements: a row may name an arrangement only when the arrangement exists and has not ended, the
/// row's region (its municipality's) joined it, and the row is at the arrangement's employer (its KvK number), as a
/// booking under an arrangement; else the row is refused naming its line, the field <c>arrangement_id</c> and L2, so the
/// monitoring (L5) never counts a placement the region did not execute.
/// </summary>
public sealed class ArrangementExecutionTests
{
    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");
    private static readonly RegionCode s_amsterdam = RegionCode.Parse("AM18");
    private static readonly RegionCode s_utrecht = RegionCode.Parse("AM13");

    private static readonly string[] s_row =
        ["P-1", "V-1", "12345678", "GM0503", "RETAIL", "cand-1", "GM0503", "PARTICIPATIEWET;BANENAFSPRAAK", "2026-01-05", "", "25.5", "MARKET", "ARR-1"];

    private readonly Scenario _scenario = new();

    private readonly NationalDesk _desk = NationalDesk.Empty
        .WithAdvisor(new Advisor("ADV-1", "Advisor Retail", ["RETAIL"], [s_haaglanden]))
        .WithContact(s_haaglanden, "GM0503")
        .WithContact(s_amsterdam, "GM0363")
        .WithContact(s_utrecht, "GM0344");

    /// <summary>ARR-1: Amsterdam joined, Utrecht declined, Haaglanden has not decided.</summary>
    private ArrangementExecution Execution()
    {
        var account = new[] { "GM0363", "GM0344", "GM0014" }
            .Select((code, i) => new Establishment(Postcode.Parse($"{1000 + i} AA"), Gazetteer.Default.FindMunicipality(code)!))
            .Aggregate(_scenario.Account(), (a, e) => a.AddEstablishment(e));
        var arrangement = Arrangement.Draft("ARR-1", account, ArrangementKind.Municipal, "ADV-1", _desk, "Forty jobs", 120, _scenario.Clock)
            .SendAsConcept()
            .MakeFinal()
            .Join(s_amsterdam, "GM0363", _desk, _scenario.Clock)
            .Decline(s_utrecht, "GM0344", _desk, _scenario.Clock);
        return ArrangementExecution.Of([arrangement]);
    }

    private static Placement Row(string municipality, string arrangementId)
    {
        var fields = (string[])s_row.Clone();
        fields[3] = municipality;
        fields[6] = municipality;
        fields[12] = arrangementId;
        return PlacementsCsvV1.Default.ParseRow(fields, 5).Value;
    }

    [Fact]
    public void L2_a_row_under_an_arrangement_its_region_joined_passes()
    {
        var execution = Execution();

        Assert.Null(PlacementsCsvV1.CheckArrangement(Row("GM0363", "ARR-1"), 5, execution));
        Assert.True(execution.Executes("ARR-1", s_amsterdam));
    }

    [Theory]
    [InlineData("GM0503", "ARR-1", "pending")] // Haaglanden has not decided
    [InlineData("GM0344", "ARR-1", "declined")] // Utrecht declined: nobody can oblige a region
    [InlineData("GM0014", "ARR-1", "AM01 has not joined")] // Groningen never decided (pending while the arrangement is final)
    [InlineData("GM0363", "ARR-404", "No arrangement has id ARR-404")] // unknown arrangement
    public void L2_a_row_under_an_unknown_arrangement_or_one_its_region_has_not_joined_is_refused_naming_line_field_and_rule(string municipality, string arrangementId, string reason)
    {
        var error = PlacementsCsvV1.CheckArrangement(Row(municipality, arrangementId), 5, Execution());

        Assert.NotNull(error);
        Assert.Equal((5L, "arrangement_id", arrangementId, RuleId.L2), (error.Line, error.Column, error.Value, error.Rule));
        Assert.Contains(reason, error.Reason, StringComparison.Ordinal);
        Assert.StartsWith($"line 5, arrangement_id '{arrangementId}': ", error.ToString(), StringComparison.Ordinal);
        Assert.EndsWith("[L2]", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void L2_the_region_is_the_municipalitys_a_former_municipality_counts_in_the_region_it_had()
    {
        // Weesp (GM0457) joined Amsterdam in 2022: its region is Amsterdam's (AM18), which joined.
        var weesp = Row("GM0457", "ARR-1");

        Assert.Equal(s_amsterdam, weesp.Region.Code);
        Assert.Null(PlacementsCsvV1.CheckArrangement(weesp, 5, Execution()));
    }

    [Fact]
    public void L2_a_row_under_no_arrangement_needs_none_even_without_arrangements()
    {
        var fields = (string[])s_row.Clone();
        fields[12] = "";

        Assert.Null(PlacementsCsvV1.CheckArrangement(PlacementsCsvV1.Default.ParseRow(fields, 2).Value, 2, ArrangementExecution.None));
        Assert.NotNull(PlacementsCsvV1.CheckArrangement(Row("GM0363", "ARR-1"), 2, ArrangementExecution.None));
    }

    [Fact]
    public void L2_a_store_refuses_the_placement_with_a_rule_violation_naming_it_and_its_arrangement()
    {
        var error = Assert.Throws<RuleViolationException>(() => Execution().EnsureExecuted(Row("GM0344", "ARR-1")));

        Assert.Equal(RuleId.L2, error.Rule);
        Assert.Contains("P-1", error.Message, StringComparison.Ordinal);
        Assert.Contains("AM13", error.Message, StringComparison.Ordinal);
        Assert.Contains("ARR-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void L2_a_region_that_joined_and_then_declined_executes_it_no_more()
    {
        // A region may reconsider; its last decision counts, as for a booking (Arrangement.EnsureJoined).
        var account = new[] { "GM0363", "GM0344", "GM0014" }
            .Select((code, i) => new Establishment(Postcode.Parse($"{1000 + i} AA"), Gazetteer.Default.FindMunicipality(code)!))
            .Aggregate(_scenario.Account(), (a, e) => a.AddEstablishment(e));
        var reconsidered = Arrangement.Draft("ARR-1", account, ArrangementKind.Municipal, "ADV-1", _desk, "Forty jobs", 120, _scenario.Clock)
            .SendAsConcept()
            .MakeFinal()
            .Join(s_amsterdam, "GM0363", _desk, _scenario.Clock)
            .Decline(s_amsterdam, "GM0363", _desk, _scenario.Clock);

        var execution = ArrangementExecution.Of([reconsidered]);

        Assert.False(execution.Executes("ARR-1", s_amsterdam));
        Assert.NotNull(PlacementsCsvV1.CheckArrangement(Row("GM0363", "ARR-1"), 5, execution));
    }

    [Fact]
    public void L2_an_ended_arrangement_takes_no_imported_placements_even_in_a_region_that_joined_it()
    {
        var account = new[] { "GM0363", "GM0344", "GM0014" }
            .Select((code, i) => new Establishment(Postcode.Parse($"{1000 + i} AA"), Gazetteer.Default.FindMunicipality(code)!))
            .Aggregate(_scenario.Account(), (a, e) => a.AddEstablishment(e));
        var ended = Arrangement.Draft("ARR-1", account, ArrangementKind.Municipal, "ADV-1", _desk, "Forty jobs", 120, _scenario.Clock)
            .SendAsConcept()
            .MakeFinal()
            .Join(s_amsterdam, "GM0363", _desk, _scenario.Clock)
            .End();

        var execution = ArrangementExecution.Of([ended]);
        var error = PlacementsCsvV1.CheckArrangement(Row("GM0363", "ARR-1"), 7, execution);

        Assert.False(execution.Executes("ARR-1", s_amsterdam));
        Assert.NotNull(error);
        Assert.Equal((7L, "arrangement_id", RuleId.L2), (error.Line, error.Column, error.Rule));
        Assert.Contains("ended", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void L2_an_imported_row_under_an_arrangement_is_at_the_arrangements_employer_by_its_KvK_number()
    {
        // ARR-1 is made with the bakery (KvK 12345678); the row names another employer in a region that joined.
        var row = Row("GM0363", "ARR-1");
        var other = new Placement(row.Id, row.VacancyId, KvkNumber.Parse("87654321"), row.Municipality, row.SectorCode, row.Candidate, row.BookingPartner, row.TargetGroups, row.Start, row.End, row.HoursPerWeek, row.EmployerKind, row.ArrangementId);

        var error = PlacementsCsvV1.CheckArrangement(other, 9, Execution());

        Assert.NotNull(error);
        Assert.Equal((9L, RuleId.L2), (error.Line, error.Rule));
        Assert.Contains("87654321", error.Reason, StringComparison.Ordinal);
        Assert.Contains("12345678", error.Reason, StringComparison.Ordinal);
        Assert.Equal(RuleId.L2, Assert.Throws<RuleViolationException>(() => Execution().EnsureExecuted(other)).Rule);
        Assert.Null(PlacementsCsvV1.CheckArrangement(row, 9, Execution()));
    }

    [Fact]
    public void L2_checking_a_row_that_passes_allocates_nothing_an_import_asks_it_per_row()
    {
        var execution = Execution();
        var row = Row("GM0363", "ARR-1");
        PlacementsCsvV1.CheckArrangement(row, 5, execution);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
        {
            Assert.Null(PlacementsCsvV1.CheckArrangement(row, 5, execution));
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void An_arrangement_given_twice_is_refused()
    {
        var account = new[] { "GM0363", "GM0344", "GM0014" }
            .Select((code, i) => new Establishment(Postcode.Parse($"{1000 + i} AA"), Gazetteer.Default.FindMunicipality(code)!))
            .Aggregate(_scenario.Account(), (a, e) => a.AddEstablishment(e));
        var arrangement = Arrangement.Draft("ARR-1", account, ArrangementKind.Municipal, "ADV-1", _desk, "Forty jobs", 120, _scenario.Clock);

        Assert.Throws<ArgumentException>(() => ArrangementExecution.Of([arrangement, arrangement]));
    }
}
