using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Tests.Support;

namespace Wsp.Sdk.Tests.Counting;

/// <summary>
/// placement-durability/1 (duurzame plaatsing): the worked example of docs/counting.md, placement by placement, and the
/// rule's edges: a placement working on its end date, a month without the start's day, a mark after the measuring date.
/// </summary>
public sealed class PlacementDurabilityTests
{
    private static readonly DateInterval s_2025 = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
    private static readonly LocalDate s_measured = new(2026, 5, 31);

    // docs/counting.md, "Durable placements: a worked example".
    private static readonly (string Id, LocalDate Start, LocalDate? End, DurabilityOutcome Outcome)[] s_example =
    [
        ("P1", new(2025, 1, 15), null, DurabilityOutcome.RunningAtTwelveMonths),
        ("P2", new(2025, 2, 1), new(2025, 5, 31), DurabilityOutcome.EndedBeforeSixMonths),
        ("P3", new(2025, 3, 31), new(2025, 9, 30), DurabilityOutcome.EndedBeforeTwelveMonths),
        ("P4", new(2025, 8, 31), null, DurabilityOutcome.RunningAtSixMonthsTwelvePending),
        ("P5", new(2025, 11, 30), new(2026, 1, 15), DurabilityOutcome.EndedBeforeSixMonthsTwelvePending),
        ("P6", new(2025, 12, 20), null, DurabilityOutcome.SixMonthsPending),
    ];

    [Fact]
    public void The_worked_example_gives_each_placement_its_outcome_and_the_shares_of_those_measured()
    {
        Assert.All(s_example, p => Assert.Equal(p.Outcome, PlacementDurability.OutcomeOf(p.Start, p.End, s_measured)));

        Placement[] placements = [.. s_example.Select(p => (Placement)new APlacement { Id = p.Id, Start = p.Start, End = p.End }), new APlacement { Id = "P7", Start = new(2024, 12, 31) }];
        var total = PlacementDurability.Count(placements, s_2025, s_measured).Total;

        // P7 started in 2024: not in the figure. Six-month marks passed for P1–P5, of which P1, P3, P4 were still running;
        // twelve-month marks for P1–P3, of which P1 was.
        Assert.Equal((6, 5, 3, 3, 1), (total.Started, total.MeasuredAtSixMonths, total.RunningAtSixMonths, total.MeasuredAtTwelveMonths, total.RunningAtTwelveMonths));
        Assert.Equal(0.6m, total.ShareRunningAtSixMonths);
        Assert.Equal(1m / 3m, total.ShareRunningAtTwelveMonths);
    }

    [Fact]
    public void A_placement_ending_on_its_mark_is_running_at_it_and_a_start_on_the_31st_has_its_mark_at_the_months_end()
    {
        // P3's six-month mark is 30 September, its last working day; P4's (31 August) is 28 February.
        Assert.Equal(DurabilityOutcome.RunningAtSixMonthsTwelvePending, PlacementDurability.OutcomeOf(new(2025, 3, 31), new(2025, 9, 30), new(2025, 12, 31)));
        Assert.Equal(DurabilityOutcome.EndedBeforeSixMonthsTwelvePending, PlacementDurability.OutcomeOf(new(2025, 3, 31), new(2025, 9, 29), new(2025, 12, 31)));
        Assert.Equal(DurabilityOutcome.SixMonthsPending, PlacementDurability.OutcomeOf(new(2025, 8, 31), null, new(2026, 2, 27)));
        Assert.Equal(DurabilityOutcome.RunningAtSixMonthsTwelvePending, PlacementDurability.OutcomeOf(new(2025, 8, 31), null, new(2026, 2, 28)));
    }

    [Fact]
    public void Grouped_by_target_group_a_placement_counts_once_in_each_of_its_groups_and_once_in_the_total()
    {
        Placement[] placements =
        [
            new APlacement { Start = new(2025, 1, 15), Groups = TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak) },
            new APlacement { Start = new(2025, 2, 1), End = new(2025, 3, 1), Groups = TargetGroupSet.Of(TargetGroup.Participatiewet) },
        ];

        var result = PlacementDurability.Count(placements, s_2025, s_measured, PlacementDimensions.TargetGroup);

        Assert.Equal(2, result.Total.Started);
        Assert.Equal([(TargetGroup.Participatiewet, 2, 1), (TargetGroup.Banenafspraak, 1, 1)], result.Groups.Select(g => (g.Group.TargetGroup!.Value, g.Started, g.RunningAtSixMonths)).OrderBy(g => g.Item1 == TargetGroup.Banenafspraak));
    }

    [Fact]
    public void Durability_is_not_grouped_by_employer_or_arrangement() =>
        Assert.Throws<ArgumentException>(() => PlacementDurability.Count([], s_2025, s_measured, PlacementDimensions.Employer));
}
