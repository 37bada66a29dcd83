using NodaTime;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.JobAgreements;

/// <summary>The job agreement targets (banenafspraak-doelstellingen) shipped with the SDK.</summary>
public static class JobAgreementTargets
{
    private const string Schedule = "Published schedule of the banenafspraak (Sociaal Akkoord 2013)";
    private const string Confirmed = "Banenafspraak targets, confirmed by the sources";

    /// <summary>
    /// Gets the target of WSP Haaglanden (rule H2): 1,400 jobs by the end of 2016, 710 by market employers and 690 by
    /// the government.
    /// </summary>
    public static JobAgreementTarget Haaglanden2016 { get; } =
        new(RegionCode.Parse("AM21"), new LocalDate(2016, 12, 31), 710, 690, true, "Regionaal plan WSP Haaglanden 2015");

    /// <summary>
    /// Gets the national targets (extra jobs, cumulative, end of year) 2015–2025. The sources confirm 2015–2017, 2019,
    /// 2022, 2023 and 2025; the other years follow the published schedule, as <see cref="JobAgreementTarget.ConfirmedBySources"/> says.
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

    /// <summary>Finds the national target for the end of <paramref name="year"/>.</summary>
    /// <param name="year">The year.</param>
    /// <returns>The target, or null outside 2015–2025.</returns>
    public static JobAgreementTarget? NationalFor(int year) => National.FirstOrDefault(t => t.Deadline.Year == year);

    private static JobAgreementTarget Year(int year, int market, int government, bool confirmed) =>
        new(null, new LocalDate(year, 12, 31), market, government, confirmed, confirmed ? Confirmed : Schedule);
}
