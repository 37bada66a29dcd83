using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Disclosure;

/// <summary>Small-count suppression of placement durability (placement-durability/1).</summary>
public static partial class SuppressedFigures
{
    // The dimensions of durability in the table's order (as for every placement figure).
    private static readonly PlacementDimensions[] s_durabilityOrder =
        [PlacementDimensions.Region, PlacementDimensions.Sector, PlacementDimensions.TargetGroup, PlacementDimensions.Partner];

    /// <summary>
    /// Suppresses placement durability (placement-durability/1): the count is a group's placements with one
    /// <see cref="DurabilityOutcome"/>; rows are the groups (their values joined by U+001F, "" for the total only), columns
    /// the outcomes' codes, so a row total is the placements that started in the group. Cell <c>6 × i + o</c> is group
    /// <c>i</c>'s outcome <c>o</c>.
    /// </summary>
    /// <param name="result">The durability.</param>
    /// <param name="suppression">The suppression.</param>
    /// <returns>The cells, suppressed, with the totals.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SuppressedFigure<PlacementDurabilityCount> Of(PlacementDurabilityResult result, SmallCountSuppression suppression)
    {
        Preconditions.CheckNotNull(result);
        var dimensions = s_durabilityOrder.Where(d => (result.Dimensions & d) != 0).ToArray();
        var cells = result.Groups.SelectMany(g =>
        {
            var row = RowOf(g.Group, dimensions);
            return PlacementDurabilityCount.Outcomes.Select(o => (Group: g, Cell: new SuppressionCell(row, PlacementDurabilityCount.CodeOf(o), g.CountOf(o))));
        });
        return Apply(suppression, cells);
    }

    /// <summary>The row of a durability group: its values joined by U+001F, in the dimensions' order.</summary>
    internal static string DurabilityRowOf(PlacementDurabilityResult result, PlacementGroupKey group) =>
        RowOf(group, [.. s_durabilityOrder.Where(d => (result.Dimensions & d) != 0)]);

    private static string RowOf(PlacementGroupKey group, PlacementDimensions[] dimensions) =>
        string.Join('\u001F', dimensions.Select(d => PlacementTableAxes.Value(group, d)));
}
