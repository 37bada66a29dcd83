using Wsp.Sdk.ManagementInformation;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// <c>late-vacancies.csv</c> (H10): per region the vacancies registered in the period, those registered more than 24
/// hours after receipt, and the late share; then the <c>TOTAL</c> row. Never suppressed, also not for the ministry:
/// it counts vacancies (an employer's request for staff), not people.
/// </summary>
internal static class LateVacanciesTable
{
    public static readonly string[] Header = ["region_code", "registered", "late", "late_share"];

    public static IEnumerable<IReadOnlyList<string>> Rows(LateRegistrationReport report)
    {
        foreach (var region in report.Regions)
        {
            yield return [region.Region.ToString(), Number(region.Registered), Number(region.Late), Fraction(region.LateShare)];
        }

        yield return [ExtractTables.Total, Number(report.Registered), Number(report.Late), Fraction(report.LateShare)];
    }
}
