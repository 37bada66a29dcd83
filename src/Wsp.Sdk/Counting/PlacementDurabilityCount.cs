using System.Globalization;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The durability (duurzaamheid) of the placements of one group that started in the period: how many have each
/// <see cref="DurabilityOutcome"/>, and the counts and shares of placement-durability/1 that follow from them.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class PlacementDurabilityCount
{
    /// <summary>The outcomes, in their order (the figure's table columns).</summary>
    internal static readonly DurabilityOutcome[] Outcomes = Enum.GetValues<DurabilityOutcome>();

    private readonly Tally[] _outcomes;

    internal PlacementDurabilityCount(PlacementGroupKey group, Tally[] outcomes)
    {
        Group = group;
        _outcomes = outcomes;
    }

    /// <summary>Gets the group; a dimension not grouped by is null (the figure's total has every dimension null).</summary>
    public PlacementGroupKey Group { get; }

    /// <summary>Gets the placements that started in the period.</summary>
    public int Started => TallyOf(Outcomes).Count;

    /// <summary>Gets the placements whose six-month mark has passed at the measuring date: those the six-month share is of.</summary>
    public int MeasuredAtSixMonths => Sum(MeasuredAtSix);

    /// <summary>Gets the placements still running at their six-month mark (end date empty or on or after it).</summary>
    public int RunningAtSixMonths => Sum(RunningAtSix);

    /// <summary>Gets the placements whose twelve-month mark has passed at the measuring date: those the twelve-month share is of.</summary>
    public int MeasuredAtTwelveMonths => Sum(MeasuredAtTwelve);

    /// <summary>Gets the placements still running at their twelve-month mark.</summary>
    public int RunningAtTwelveMonths => Sum(RunningAtTwelve);

    /// <summary>Gets <see cref="RunningAtSixMonths"/> / <see cref="MeasuredAtSixMonths"/>, or null when none was measured.</summary>
    public decimal? ShareRunningAtSixMonths => Share(RunningAtSixMonths, MeasuredAtSixMonths);

    /// <summary>Gets <see cref="RunningAtTwelveMonths"/> / <see cref="MeasuredAtTwelveMonths"/>, or null when none was measured.</summary>
    public decimal? ShareRunningAtTwelveMonths => Share(RunningAtTwelveMonths, MeasuredAtTwelveMonths);

    /// <summary>The outcomes that have passed the six-month mark.</summary>
    internal static DurabilityOutcome[] MeasuredAtSix { get; } =
    [
        DurabilityOutcome.EndedBeforeSixMonthsTwelvePending, DurabilityOutcome.RunningAtSixMonthsTwelvePending,
        DurabilityOutcome.EndedBeforeSixMonths, DurabilityOutcome.EndedBeforeTwelveMonths, DurabilityOutcome.RunningAtTwelveMonths,
    ];

    /// <summary>The outcomes still running at the six-month mark.</summary>
    internal static DurabilityOutcome[] RunningAtSix { get; } =
        [DurabilityOutcome.RunningAtSixMonthsTwelvePending, DurabilityOutcome.EndedBeforeTwelveMonths, DurabilityOutcome.RunningAtTwelveMonths];

    /// <summary>The outcomes that have passed the twelve-month mark.</summary>
    internal static DurabilityOutcome[] MeasuredAtTwelve { get; } =
        [DurabilityOutcome.EndedBeforeSixMonths, DurabilityOutcome.EndedBeforeTwelveMonths, DurabilityOutcome.RunningAtTwelveMonths];

    /// <summary>The outcomes still running at the twelve-month mark.</summary>
    internal static DurabilityOutcome[] RunningAtTwelve { get; } = [DurabilityOutcome.RunningAtTwelveMonths];

    /// <summary>Returns the placements with one outcome.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The count.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    public int CountOf(DurabilityOutcome outcome) => _outcomes[(int)Preconditions.CheckDefined(outcome)].Count;

    /// <summary>Returns an outcome's code, as the tables and extracts name it, for example <c>RUNNING_12M</c>.</summary>
    /// <param name="outcome">The outcome.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="outcome"/> is not defined.</exception>
    public static string CodeOf(DurabilityOutcome outcome) => Preconditions.CheckDefined(outcome) switch
    {
        DurabilityOutcome.SixMonthsPending => "PENDING_6M",
        DurabilityOutcome.EndedBeforeSixMonthsTwelvePending => "ENDED_BEFORE_6M_PENDING_12M",
        DurabilityOutcome.RunningAtSixMonthsTwelvePending => "RUNNING_6M_PENDING_12M",
        DurabilityOutcome.EndedBeforeSixMonths => "ENDED_BEFORE_6M",
        DurabilityOutcome.EndedBeforeTwelveMonths => "ENDED_BEFORE_12M",
        _ => "RUNNING_12M",
    };

    /// <summary>A share of a count in a denominator, or null when the denominator is 0.</summary>
    internal static decimal? Share(int count, int of) => of == 0 ? null : (decimal)count / of;

    /// <inheritdoc />
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Started} started: {RunningAtSixMonths}/{MeasuredAtSixMonths} running at 6 months, {RunningAtTwelveMonths}/{MeasuredAtTwelveMonths} at 12");

    /// <summary>The tally of the placements with one of <paramref name="outcomes"/>: their count and record keys, for disclosure.</summary>
    internal Tally TallyOf(DurabilityOutcome[] outcomes)
    {
        var sum = Tally.Zero;
        foreach (var outcome in outcomes)
        {
            sum += _outcomes[(int)outcome];
        }

        return sum;
    }

    private int Sum(DurabilityOutcome[] outcomes) => TallyOf(outcomes).Count;
}
