using NodaTime;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Counting;

/// <summary>
/// Counting definition <c>placement-durability/1</c>: durable placements (duurzame plaatsing; the national desk's
/// ijkpunt 4 and the Haaglanden plan ask that placements lead to lasting work). Of the placements that started in a
/// period, the share still running six and twelve months after their start, per region, sector, target group and
/// booking partner as asked.
/// </summary>
/// <remarks>
/// <para>
/// The rule, word for word: a placement's six-month mark is its start date plus six calendar months (a month without the
/// day ends on its last day: a start on 31 August has its mark on 28 or 29 February), its twelve-month mark the start plus
/// twelve months. It is still running at a mark when its end date is empty or on or after the mark (a placement works on
/// its end date, as in job-agreement-jobs/2). A mark after the measuring date cannot be judged yet: the placement is not
/// measured at that horizon, and each share is of the placements measured at it. Every placement gets one
/// <see cref="DurabilityOutcome"/>; grouped by target group a placement counts once in each of its groups.
/// </para>
/// <para>
/// Why a measuring date: the records say what is known on a date (the end of a placement is typed in when it ends), so
/// a placement that started three months ago with no end date has not yet lasted six months; counting it as running
/// would flatter the figure. The count streams and holds one counter set per group. Methods are thread-safe.
/// </para>
/// </remarks>
public static class PlacementDurability
{
    /// <summary>The dimensions the figure can be grouped by.</summary>
    public const PlacementDimensions AllowedDimensions = PlacementDimensions.Region | PlacementDimensions.Sector | PlacementDimensions.TargetGroup | PlacementDimensions.Partner;

    /// <summary>Gets the definition's id and description.</summary>
    public static CountingDefinition Definition { get; } = new(
        new CountingDefinitionId("placement-durability", 1),
        "Placements still running 6 and 12 months after their start",
        "Of the placements whose start date lies in the period: those whose six-month (twelve-month) mark, the start date plus 6 (12) calendar months, lies on or before the measuring date are measured at that horizon, and of them those whose end date is empty or on or after the mark are still running; the share is running / measured. Per region, sector, target group and booking partner as asked; a placement counts once in each of its target groups.");

    /// <summary>Counts the durability of the placements that started in <paramref name="period"/>.</summary>
    /// <param name="placements">The placements, read once.</param>
    /// <param name="period">The period the placements started in, both ends included.</param>
    /// <param name="measuringDate">The records' date: a mark after it is not yet measured.</param>
    /// <param name="by">Any of region, sector, target group and partner; <see cref="PlacementDimensions.None"/> for the total only.</param>
    /// <returns>The outcomes per group.</returns>
    /// <exception cref="ArgumentException">An argument is null, <paramref name="by"/> names another dimension, or the sequence holds a null.</exception>
    public static PlacementDurabilityResult Count(IEnumerable<Placement> placements, DateInterval period, LocalDate measuringDate, PlacementDimensions by = PlacementDimensions.None)
    {
        Preconditions.CheckNotNull(placements);
        var accumulator = new Accumulator(period, measuringDate, by);
        foreach (var placement in placements)
        {
            accumulator.Add(placement);
        }

        return accumulator.ToResult();
    }

    /// <summary>Counts the durability of the placements that started in <paramref name="period"/>, streaming from a store.</summary>
    /// <param name="placements">The placements, read once.</param>
    /// <param name="period">The period the placements started in, both ends included.</param>
    /// <param name="measuringDate">The records' date: a mark after it is not yet measured.</param>
    /// <param name="by">Any of region, sector, target group and partner.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The outcomes per group.</returns>
    /// <exception cref="ArgumentException">An argument is null, <paramref name="by"/> names another dimension, or the sequence holds a null.</exception>
    public static ValueTask<PlacementDurabilityResult> CountAsync(IAsyncEnumerable<Placement> placements, DateInterval period, LocalDate measuringDate, PlacementDimensions by = PlacementDimensions.None, CancellationToken cancellationToken = default)
    {
        // Arguments are checked before the first await, so a bad call fails at once, not when awaited.
        Preconditions.CheckNotNull(placements);
        return CountCoreAsync(placements, new Accumulator(period, measuringDate, by), cancellationToken);
    }

    /// <summary>Counts from the spans a store read (<see cref="IPlacementSpans"/>); equals <see cref="Count"/> over the placements they came from.</summary>
    /// <param name="spans">The spans, read once.</param>
    /// <param name="period">The period the placements started in, both ends included.</param>
    /// <param name="measuringDate">The records' date.</param>
    /// <param name="by">Any of region, sector, target group and partner.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The outcomes per group.</returns>
    /// <exception cref="ArgumentException">An argument is null, or <paramref name="by"/> names another dimension.</exception>
    public static Task<PlacementDurabilityResult> FromSpansAsync(IAsyncEnumerable<PlacementSpan> spans, DateInterval period, LocalDate measuringDate, PlacementDimensions by = PlacementDimensions.None, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(spans);
        return FromSpansCoreAsync(spans, new Accumulator(period, measuringDate, by), cancellationToken);
    }

    /// <summary>
    /// Counts from the cells a store grouped by outcome (<see cref="IPlacementSpans.ReadPlacementSpanCellsAsync"/>);
    /// equals <see cref="Count"/> over the placements they came from.
    /// </summary>
    internal static async Task<PlacementDurabilityResult> FromSpanCellsAsync(IAsyncEnumerable<PlacementSpanCell> cells, DurabilityClassifier rule, PlacementDimensions by, CancellationToken cancellationToken)
    {
        var accumulator = new Accumulator(rule.Period, rule.MeasuringDate, by);
        await foreach (var cell in cells.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(cell);
        }

        return accumulator.ToResult();
    }

