using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Disclosure;

/// <summary>The disclosure of placement durability (placement-durability/1).</summary>
public sealed partial class FigureDisclosure
{
    /// <summary>
    /// Discloses placement durability (placement-durability/1): every count the figure shows — started, measured and still
    /// running at 6 and 12 months, per group and over the period — is a count of placements disclosed on its own, its cell
    /// key the sum of its placements' record keys, so a count shown in two places (a group's and the total's, this figure's
    /// and a flow's) is the same answer for the same placements. A group is listed when its started placements are
    /// published; the shares are read from the published counts.
    /// </summary>
    /// <param name="result">The durability.</param>
    /// <returns>The disclosed durability.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="result"/> is null.</exception>
    public DisclosedDurability Disclose(PlacementDurabilityResult result)
    {
        Preconditions.CheckNotNull(result);
        var dimensions = PlacementTableAxes.InOrder(result.Dimensions);
        var groups = result.Groups.Select(g => DiscloseGroup(g, dimensions)).Where(g => !WithholdsCounts || !g.Started.IsSuppressed).ToArray();
        return new DisclosedDurability(result, groups, DiscloseGroup(result.Total, []), this);
    }

    private DisclosedDurabilityGroup DiscloseGroup(PlacementDurabilityCount count, PlacementDimensions[] dimensions)
    {
        var row = PlacementTableAxes.GroupLabel(count.Group, dimensions);
        SuppressedEntry Of(string column, DurabilityOutcome[] outcomes) => Entry(row.Length == 0 ? null : row, column, count.TallyOf(outcomes));
        return new DisclosedDurabilityGroup(
            count.Group,
            Of("STARTED", PlacementDurabilityCount.Outcomes),
            Of("MEASURED_6M", PlacementDurabilityCount.MeasuredAtSix),
            Of("RUNNING_6M", PlacementDurabilityCount.RunningAtSix),
            Of("MEASURED_12M", PlacementDurabilityCount.MeasuredAtTwelve),
            Of("RUNNING_12M", PlacementDurabilityCount.RunningAtTwelve));
    }
}
