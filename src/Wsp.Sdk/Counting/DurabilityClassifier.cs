using NodaTime;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The rule of <c>placement-durability/1</c> for one period and measuring date: what became of a placement that started in
/// the period six and twelve months after its start (<see cref="DurabilityOutcome"/>), with every start day's marks
/// computed once. A store that groups placements by their outcome (<see cref="IPlacementSpans.ReadPlacementSpanCellsAsync"/>)
/// asks this, so the rule stays in the SDK.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class DurabilityClassifier
{
    private readonly int _firstDay;
    private readonly int _measuringDay;

    // The six- and twelve-month marks of each start day of the period, as day numbers.
    private readonly int[] _six;
    private readonly int[] _twelve;

    /// <summary>Initializes the rule for the placements that started in <paramref name="period"/>, at <paramref name="measuringDate"/>.</summary>
    /// <param name="period">The period the placements started in, both ends included.</param>
    /// <param name="measuringDate">The records' date.</param>
    /// <exception cref="ArgumentException"><paramref name="period"/> is null, or a date is not in the ISO calendar.</exception>
    public DurabilityClassifier(DateInterval period, LocalDate measuringDate)
    {
        Period = Preconditions.CheckNotNull(period);
        Preconditions.CheckArgument(period.Start.Calendar == CalendarSystem.Iso && measuringDate.Calendar == CalendarSystem.Iso, nameof(period), "Dates are in the ISO calendar.");
        MeasuringDate = measuringDate;
        _firstDay = period.Start.ToDateOnly().DayNumber;
        _measuringDay = measuringDate.ToDateOnly().DayNumber;
        _six = new int[period.Length];
        _twelve = new int[period.Length];
        var day = period.Start;
        for (var i = 0; i < _six.Length; i++, day = day.PlusDays(1))
        {
            // A month without the day ends on its last day: NodaTime's PlusMonths truncates, as the rule says.
            (_six[i], _twelve[i]) = (day.PlusMonths(6).ToDateOnly().DayNumber, day.PlusMonths(12).ToDateOnly().DayNumber);
        }
    }

    /// <summary>Gets the period the placements started in.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the measuring date.</summary>
    public LocalDate MeasuringDate { get; }

    /// <summary>Returns the outcome of a placement that started in the period.</summary>
    /// <param name="start">The first working day.</param>
    /// <param name="end">The last working day, or null while the placement runs.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not in the period.</exception>
    public DurabilityOutcome Classify(LocalDate start, LocalDate? end) =>
        Classify(start.ToDateOnly().DayNumber, end is { } last ? last.ToDateOnly().DayNumber : int.MaxValue);

    /// <summary>Returns the outcome of a placement that started in the period, for a store that keeps its dates as <see cref="DateOnly"/> day numbers.</summary>
    /// <param name="start">The first working day.</param>
    /// <param name="end">The last working day, or null while the placement runs.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="start"/> is not in the period.</exception>
    public DurabilityOutcome Classify(DateOnly start, DateOnly? end) => Classify(start.DayNumber, end is { } last ? last.DayNumber : int.MaxValue);

    /// <summary>Returns whether a start day (a <see cref="DateOnly.DayNumber"/>) lies in the period.</summary>
    internal bool Covers(int startDay) => (uint)(startDay - _firstDay) < (uint)_six.Length;

    /// <summary>The rule over day numbers (<see cref="DateOnly.DayNumber"/>); <paramref name="endDay"/> is <see cref="int.MaxValue"/> while the placement runs.</summary>
    internal DurabilityOutcome Classify(int startDay, int endDay)
    {
        var i = startDay - _firstDay;
        if ((uint)i >= (uint)_six.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(startDay), DateOnly.FromDayNumber(startDay), $"The placement did not start in {Period}.");
        }

        var (six, twelve) = (_six[i], _twelve[i]);
        if (six > _measuringDay)
        {
            return DurabilityOutcome.SixMonthsPending;
        }

        var runningAtSix = endDay >= six;
        if (twelve > _measuringDay)
        {
            return runningAtSix ? DurabilityOutcome.RunningAtSixMonthsTwelvePending : DurabilityOutcome.EndedBeforeSixMonthsTwelvePending;
        }

        return !runningAtSix ? DurabilityOutcome.EndedBeforeSixMonths
            : endDay >= twelve ? DurabilityOutcome.RunningAtTwelveMonths
            : DurabilityOutcome.EndedBeforeTwelveMonths;
    }
}
