using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>
/// Figure <c>job-agreement-breakdown/1</c>: job-agreement jobs (banenafspraakbanen, rule H6) at a measuring date per
/// sector, employer and/or booking partner (and region or arrangement), by the rule of <c>job-agreement-jobs/1</c>:
/// placements with the banenafspraak group active on the date, jobs = Σ hours per week / 25.5, working persons = the
/// number of those placements. The groups add up exactly to the definition's totals (tested).
/// </summary>
/// <remarks>The count streams: memory grows with the number of groups. Methods are thread-safe.</remarks>
public static class JobAgreementBreakdown
{
    private const PlacementDimensions Allowed = PlacementDimensions.Region | PlacementDimensions.Sector | PlacementDimensions.Employer
        | PlacementDimensions.Partner | PlacementDimensions.Arrangement;

    /// <summary>Counts the jobs at <paramref name="date"/> per group.</summary>
    /// <param name="placements">The placements, read once.</param>
    /// <param name="date">The measuring date.</param>
    /// <param name="by">Any of region, sector, employer, partner and arrangement; not target group (jobs are not split over groups).</param>
    /// <returns>The jobs and working persons per group.</returns>
    /// <exception cref="ArgumentException">An argument is null, <paramref name="by"/> names target group or an undefined dimension, or the sequence holds a null.</exception>
    public static JobAgreementBreakdownResult Count(IEnumerable<Placement> placements, LocalDate date, PlacementDimensions by)
    {
        Preconditions.CheckNotNull(placements);
        var accumulator = new Accumulator(date, by);
        foreach (var placement in placements)
        {
            accumulator.Add(placement);
        }

        return accumulator.ToResult();
    }

    /// <summary>Counts the jobs at <paramref name="date"/> per group, streaming from a store.</summary>
    /// <param name="placements">The placements, read once.</param>
    /// <param name="date">The measuring date.</param>
    /// <param name="by">Any of region, sector, employer, partner and arrangement.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The jobs and working persons per group.</returns>
    /// <exception cref="ArgumentException">An argument is null, <paramref name="by"/> names target group or an undefined dimension, or the sequence holds a null.</exception>
    public static Task<JobAgreementBreakdownResult> CountAsync(IAsyncEnumerable<Placement> placements, LocalDate date, PlacementDimensions by, CancellationToken cancellationToken = default)
    {
        // Arguments are checked before the first await, so a bad call fails at once, not when awaited.
        Preconditions.CheckNotNull(placements);
        return CountAsync(placements, new Accumulator(date, by), cancellationToken);
    }

    /// <summary>
    /// Counts the jobs at <paramref name="date"/> per group from job-agreement ledger entries (the store's
    /// pre-aggregate): every group of the ledger's key (region, sector, partner, arrangement), not the employer.
    /// Equals <see cref="Count"/> over the placements the entries came from.
    /// </summary>
    internal static JobAgreementBreakdownResult FromLedger(IEnumerable<JobAgreementLedgerEntry> entries, LocalDate date, PlacementDimensions by)
    {
        Preconditions.CheckArgument((by & ~Allowed) == 0 && (by & PlacementDimensions.Employer) == 0, nameof(by), $"Job-agreement jobs are grouped from the ledger by region, sector, partner or arrangement, not by '{by}'.");
        var groups = new Dictionary<PlacementGroupKey, (decimal Hours, int Persons)>();
        foreach (var entry in entries)
        {
            if (entry.Date > date)
            {
                continue;
            }

            var k = entry.Key;
            var key = new PlacementGroupKey(
                (by & PlacementDimensions.Region) != 0 ? k.Region : null,
                (by & PlacementDimensions.Sector) != 0 ? k.SectorCode : null,
                null,
                null,
                (by & PlacementDimensions.Partner) != 0 ? k.BookingPartner : null,
                (by & PlacementDimensions.Arrangement) != 0 ? k.ArrangementId : null);
            ref var group = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out _);
            group = (group.Hours + entry.HoursDelta, group.Persons + entry.PersonsDelta);
        }

