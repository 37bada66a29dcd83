using NodaTime;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.JobAgreements;

/// <summary>The job agreement targets (banenafspraak-doelstellingen) shipped with the SDK.</summary>
public static class JobAgreementTargets
{
    private const string Schedule = "Published schedule of the banenafspraak (Sociaal Akkoord 2013)";
    private const string Confirmed = "Banenafspraak targets, confirmed by the sources";
    private const string Continued =
        "The banenafspraak's target of 125,000 extra jobs (100,000 market, 25,000 government), reached on the schedule at the end of 2025, continues after 2025; no later schedule is published, so the 2025 figures are carried forward";

    /// <summary>The last year of the published schedule (end 2025: 100,000 + 25,000).</summary>
    public const int LastScheduledYear = 2025;

    /// <summary>
    /// Gets the target of WSP Haaglanden (rule H2): 1,400 jobs by the end of 2016, 710 by market employers and 690 by
    /// the government.
    /// </summary>
    public static JobAgreementTarget Haaglanden2016 { get; } =
        new(RegionCode.Parse("AM21"), new LocalDate(2016, 12, 31), 710, 690, true, "Regionaal plan WSP Haaglanden 2015");

    /// <summary>
    /// Gets the national targets of the published schedule (extra jobs, cumulative, end of year) 2015–2025. The sources
    /// confirm 2015–2017, 2019, 2022, 2023 and 2025; the other years follow the published schedule, as
    /// <see cref="JobAgreementTarget.ConfirmedBySources"/> says. Later years carry the 2025 target forward
    /// (<see cref="NationalFor"/>).
    /// </summary>
    public static IReadOnlyList<JobAgreementTarget> National { get; } =
    [
        Year(2015, 6_000, 3_000, true),
        Year(2016, 14_000, 6_500, true),
        Year(2017, 23_000, 10_000, true),
        Year(2018, 31_000, 12_500, false),
        Year(2019, 40_000, 15_000, true),
        Year(2020, 50_000, 17_500, false),
        Year(2021, 60_000, 20_000, false),
        Year(2022, 70_000, 22_500, true),
        Year(2023, 80_000, 25_000, true),
        Year(2024, 90_000, 25_000, false),
        Year(2025, 100_000, 25_000, true),
    ];

    /// <summary>
    /// Finds the national target for the end of <paramref name="year"/>: the schedule's for 2015–2025; after 2025 the
    /// 125,000 of end 2025 continues (DESIGN.md, Counting), dated at the end of that year, not confirmed by sources, with
    /// <see cref="JobAgreementTarget.CarriedForwardFrom"/> and its source saying so.
    /// </summary>
    /// <param name="year">The year.</param>
    /// <returns>The target, or null before 2015 (the banenafspraak's first target year).</returns>
    public static JobAgreementTarget? NationalFor(int year)
    {
        if (year <= LastScheduledYear)
        {
            return National.FirstOrDefault(t => t.Deadline.Year == year);
        }

        var last = National[^1];
        return new JobAgreementTarget(null, new LocalDate(Preconditions.CheckArgumentRange(year, LastScheduledYear + 1, 9999), 12, 31), last.Market, last.Government, confirmedBySources: false, Continued)
        {
            CarriedForwardFrom = last.Deadline,
        };
    }

    /// <summary>Lists the national targets of every year from 2015 up to <paramref name="lastYear"/>, those after 2025 carried forward.</summary>
    /// <param name="lastYear">The last year wanted; a year before 2025 gives the schedule up to it.</param>
    /// <returns>One target per year, in year order.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lastYear"/> is after 9999.</exception>
    public static IReadOnlyList<JobAgreementTarget> NationalThrough(int lastYear)
    {
        Preconditions.CheckArgumentRange(lastYear, int.MinValue, 9999);
        return [.. Enumerable.Range(2015, Math.Max(0, lastYear - 2014)).Select(y => NationalFor(y)!)];
    }

    private static JobAgreementTarget Year(int year, int market, int government, bool confirmed) =>
        new(null, new LocalDate(year, 12, 31), market, government, confirmed, confirmed ? Confirmed : Schedule);
}
