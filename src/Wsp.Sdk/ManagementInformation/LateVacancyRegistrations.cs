using NodaTime;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>
/// Figure <c>late-vacancy-registrations/1</c>: per region and period, the vacancies registered and those registered
/// late — more than 24 hours after they were received (rule H10, <see cref="Vacancies.Vacancy.IsRegisteredLate"/>). A
/// vacancy belongs to the period of the Dutch calendar date (Europe/Amsterdam) on which it was registered. A chain
/// partner's duplicate (rule H15, <see cref="VacancySummary.DuplicatedFrom"/>) is no new receipt and is not counted.
/// </summary>
/// <remarks>Reads vacancy summaries, as the stores list them; memory grows with the number of regions. Methods are thread-safe.</remarks>
public static class LateVacancyRegistrations
{
    /// <summary>Returns the instants a period covers in the Netherlands: from the start of its first day to the start of the day after its last.</summary>
    /// <param name="period">The period, both ends included.</param>
    /// <returns>The interval, end exclusive; a store can filter <see cref="VacancySummary.RegisteredAt"/> by it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static Interval InstantsOf(DateInterval period)
    {
        Preconditions.CheckNotNull(period);
        return DutchCalendar.InstantsOf(period);
    }

    /// <summary>Counts the vacancies registered in the period and the late ones, per region.</summary>
    /// <param name="vacancies">The vacancy summaries, read once; those registered outside the period, and duplicates, are ignored.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the sequence holds a null.</exception>
    public static LateRegistrationReport Count(IEnumerable<VacancySummary> vacancies, DateInterval period)
    {
        Preconditions.CheckNotNull(vacancies);
        var accumulator = new Accumulator(period);
        foreach (var vacancy in vacancies)
        {
            accumulator.Add(vacancy);
        }

        return accumulator.ToResult();
    }

    /// <summary>Counts the vacancies registered in the period and the late ones, per region, streaming.</summary>
    /// <param name="vacancies">The vacancy summaries, read once.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The counts.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the sequence holds a null.</exception>
    public static Task<LateRegistrationReport> CountAsync(IAsyncEnumerable<VacancySummary> vacancies, DateInterval period, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(vacancies);
        return CountAsync(vacancies, new Accumulator(period), cancellationToken);
    }

    private static async Task<LateRegistrationReport> CountAsync(IAsyncEnumerable<VacancySummary> vacancies, Accumulator accumulator, CancellationToken cancellationToken)
    {
        await foreach (var vacancy in vacancies.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            accumulator.Add(vacancy);
        }

        return accumulator.ToResult();
    }

    private sealed class Accumulator
    {
        private readonly DateInterval _period;
        private readonly Interval _instants;
        private readonly SortedDictionary<RegionCode, (Tally Registered, Tally Late)> _regions = [];

        internal Accumulator(DateInterval period)
        {
            _period = Preconditions.CheckNotNull(period);
            _instants = InstantsOf(period);
        }

        internal void Add(VacancySummary vacancy)
        {
            if (vacancy is null)
            {
                throw new ArgumentException("The vacancies hold a null.", nameof(vacancy));
            }

            if (vacancy.DuplicatedFrom is not null || !_instants.Contains(vacancy.RegisteredAt))
            {
                return;
            }

            var region = RegionCode.Parse(vacancy.RegionCode);
            // Each vacancy carries its record key into the region's cell keys (the ministry's counts are disclosed too).
            var counts = _regions.GetValueOrDefault(region);
            var one = Tally.One(RecordKey.Of(vacancy.Id));
            _regions[region] = (counts.Registered + one, vacancy.IsRegisteredLate ? counts.Late + one : counts.Late);
        }

        internal LateRegistrationReport ToResult() =>
            new(_period, [.. _regions.Select(pair => new LateRegistrationCount(pair.Key, pair.Value.Registered, pair.Value.Late))]);
    }
}
