using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Counting;

/// <summary>
/// Counting definition <c>job-agreement-jobs/2</c>: job-agreement jobs (banenafspraakbanen) as a stock at a measuring
/// date (meetmoment, rule H3). Over the placements of candidates with a banenafspraak indication that are active on
/// the date (started on or before it, not ended before it), jobs = Σ paid hours per week / 25.5, per region and
/// employer kind; working persons = the distinct candidates among them, a candidate being a pseudonym of one booking
/// partner (H3: each partner pseudonymises its own caseload), counted once in every group and total that holds one of
/// its jobs.
/// </summary>
/// <remarks>
/// <para>
/// Why stock and flow differ: the job agreement counts people at work at one moment, weighted by their hours, so
/// 25.5 h + 12.75 h is 1.5 jobs and 2 working persons (1 working person when one candidate holds both jobs), and a
/// placement that ended before the date adds nothing,
/// though it still counts as a placement in <see cref="PlacementsFlow"/> for the period it started in. A placement
/// is active on its start and on its end date. Work through an agency or secondment counts at the employer where
/// the work is done: the placement's establishment.
/// </para>
/// <para>
/// The count streams: it reads each placement once and holds one accumulator per region and employer kind, and each
/// placement's person, cell, region and kind (28 bytes), sorted at the end to count the working persons; a stock holds
/// about as many placements as persons. Methods are thread-safe.
/// </para>
/// </remarks>
public static class JobAgreementJobs
{
    /// <summary>Gets the definition's id and description.</summary>
    public static CountingDefinition Definition { get; } = new(
        new CountingDefinitionId("job-agreement-jobs", 2),
        "Job-agreement jobs at a date (stock)",
        "Over placements with the BANENAFSPRAAK target group active on the date (start on or before it, end empty or on or after it): jobs = sum of hours per week / 25.5 and working persons = the distinct candidates (pseudonyms per booking partner) holding them, per region and employer kind; a total counts each person once.");

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

    /// <summary>
    /// Counts the jobs from the placements a store read as counting on the date (banenafspraak, active on the date: the
    /// store applied the rule's filter). Equals <see cref="Count"/> over the same placements.
    /// </summary>
    internal static async Task<JobAgreementStockResult> FromActiveAsync(IAsyncEnumerable<JobAgreementPlacement> placements, LocalDate date, CancellationToken cancellationToken)
    {
        var accumulator = new Accumulator(date);
        await foreach (var placement in placements.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            // A default value names no person: a store that hands one out is broken, and the count says so.
            Preconditions.CheckArgument(placement.Candidate is not null, nameof(placements), "The placements hold a default value.");
            var k = placement.Key;
            accumulator.Add(k.Region, k.EmployerKind, k.BookingPartner, placement.Candidate, placement.RecordKey, placement.HoursPerWeek);
        }

        return accumulator.ToResult();
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
        private readonly Tally[] _cells = new Tally[100 * Kinds];

        // Hours and record keys add up per cell as the placements come, and a region's, a kind's and the grand total's
        // from the cells at the end; the persons (a person is one of each however many cells it works in) are counted
        // at the end too, each placement naming its cell, region and kind.
        private readonly PersonEntries _persons = new(3);
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

            Add(placement.Region.Code, placement.EmployerKind, placement.BookingPartner, placement.Candidate.Value, RecordKey.Of(placement.Id), placement.HoursPerWeek);
        }

        /// <summary>The rule, word for word: hours are summed per placement; a working person counts once in each entry that holds one of its jobs.</summary>
        internal void Add(RegionCode region, EmployerKind kind, BookingPartner partner, string candidate, uint key, decimal hours)
        {
            var cell = (region.Number * Kinds) + (int)kind;
            _cells[cell] += Tally.Of(0, key, hours);
            _persons.Add(partner, candidate, [cell, region.Number, (int)kind]);
        }

        internal JobAgreementStockResult ToResult()
        {
            var persons = _persons.Count();
            for (var cell = 0; cell < _cells.Length; cell++)
            {
                _cells[cell] = _cells[cell] with { Count = persons.Of(cell, 0) };
            }

            var groups = new List<(JobAgreementCount Group, Tally Tally)>();
            for (var cell = 0; cell < _cells.Length; cell++)
            {
                if (_cells[cell].Count > 0)
                {
                    var (region, kind) = (RegionCode.FromNumber(cell / Kinds), (EmployerKind)(cell % Kinds));
                    groups.Add((new JobAgreementCount(region, kind, _cells[cell].Measure, _cells[cell].Count), _cells[cell]));
                }
            }

            // A region's, a kind's and the grand total's hours and keys are their cells' sums; their persons were counted.
            var (regionSums, kindSums, grandSum) = (new Tally[100], new Tally[Kinds], Tally.Zero);
            for (var cell = 0; cell < _cells.Length; cell++)
            {
                var sum = _cells[cell] with { Count = 0 };
                regionSums[cell / Kinds] += sum;
                kindSums[cell % Kinds] += sum;
                grandSum += sum;
            }

            var regions = new Dictionary<string, Tally>(StringComparer.Ordinal);
            for (var number = 0; number < regionSums.Length; number++)
            {
                if (persons.Of(number, 1) > 0)
                {
                    regions[RegionCode.FromNumber(number).ToString()] = regionSums[number] with { Count = persons.Of(number, 1) };
                }
            }

            var kinds = new Dictionary<string, Tally>(StringComparer.Ordinal);
            for (var kind = 0; kind < Kinds; kind++)
            {
                if (persons.Of(kind, 2) > 0)
                {
                    kinds[EmployerKinds.Code((EmployerKind)kind)] = kindSums[kind] with { Count = persons.Of(kind, 2) };
                }
            }

            var table = FigureTable.Counted([.. groups.Select(g => (g.Group.Region.ToString(), EmployerKinds.Code(g.Group.EmployerKind), g.Tally))], regions, kinds, grandSum with { Count = persons.Total });
            return new JobAgreementStockResult(_date, [.. groups.Select(g => g.Group)], table);
        }
    }
}
