using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Counting;

/// <summary>
/// Counting definition <c>placements-flow/1</c>: placements (plaatsingen) as a flow (rule H3). A placement counts once,
/// in the period in which it starts, whatever its hours and however long it lasts; grouped by the dimensions of the
/// management information (rule H6) and per national arrangement for its monitoring (rule L5).
/// </summary>
/// <remarks>
/// <para>
/// Why flow and stock differ: a placement is an event, counted when it happens, so a placement that started and
/// ended before a measuring date is still one placement in its period, but no job at that date. The job agreement
/// (<see cref="JobAgreementJobs"/>) counts a stock instead: the paid hours of the people working at one date,
/// converted to 25.5-hour jobs. Both are computed from the same <see cref="Placement"/> records.
/// </para>
/// <para>
/// The count streams: it reads each placement once and holds one counter per group, so memory grows with the
/// number of groups, not with the number of placements. Methods are thread-safe.
/// </para>
/// </remarks>
public static class PlacementsFlow
{
    /// <summary>Gets the definition's id and description.</summary>
    public static CountingDefinition Definition { get; } = new(
        new CountingDefinitionId("placements-flow", 1),
        "Placements in a period (flow)",
        "Every placement whose start date lies in the period counts once, in the groups of its region, sector, target groups, employer, booking partner and national arrangement as asked; hours and duration do not matter.");

    /// <summary>Counts the placements that started in <paramref name="period"/>.</summary>
    /// <param name="placements">The placements, read once.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="by">The dimensions to group by; <see cref="PlacementDimensions.None"/> for one total.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">An argument is null or undefined, or the sequence holds a null.</exception>
    public static PlacementFlowResult Count(IEnumerable<Placement> placements, DateInterval period, PlacementDimensions by = PlacementDimensions.None)
    {
        Preconditions.CheckNotNull(placements);
        var accumulator = new Accumulator(period, by);
        foreach (var placement in placements)
        {
            accumulator.Add(placement);
        }

        return accumulator.ToResult();
    }

    /// <summary>Counts the placements that started in <paramref name="period"/>, streaming from a store.</summary>
    /// <param name="placements">The placements, read once.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="by">The dimensions to group by.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">An argument is null or undefined, or the sequence holds a null.</exception>
    /// <exception cref="OperationCanceledException">The count was cancelled.</exception>
    public static ValueTask<PlacementFlowResult> CountAsync(
        IAsyncEnumerable<Placement> placements,
        DateInterval period,
        PlacementDimensions by = PlacementDimensions.None,
        CancellationToken cancellationToken = default)
    {
        // Arguments are checked before the first await, so a bad call fails at once, not when awaited.
        Preconditions.CheckNotNull(placements);
        return CountAsync(placements, new Accumulator(period, by), cancellationToken);
    }

    /// <summary>
    /// Counts the flow from placement starts already read (a store's few columns of each started placement). Equals
    /// <see cref="Count"/> over the same placements.
    /// </summary>
    internal static PlacementFlowResult FromStarts(IEnumerable<PlacementStart> starts, DateInterval period, PlacementDimensions by)
    {
        var accumulator = new Accumulator(period, by);
        foreach (var start in starts)
        {
            accumulator.Add(start);
        }

        return accumulator.ToResult();
    }

    private static async ValueTask<PlacementFlowResult> CountAsync(IAsyncEnumerable<Placement> placements, Accumulator accumulator, CancellationToken cancellationToken)
    {
        await foreach (var placement in placements.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(placement);
        }

        return accumulator.ToResult();
    }

    private sealed class Accumulator
    {
        private const PlacementDimensions AllDimensions = PlacementDimensions.Region | PlacementDimensions.Sector
            | PlacementDimensions.TargetGroup | PlacementDimensions.Employer | PlacementDimensions.Partner | PlacementDimensions.Arrangement;

        private readonly DateInterval _period;
        private readonly int _firstDay;
        private readonly int _lastDay;
        private readonly PlacementDimensions _by;
        private readonly DimensionTallies _tallies;

        internal Accumulator(DateInterval period, PlacementDimensions by)
        {
            _period = Preconditions.CheckNotNull(period);
            Preconditions.CheckArgument((by & ~AllDimensions) == 0, nameof(by), $"'{by}' is not a combination of placement dimensions.");
            Preconditions.CheckArgument(period.Start.Calendar == CalendarSystem.Iso, nameof(period), "Dates are in the ISO calendar.");
            _by = by;
            _tallies = new DimensionTallies(by, persons: false);
            _firstDay = period.Start.ToDateOnly().DayNumber;
            _lastDay = period.End.ToDateOnly().DayNumber;
        }

        internal void Add(Placement placement)
        {
            if (placement is null)
            {
                throw new ArgumentException("The placements hold a null.", nameof(placement));
            }

            if (placement.StartDay >= _firstDay && placement.StartDay <= _lastDay)
            {
                Add(placement.Region.Code, placement.SectorCode, placement.TargetGroups, placement.Employer, placement.BookingPartner, placement.ArrangementId, placement.StartDay, RecordKey.Of(placement.Id));
            }
        }

        internal void Add(PlacementStart start)
        {
            var k = start.Key;
            Add(k.Region, k.SectorCode, k.TargetGroups, start.Employer, k.BookingPartner, k.ArrangementId, start.Start.ToDateOnly().DayNumber, start.RecordKey);
        }

        /// <summary>
        /// The rule, word for word: a placement counts once, in the period it starts in, in each group it falls in (the
        /// tallies count it once in every total, and carry its record key into each entry's cell key).
        /// </summary>
        internal void Add(RegionCode region, string sector, TargetGroupSet groups, KvkNumber employer, BookingPartner partner, string? arrangement, int startDay, uint recordKey)
        {
            if (startDay < _firstDay || startDay > _lastDay)
            {
                return;
            }

            _tallies.Add(KeyOf(region, sector, null, employer, partner, arrangement), groups, 1, recordKey);
        }

        internal PlacementFlowResult ToResult() => new(_period, _tallies);

        private PlacementGroupKey KeyOf(RegionCode region, string sector, TargetGroup? group, KvkNumber employer, BookingPartner partner, string? arrangement) => new(
            (_by & PlacementDimensions.Region) != 0 ? region : null,
            (_by & PlacementDimensions.Sector) != 0 ? sector : null,
            group,
            (_by & PlacementDimensions.Employer) != 0 ? employer : null,
            (_by & PlacementDimensions.Partner) != 0 ? partner : null,
            (_by & PlacementDimensions.Arrangement) != 0 ? arrangement : null);
    }
}