        // A group whose placements all ended holds no one: its deltas cancel to zero persons (and zero hours).
        return JobAgreementBreakdownResult.FromGroups(date, by, groups.Where(g => g.Value.Persons > 0));
    }

    /// <summary>
    /// Counts the jobs per group from the placements a store read as active on the date (the store applied the rule's
    /// filter: banenafspraak, active on the date). Equals <see cref="Count"/> over the same placements.
    /// </summary>
    internal static async Task<JobAgreementBreakdownResult> FromActiveAsync(IAsyncEnumerable<JobAgreementPlacement> placements, LocalDate date, PlacementDimensions by, CancellationToken cancellationToken)
    {
        Preconditions.CheckArgument((by & ~Allowed) == 0, nameof(by), $"Job-agreement jobs are grouped by region, sector, employer, partner or arrangement, not by '{by}'.");
        var groups = new Dictionary<PlacementGroupKey, (decimal Hours, int Persons)>();
        await foreach (var placement in placements.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            var k = placement.Key;
            var key = new PlacementGroupKey(
                (by & PlacementDimensions.Region) != 0 ? k.Region : null,
                (by & PlacementDimensions.Sector) != 0 ? k.SectorCode : null,
                null,
                (by & PlacementDimensions.Employer) != 0 ? placement.Employer : null,
                (by & PlacementDimensions.Partner) != 0 ? k.BookingPartner : null,
                (by & PlacementDimensions.Arrangement) != 0 ? k.ArrangementId : null);
            ref var group = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out _);
            group = (group.Hours + placement.HoursPerWeek, group.Persons + 1);
        }

        return JobAgreementBreakdownResult.FromGroups(date, by, groups);
    }

    private static async Task<JobAgreementBreakdownResult> CountAsync(IAsyncEnumerable<Placement> placements, Accumulator accumulator, CancellationToken cancellationToken)
    {
        await foreach (var placement in placements.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(placement);
        }

        return accumulator.ToResult();
    }

    private sealed class Accumulator
    {
        private readonly LocalDate _date;
        private readonly int _day;
        private readonly PlacementDimensions _by;
        private readonly Dictionary<PlacementGroupKey, (decimal Hours, int Persons)> _groups = [];

        internal Accumulator(LocalDate date, PlacementDimensions by)
        {
            Preconditions.CheckArgument((by & ~Allowed) == 0, nameof(by), $"Job-agreement jobs are grouped by region, sector, employer, partner or arrangement, not by '{by}'.");
            Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, nameof(date), "Dates are in the ISO calendar.");
            _date = date;
            _day = date.ToDateOnly().DayNumber;
            _by = by;
        }

        internal void Add(Placement placement)
        {
            if (placement is null)
            {
                throw new ArgumentException("The placements hold a null.", nameof(placement));
            }

            // The rule of job-agreement-jobs/1, word for word: banenafspraak, active on the date.
            if (!placement.CountsForJobAgreement || placement.StartDay > _day || placement.EndDay < _day)
            {
                return;
            }

            var key = new PlacementGroupKey(
                (_by & PlacementDimensions.Region) != 0 ? placement.Region.Code : null,
                (_by & PlacementDimensions.Sector) != 0 ? placement.SectorCode : null,
                null,
                (_by & PlacementDimensions.Employer) != 0 ? placement.Employer : null,
                (_by & PlacementDimensions.Partner) != 0 ? placement.BookingPartner : null,
                (_by & PlacementDimensions.Arrangement) != 0 ? placement.ArrangementId : null);
            ref var group = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_groups, key, out _);
            group = (group.Hours + placement.HoursPerWeek, group.Persons + 1);
        }

        internal JobAgreementBreakdownResult ToResult() => JobAgreementBreakdownResult.FromGroups(_date, _by, _groups);
    }
}
