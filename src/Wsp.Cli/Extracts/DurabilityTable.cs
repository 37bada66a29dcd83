using Wsp.Sdk.Disclosure;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// <c>durability.csv</c> (placement-durability/1): one row per group, with a column per chosen dimension in the fixed
/// order region_code, sector_code, target_group, partner (<see cref="GroupColumns"/>), then the placements started in
/// the period, measured and still running at 6 months with the share, the same at 12 months, and suppressed; the last row
/// is the whole period (every dimension <c>TOTAL</c>; grouped by target group the groups can add up to more, since a
/// placement counts once in each of its groups). Every count as the client disclosed it; a share is empty when a count
/// it is read from is withheld or none was measured.
/// </summary>
internal static class DurabilityTable
{
    private static readonly string[] s_counts =
    [
        "started",
        "measured_at_6_months",
        "running_at_6_months",
        "share_running_at_6_months",
        "measured_at_12_months",
        "running_at_12_months",
        "share_running_at_12_months",
        "suppressed",
    ];

    public static IReadOnlyList<string> Header(Wsp.Sdk.Counting.PlacementDimensions by) => [.. GroupColumns.Header(by), .. s_counts];

    public static IEnumerable<IReadOnlyList<string>> Rows(DisclosedDurability figure)
    {
        var dimensions = GroupColumns.Of(figure.Result.Dimensions);
        foreach (var group in figure.Groups)
        {
            yield return Row(GroupColumns.Values(group.Group, dimensions), group);
        }

        yield return Row(dimensions.Select(_ => ExtractTables.Total), figure.Total);
    }

    private static IReadOnlyList<string> Row(IEnumerable<string> values, DisclosedDurabilityGroup group) =>
    [
        .. values,
        Number(group.Started.Count),
        Number(group.MeasuredAtSixMonths.Count),
        Number(group.RunningAtSixMonths.Count),
        Fraction(group.ShareRunningAtSixMonths),
        Number(group.MeasuredAtTwelveMonths.Count),
        Number(group.RunningAtTwelveMonths.Count),
        Fraction(group.ShareRunningAtTwelveMonths),
        Mark(group.Suppression),
    ];
}
