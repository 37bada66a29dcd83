using Wsp.Sdk.Counting;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Cli.Extracts;

/// <summary>
/// The key columns of an extract grouped by placement dimensions, in one fixed order: region_code, sector_code,
/// target_group, employer_kvk, partner, arrangement_id (only the dimensions grouped by), and a group's value in each.
/// </summary>
internal static class GroupColumns
{
    private static readonly (PlacementDimensions Dimension, string Column)[] s_columns =
    [
        (PlacementDimensions.Region, "region_code"),
        (PlacementDimensions.Sector, "sector_code"),
        (PlacementDimensions.TargetGroup, "target_group"),
        (PlacementDimensions.Employer, "employer_kvk"),
        (PlacementDimensions.Partner, "partner"),
        (PlacementDimensions.Arrangement, "arrangement_id"),
    ];

    /// <summary>The dimensions of <paramref name="by"/>, in the columns' order.</summary>
    public static IReadOnlyList<PlacementDimensions> Of(PlacementDimensions by) =>
        [.. s_columns.Select(c => c.Dimension).Where(d => (by & d) != 0)];

    /// <summary>The header's key columns for <paramref name="by"/>.</summary>
    public static IEnumerable<string> Header(PlacementDimensions by) => Of(by).Select(d => s_columns.Single(c => c.Dimension == d).Column);

    /// <summary>A group's values in the key columns of <paramref name="dimensions"/>; a dimension the group lacks is empty.</summary>
    public static string[] Values(PlacementGroupKey group, IReadOnlyList<PlacementDimensions> dimensions) => [.. dimensions.Select(d => d switch
    {
        PlacementDimensions.Region => group.Region?.ToString() ?? "",
        PlacementDimensions.Sector => group.SectorCode ?? "",
        PlacementDimensions.TargetGroup => group.TargetGroup is { } g ? TargetGroupCodes.ToCode(g) : "",
        PlacementDimensions.Employer => group.Employer?.ToString() ?? "",
        PlacementDimensions.Partner => group.Partner?.ToString() ?? "",
        _ => group.ArrangementId ?? "",
    })];
}
