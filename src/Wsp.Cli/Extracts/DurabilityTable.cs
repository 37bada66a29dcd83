using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.TargetGroups;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// <c>durability.csv</c> (placement-durability/1): one row per group, with a column per chosen dimension in the fixed
/// order region_code, sector_code, target_group, partner (only the chosen ones), then the placements started in the
/// period, measured and still running at 6 months with the share, the same at 12 months, and suppressed; the last row is
/// the whole period (every dimension <c>TOTAL</c>; grouped by target group the groups can add up to more, since a
/// placement counts once in each of its groups). Every count as the client disclosed it; a share is empty when a count
/// it is read from is withheld or none was measured.
/// </summary>
internal static class DurabilityTable
{
    private static readonly (PlacementDimensions Dimension, string Column)[] s_columns =
    [
        (PlacementDimensions.Region, "region_code"),
        (PlacementDimensions.Sector, "sector_code"),
        (PlacementDimensions.TargetGroup, "target_group"),
        (PlacementDimensions.Partner, "partner"),
    ];

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

    public static IReadOnlyList<string> Header(PlacementDimensions by) =>
        [.. s_columns.Where(c => (by & c.Dimension) != 0).Select(c => c.Column), .. s_counts];

    public static IEnumerable<IReadOnlyList<string>> Rows(DisclosedDurability figure)
    {
        var dimensions = s_columns.Select(c => c.Dimension).Where(d => (figure.Result.Dimensions & d) != 0).ToArray();
        foreach (var group in figure.Groups)
        {
            yield return Row(dimensions.Select(d => Value(group.Group, d)), group);
        }

        yield return Row(dimensions.Select(_ => ExtractTables.Total), figure.Total);
    }

    private static string Value(PlacementGroupKey group, PlacementDimensions dimension) => dimension switch
    {
        PlacementDimensions.Region => group.Region?.ToString() ?? "",
        PlacementDimensions.Sector => group.SectorCode ?? "",
        PlacementDimensions.TargetGroup => group.TargetGroup is { } g ? TargetGroupCodes.ToCode(g) : "",
        _ => group.Partner?.ToString() ?? "",
    };

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
