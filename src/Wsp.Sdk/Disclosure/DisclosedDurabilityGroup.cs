using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Disclosure;

/// <summary>
/// One group's durability (placement-durability/1) as its reader may see it: the placements started and per outcome, and
/// the counts and shares of the figure, each a sum of disclosed outcomes and withheld (null) when one of its outcomes is.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedDurabilityGroup
{
    private readonly SuppressedEntry[] _outcomes;

    internal DisclosedDurabilityGroup(PlacementGroupKey group, SuppressedEntry started, SuppressedEntry[] outcomes)
    {
        Group = group;
        Started = started;
        _outcomes = outcomes;
        MeasuredAtSixMonths = Sum(PlacementDurabilityCount.MeasuredAtSix);
        RunningAtSixMonths = Sum(PlacementDurabilityCount.RunningAtSix);
        MeasuredAtTwelveMonths = Sum(PlacementDurabilityCount.MeasuredAtTwelve);
        RunningAtTwelveMonths = Sum(PlacementDurabilityCount.RunningAtTwelve);
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

    /// <summary>Gets the share still running at six months, or null when withheld or none was measured.</summary>
    public decimal? ShareRunningAtSixMonths => Share(RunningAtSixMonths, MeasuredAtSixMonths);

    /// <summary>Gets the share still running at twelve months, or null when withheld or none was measured.</summary>
    public decimal? ShareRunningAtTwelveMonths => Share(RunningAtTwelveMonths, MeasuredAtTwelveMonths);

    /// <summary>Gets whether any of the group's counts is withheld, and why: the kind of its first withheld outcome (or of the started placements).</summary>
    public SuppressionKind Suppression =>
        _outcomes.Prepend(Started).FirstOrDefault(e => e.IsSuppressed)?.Suppression ?? SuppressionKind.None;

    /// <summary>Returns the placements with one outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count, published or withheld.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    public SuppressedEntry OutcomeOf(DurabilityOutcome outcome) => _outcomes[(int)Preconditions.CheckDefined(outcome)];

    private static decimal? Share(SuppressedEntry running, SuppressedEntry measured) =>
        running.Count is { } count && measured.Count is { } of ? PlacementDurabilityCount.Share(count, of) : null;

    // A sum of outcomes: published when each is; withheld as its one outcome is, or as secondary (withheld so that a
    // withheld outcome cannot be derived from it).
    private SuppressedEntry Sum(DurabilityOutcome[] outcomes)
    {
        var entries = outcomes.Select(o => _outcomes[(int)o]).ToArray();
        if (entries.All(e => !e.IsSuppressed))
        {
            return new SuppressedEntry(Started.Row, null, entries.Sum(e => e.Count ?? 0), null, SuppressionKind.None);
        }

        return new SuppressedEntry(Started.Row, null, null, null, entries.Length == 1 ? entries[0].Suppression : SuppressionKind.Secondary);
    }
}
