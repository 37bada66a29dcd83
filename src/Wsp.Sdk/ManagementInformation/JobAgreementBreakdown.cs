using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>
/// Figure <c>job-agreement-breakdown/1</c>: job-agreement jobs (banenafspraakbanen, rule H6) at a measuring date per
/// sector, employer and/or booking partner (and region or arrangement), by the rule of <c>job-agreement-jobs/2</c>:
/// placements with the banenafspraak group active on the date, jobs = Σ hours per week / 25.5, working persons = the
/// distinct candidates (per booking partner, H3) holding them. The jobs add up exactly to the definition's; the working
/// persons of the groups add up to at least the total, since a person with jobs in two groups is a working person of
/// each (tested).
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
    /// Counts the jobs per group from the placements a store read as active on the date (the store applied the rule's
    /// filter: banenafspraak, active on the date). Equals <see cref="Count"/> over the same placements.
    /// </summary>
    internal static async Task<JobAgreementBreakdownResult> FromActiveAsync(IAsyncEnumerable<JobAgreementPlacement> placements, LocalDate date, PlacementDimensions by, CancellationToken cancellationToken)
    {
        Preconditions.CheckArgument((by & ~Allowed) == 0, nameof(by), $"Job-agreement jobs are grouped by region, sector, employer, partner or arrangement, not by '{by}'.");
        var accumulator = new Accumulator(date, by);
        await foreach (var placement in placements.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // A default value names no person: a store that hands one out is broken, and the count says so.
            Preconditions.CheckArgument(placement.Candidate is not null, nameof(placements), "The placements hold a default value.");
            var k = placement.Key;
            accumulator.Add(k.Region, k.SectorCode, placement.Employer, k.BookingPartner, k.ArrangementId, placement.Candidate, placement.RecordKey, placement.HoursPerWeek);
        }

        return accumulator.ToResult();
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
        private readonly DimensionTallies _tallies;

        internal Accumulator(LocalDate date, PlacementDimensions by)
        {
            Preconditions.CheckArgument((by & ~Allowed) == 0, nameof(by), $"Job-agreement jobs are grouped by region, sector, employer, partner or arrangement, not by '{by}'.");
            Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, nameof(date), "Dates are in the ISO calendar.");
            _date = date;
            _day = date.ToDateOnly().DayNumber;
            _by = by;
            _tallies = new DimensionTallies(by, persons: true);
        }

        internal void Add(Placement placement)
        {
            if (placement is null)
            {
                throw new ArgumentException("The placements hold a null.", nameof(placement));
            }

            // The rule of job-agreement-jobs/2, word for word: banenafspraak, active on the date.
            if (!placement.CountsForJobAgreement || placement.StartDay > _day || placement.EndDay < _day)
            {
                return;
            }

            Add(placement.Region.Code, placement.SectorCode, placement.Employer, placement.BookingPartner, placement.ArrangementId, placement.Candidate.Value, RecordKey.Of(placement.Id), placement.HoursPerWeek);
        }

        /// <summary>The rule, word for word: hours are summed per placement; a working person counts once in each entry that holds one of its jobs.</summary>
        internal void Add(RegionCode region, string sector, KvkNumber employer, BookingPartner partner, string? arrangement, string candidate, uint key, decimal hours)
        {
            var group = new PlacementGroupKey(
                (_by & PlacementDimensions.Region) != 0 ? region : null,
                (_by & PlacementDimensions.Sector) != 0 ? sector : null,
                null,
                (_by & PlacementDimensions.Employer) != 0 ? employer : null,
                (_by & PlacementDimensions.Partner) != 0 ? partner : null,
                (_by & PlacementDimensions.Arrangement) != 0 ? arrangement : null);
            _tallies.AddPerson(group, partner, candidate, key, hours);
        }

        internal JobAgreementBreakdownResult ToResult() => new(_date, _tallies);
    }
}
