using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Disclosure;

/// <summary>The disclosure of placement durability (placement-durability/1).</summary>
public sealed partial class FigureDisclosure
{
    /// <summary>
    /// Discloses placement durability (placement-durability/1): each group's placements per outcome form the table (rows the
    /// groups, columns the outcomes, a row total the placements started in the group), and every count the figure shows —
    /// measured and still running at 6 and 12 months — is a sum of the group's disclosed outcomes, withheld when one of them
    /// is. The total over the period counts each placement once: grouped by target group it is not the table's grand total,
    /// so each of its outcomes is withheld with that outcome's column total, and when it is small itself.
    /// </summary>
    /// <param name="result">The durability.</param>
    /// <returns>The disclosed durability.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public DisclosedDurability Disclose(PlacementDurabilityResult result)
    {
        var table = SuppressedFigures.Of(Preconditions.CheckNotNull(result), Suppression);
        var outcomes = PlacementDurabilityCount.Outcomes.Length;
        var groups = new DisclosedDurabilityGroup[result.Groups.Count];
        for (var i = 0; i < groups.Length; i++)
        {
            var cells = new SuppressedEntry[outcomes];
            for (var o = 0; o < outcomes; o++)
            {
                var cell = table.Groups[(i * outcomes) + o];
                cells[o] = new SuppressedEntry(cell.Row, cell.Column, cell.Count, null, cell.Suppression);
            }

            groups[i] = new DisclosedDurabilityGroup(result.Groups[i].Group, table.RowTotal(SuppressedFigures.DurabilityRowOf(result, result.Groups[i].Group)), cells);
        }

        return new DisclosedDurability(result, table.Threshold, groups, Total(result, table));
    }

    private DisclosedDurabilityGroup Total(PlacementDurabilityResult result, SuppressedFigure<PlacementDurabilityCount> table)
    {
        var byTargetGroup = (result.Dimensions & PlacementDimensions.TargetGroup) != 0;
        SuppressedEntry Entry(SuppressedEntry columnTotal, int count)
        {
            if (!byTargetGroup)
            {
                return columnTotal;
            }

            var kind = columnTotal.IsSuppressed ? columnTotal.Suppression : IsSmall(count) ? SuppressionKind.SmallCount : SuppressionKind.None;
            return kind == SuppressionKind.None ? new SuppressedEntry(null, columnTotal.Column, count, null, kind) : new SuppressedEntry(null, columnTotal.Column, null, null, kind);
        }

        var cells = PlacementDurabilityCount.Outcomes.Select(o => Entry(table.ColumnTotal(PlacementDurabilityCount.CodeOf(o)), result.Total.CountOf(o))).ToArray();
        return new DisclosedDurabilityGroup(result.Total.Group, Entry(table.Total, result.Total.Started), cells);
    }
}
