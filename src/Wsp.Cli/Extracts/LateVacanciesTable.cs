using Wsp.Sdk.Disclosure;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// <c>late-vacancies.csv</c> (H10): per region the vacancies registered in the period, those registered more than 24
/// hours after receipt, and the late share; then the <c>TOTAL</c> row. Vacancies are counted like people: for the
/// ministry each count is disclosed by the cell key method and a region is listed only when its registered vacancies
/// are published; a withheld count is empty and marked in <c>suppressed</c>.
/// </summary>
internal static class LateVacanciesTable
{
    public static readonly string[] Header = ["region_code", "registered", "late", "late_share", "suppressed"];

    public static IEnumerable<IReadOnlyList<string>> Rows(DisclosedLateRegistrations report)
    {
        foreach (var region in report.Regions)
        {
            yield return [region.Group.Region.ToString(), Number(region.Registered.Count), Number(region.Late.Count), Fraction(region.LateShare), Mark(Withheld(region.Registered, region.Late))];
        }

        yield return [ExtractTables.Total, Number(report.Registered.Count), Number(report.Late.Count), Fraction(report.LateShare), Mark(Withheld(report.Registered, report.Late))];
    }

    private static SuppressionKind Withheld(SuppressedEntry registered, SuppressedEntry late) =>
        registered.IsSuppressed ? registered.Suppression : late.Suppression;
}