    /// <summary>Checks the arguments of a count, so a caller refuses a bad one before any read.</summary>
    /// <param name="period">The period.</param>
    /// <param name="by">The dimensions.</param>
    /// <exception cref="ArgumentException">The period is null, or <paramref name="by"/> names another dimension.</exception>
    public static void CheckArguments(DateInterval period, PlacementDimensions by) => _ = new Accumulator(Preconditions.CheckNotNull(period), period.End, by);

    /// <summary>Returns the outcome of one placement (the rule of the definition).</summary>
    /// <param name="start">The placement's first working day.</param>
    /// <param name="end">Its last working day, or null while it runs.</param>
    /// <param name="measuringDate">The records' date.</param>
    /// <returns>The outcome.</returns>
    public static DurabilityOutcome OutcomeOf(LocalDate start, LocalDate? end, LocalDate measuringDate) =>
        new DurabilityClassifier(new DateInterval(start, start), measuringDate).Classify(start, end);

    private static async ValueTask<PlacementDurabilityResult> CountCoreAsync(IAsyncEnumerable<Placement> placements, Accumulator accumulator, CancellationToken cancellationToken)
    {
        await foreach (var placement in placements.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(placement);
        }

        return accumulator.ToResult();
    }

    private static async Task<PlacementDurabilityResult> FromSpansCoreAsync(IAsyncEnumerable<PlacementSpan> spans, Accumulator accumulator, CancellationToken cancellationToken)
    {
        await foreach (var span in spans.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var key = Preconditions.CheckNotNull(span, nameof(spans)).Key;
            accumulator.Add(key.Region, key.SectorCode, key.TargetGroups, key.BookingPartner, span.Start, span.End, span.RecordKey);
        }

        return accumulator.ToResult();
    }

    private sealed class Accumulator
    {
        private readonly PlacementDimensions _by;
        private readonly DurabilityClassifier _rule;
        private readonly Dictionary<PlacementGroupKey, Tally[]> _groups = [];
        private readonly Tally[] _total = new Tally[PlacementDurabilityCount.Outcomes.Length];

        internal Accumulator(DateInterval period, LocalDate measuringDate, PlacementDimensions by)
        {
            Preconditions.CheckNotNull(period);
            Preconditions.CheckArgument((by & ~AllowedDimensions) == 0, nameof(by), $"placement-durability/1 is grouped by region, sector, target group and partner only, not by {by & ~AllowedDimensions}.");
            _by = by;
            _rule = new DurabilityClassifier(period, measuringDate);
        }

        internal void Add(Placement placement)
        {
            if (placement is null)
            {
                throw new ArgumentException("The placements hold a null.", nameof(placement));
            }

            Add(placement.Region.Code, placement.SectorCode, placement.TargetGroups, placement.BookingPartner, placement.Start, placement.End, RecordKey.Of(placement.Id));
        }

        internal void Add(RegionCode region, string sector, TargetGroupSet groups, BookingPartner partner, LocalDate start, LocalDate? end, uint key)
        {
            var startDay = start.ToDateOnly().DayNumber;
            if (_rule.Covers(startDay))
            {
                Add(region, sector, groups, partner, _rule.Classify(startDay, end is { } last ? last.ToDateOnly().DayNumber : int.MaxValue), Tally.One(key));
            }
        }

        /// <summary>Adds the placements of a store's cell: all of one outcome, started in the period.</summary>
        internal void Add(PlacementSpanCell cell)
        {
            var key = Preconditions.CheckNotNull(cell, "cells").Key;
            Add(key.Region, key.SectorCode, key.TargetGroups, key.BookingPartner, cell.Outcome, Tally.Of(cell.Placements, cell.KeySum));
        }

        internal PlacementDurabilityResult ToResult()
        {
            var groups = PlacementGroupOrder.Sort(_groups.Select(g => new PlacementDurabilityCount(g.Key, g.Value)), c => c.Group);
            return new PlacementDurabilityResult(_rule.Period, _rule.MeasuringDate, _by, groups, new PlacementDurabilityCount(default, _total));
        }

        /// <summary>The rule's count: a placement has one outcome, and counts once in each of its target groups when grouped by them.</summary>
        private void Add(RegionCode region, string sector, TargetGroupSet groups, BookingPartner partner, DurabilityOutcome outcome, Tally placements)
        {
            var i = (int)outcome;
            _total[i] += placements;
            if ((_by & PlacementDimensions.TargetGroup) == 0)
            {
                Counts(KeyOf(region, sector, null, partner))[i] += placements;
                return;
            }

            foreach (var group in groups)
            {
                Counts(KeyOf(region, sector, group, partner))[i] += placements;
            }
        }

        private Tally[] Counts(PlacementGroupKey key)
        {
            ref var counts = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out _);
            return counts ??= new Tally[PlacementDurabilityCount.Outcomes.Length];
        }

        private PlacementGroupKey KeyOf(RegionCode region, string sector, TargetGroup? group, BookingPartner partner) => new(
            (_by & PlacementDimensions.Region) != 0 ? region : null,
            (_by & PlacementDimensions.Sector) != 0 ? sector : null,
            group,
            null,
            (_by & PlacementDimensions.Partner) != 0 ? partner : null);
    }
}
