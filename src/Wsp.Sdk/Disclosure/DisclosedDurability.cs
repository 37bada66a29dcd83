using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Disclosure;

/// <summary>
/// Placement durability (placement-durability/1) as its reader may see it (duurzaamheid zoals de afnemer die mag zien):
/// per group and for the whole period the placements started, measured and still running at 6 and 12 months, each
/// disclosed by <see cref="FigureDisclosure"/>. GraphQL, the dashboard and the extract render this one object.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedDurability
{
    internal DisclosedDurability(PlacementDurabilityResult result, IReadOnlyList<DisclosedDurabilityGroup> groups, DisclosedDurabilityGroup total, FigureDisclosure disclosure)
    {
        Result = result;
        Disclosure = disclosure;
        Groups = groups;
        Total = total;
    }

    /// <summary>Gets the counted result: definition, period, measuring date, dimensions and group labels (render counts from <see cref="Groups"/> and <see cref="Total"/> only).</summary>
    public PlacementDurabilityResult Result { get; }

    /// <summary>Gets the disclosure applied: its method and parameters.</summary>
    public FigureDisclosure Disclosure { get; }

    /// <summary>Gets the threshold applied: counts below it are withheld (1: the figure is exact).</summary>
    public int Threshold => Disclosure.Threshold;

    /// <summary>Gets whether counts are withheld and perturbed (the reader reads aggregates only).</summary>
    public bool WithholdsCounts => Disclosure.WithholdsCounts;

    /// <summary>Gets the groups in the result's order; for a reader of aggregates only, those whose started placements are published.</summary>
    public IReadOnlyList<DisclosedDurabilityGroup> Groups { get; }

    /// <summary>Gets the whole period's placements, each counted once.</summary>
    public DisclosedDurabilityGroup Total { get; }
}
