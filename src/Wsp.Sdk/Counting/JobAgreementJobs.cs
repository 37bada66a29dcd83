using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Counting;

/// <summary>
/// Counting definition <c>job-agreement-jobs/1</c>: job-agreement jobs (banenafspraakbanen) as a stock at a measuring
/// date (meetmoment, rule H3). Over the placements of candidates with a banenafspraak indication that are active on
/// the date (started on or before it, not ended before it), jobs = Σ paid hours per week / 25.5, per region and
/// employer kind; working persons = the number of those placements.
/// </summary>
/// <remarks>
/// <para>
/// Why stock and flow differ: the job agreement counts people at work at one moment, weighted by their hours, so
/// 25.5 h + 12.75 h is 1.5 jobs and 2 working persons, and a placement that ended before the date adds nothing,
/// though it still counts as a placement in <see cref="PlacementsFlow"/> for the period it started in. A placement
/// is active on its start and on its end date. Work through an agency or secondment counts at the employer where
/// the work is done: the placement's establishment.
/// </para>
/// <para>
/// The count streams: it reads each placement once, allocates nothing per placement and holds one accumulator per
/// region and employer kind. Methods are thread-safe.
/// </para>
/// </remarks>
public static class JobAgreementJobs
{
    /// <summary>Gets the definition's id and description.</summary>
    public static CountingDefinition Definition { get; } = new(
        new CountingDefinitionId("job-agreement-jobs", 1),
        "Job-agreement jobs at a date (stock)",
        "Over placements with the BANENAFSPRAAK target group active on the date (start on or before it, end empty or on or after it): jobs = sum of hours per week / 25.5 and working persons = number of placements, per region and employer kind.");

    /// <summary>Counts the jobs at <paramref name="date"/>.</summary>
    /// <param name="placements">The placements, read once.</param>
    /// <param name="date">The measuring date.</param>
    /// <returns>The jobs and working persons.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the sequence holds a null.</exception>
    public static JobAgreementStockResult Count(IEnumerable<Placement> placements, LocalDate date)
    {
        Preconditions.CheckNotNull(placements);
        var accumulator = new Accumulator(date);
        foreach (var placement in placements)
        {
            accumulator.Add(placement);
        }

        return accumulator.ToResult();
    }

    /// <summary>Counts the jobs at <paramref name="date"/>, streaming from a store.</summary>
    /// <param name="placements">The placements, read once.</param>
    /// <param name="date">The measuring date.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The jobs and working persons.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the sequence holds a null.</exception>
    /// <exception cref="OperationCanceledException">The count was cancelled.</exception>
    public static ValueTask<JobAgreementStockResult> CountAsync(
        IAsyncEnumerable<Placement> placements,
        LocalDate date,
        CancellationToken cancellationToken = default)
    {
        // Arguments are checked before the first await, so a bad call fails at once, not when awaited.
        Preconditions.CheckNotNull(placements);
        return CountAsync(placements, new Accumulator(date), cancellationToken);
    }

    private static async ValueTask<JobAgreementStockResult> CountAsync(IAsyncEnumerable<Placement> placements, Accumulator accumulator, CancellationToken cancellationToken)
    {
        await foreach (var placement in placements.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(placement);
        }

        return accumulator.ToResult();
    }

    private sealed class Accumulator
    {
        // One cell per region number (AM00–AM99) × employer kind: fixed, tiny, no lookups on the hot path.
        private const int Kinds = 2;
        private readonly decimal[] _hours = new decimal[100 * Kinds];
        private readonly int[] _persons = new int[100 * Kinds];
        private readonly LocalDate _date;
        private readonly int _day;

        internal Accumulator(LocalDate date)
        {
            Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, nameof(date), "Dates are in the ISO calendar.");
            _date = date;
            _day = date.ToDateOnly().DayNumber;
        }

        internal void Add(Placement placement)
        {
            if (placement is null)
            {
                throw new ArgumentException("The placements hold a null.", nameof(placement));
            }

            if (!placement.CountsForJobAgreement || placement.StartDay > _day || placement.EndDay < _day)
            {
                return;
            }

            var cell = (placement.Region.Code.Number * Kinds) + (int)placement.EmployerKind;
            _hours[cell] += placement.HoursPerWeek;
            _persons[cell]++;
        }

        internal JobAgreementStockResult ToResult()
        {
            var groups = new List<JobAgreementCount>();
            for (var cell = 0; cell < _persons.Length; cell++)
            {
                if (_persons[cell] > 0)
                {
                    groups.Add(new JobAgreementCount(RegionCode.FromNumber(cell / Kinds), (EmployerKind)(cell % Kinds), _hours[cell], _persons[cell]));
                }
            }

            return new JobAgreementStockResult(_date, groups);
        }
    }
}
