using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Disclosure;

/// <summary>
/// One group's durability (placement-durability/1) as its reader may see it: the placements started, measured and still
/// running at 6 and 12 months, each disclosed on its own (<see cref="FigureDisclosure.Disclose(PlacementDurabilityResult)"/>),
/// and the shares read from them.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedDurabilityGroup
{
    internal DisclosedDurabilityGroup(PlacementGroupKey group, SuppressedEntry started, SuppressedEntry measuredAtSix, SuppressedEntry runningAtSix, SuppressedEntry measuredAtTwelve, SuppressedEntry runningAtTwelve)
    {
        Group = group;
        Started = started;
        MeasuredAtSixMonths = measuredAtSix;
        RunningAtSixMonths = runningAtSix;
        MeasuredAtTwelveMonths = measuredAtTwelve;
        RunningAtTwelveMonths = runningAtTwelve;
    }

    /// <summary>Gets the group; a dimension not grouped by is null.</summary>
    public PlacementGroupKey Group { get; }

    /// <summary>Gets the placements that started in the period.</summary>
    public SuppressedEntry Started { get; }

    /// <summary>Gets the placements whose six-month mark has passed.</summary>
    public SuppressedEntry MeasuredAtSixMonths { get; }

    /// <summary>Gets the placements still running at their six-month mark.</summary>
    public SuppressedEntry RunningAtSixMonths { get; }

    /// <summary>Gets the placements whose twelve-month mark has passed.</summary>
    public SuppressedEntry MeasuredAtTwelveMonths { get; }

    /// <summary>Gets the placements still running at their twelve-month mark.</summary>
    public SuppressedEntry RunningAtTwelveMonths { get; }

    /// <summary>Gets the share still running at six months, or null when a count is withheld or none was measured.</summary>
    public decimal? ShareRunningAtSixMonths => Share(RunningAtSixMonths, MeasuredAtSixMonths);

    /// <summary>Gets the share still running at twelve months, or null when a count is withheld or none was measured.</summary>
    public decimal? ShareRunningAtTwelveMonths => Share(RunningAtTwelveMonths, MeasuredAtTwelveMonths);

    /// <summary>Gets whether any of the group's counts is withheld: the kind of its first withheld count, else none.</summary>
    public SuppressionKind Suppression =>
        new[] { Started, MeasuredAtSixMonths, RunningAtSixMonths, MeasuredAtTwelveMonths, RunningAtTwelveMonths }.FirstOrDefault(e => e.IsSuppressed)?.Suppression ?? SuppressionKind.None;

    // Perturbed counts may put the running above the measured by a little; a share is never above 1.
    private static decimal? Share(SuppressedEntry running, SuppressedEntry measured) =>
        running.Count is { } count && measured.Count is { } of ? PlacementDurabilityCount.Share(Math.Min(count, of), of) : null;
}
