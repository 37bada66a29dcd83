using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// <c>ambition-realisation.csv</c> (H4): per sector (in the table's order) one row per partner column (ambition,
/// realised placements, realised / ambition), then the sector's row with partner <c>TOTAL</c>; then one row per partner
/// with sector <c>TOTAL</c>, the grand total, and a row <c>OUTSIDE_TABLE</c> with the region's placements in sectors or
/// by partners the table does not have (so ambition and realisation reconcile with the flow). For the ministry the
/// realised counts are suppressed (sector × partner); the ambitions are targets and always shown.
/// </summary>
internal static class AmbitionRealisationTable
{
    public const string OutsideTable = "OUTSIDE_TABLE";

    public static readonly string[] Header = ["region_code", "year", "sector_code", "partner", "ambition", "realised", "ratio", "suppressed"];

    public static IEnumerable<IReadOnlyList<string>> Rows(AmbitionRealisationReport report, SmallCountSuppression suppression)
    {
        var region = report.Region.ToString();
        var year = Number(report.Year);
        var counts = new SuppressedCounts(suppression, report.Cells.Select(c => new SuppressionCell(c.SectorCode, c.Partner.ToString(), c.Realised)));
        IReadOnlyList<string> Row(string sector, string partner, int ambition, SuppressedEntry realised, decimal? ratio) =>
            [region, year, sector, partner, Number(ambition), Number(realised.Count), realised.IsSuppressed ? "" : Fraction(ratio), Mark(realised.Suppression)];

        foreach (var sector in report.Cells.Select(c => c.SectorCode).Distinct(StringComparer.Ordinal))
        {
            foreach (var cell in report.Cells.Where(c => c.SectorCode == sector))
            {
                yield return Row(sector, cell.Partner.ToString(), cell.Ambition, counts.Get(sector, cell.Partner.ToString()), cell.Ratio);
            }

            var (ambition, realised) = report.TotalForSector(sector);
            yield return Row(sector, ExtractTables.Total, ambition, counts.Get(sector, null), Ratio(realised, ambition));
        }

        foreach (var partner in report.Partners)
        {
            var (ambition, realised) = report.TotalFor(partner);
            yield return Row(ExtractTables.Total, partner.ToString(), ambition, counts.Get(null, partner.ToString()), Ratio(realised, ambition));
        }

        yield return Row(ExtractTables.Total, ExtractTables.Total, report.TotalAmbition, counts.Get(null, null), Ratio(report.TotalRealised, report.TotalAmbition));

        // One count on its own: withheld when small, like any cell (it adds to no published total).
        var outside = report.OutsideTable > 0 && report.OutsideTable < suppression.Threshold
            ? new SuppressedEntry(OutsideTable, null, null, null, SuppressionKind.SmallCount)
            : new SuppressedEntry(OutsideTable, null, report.OutsideTable, null, SuppressionKind.None);
        yield return [region, year, OutsideTable, "", "", Number(outside.Count), "", Mark(outside.Suppression)];
    }

    private static decimal? Ratio(int realised, int ambition) => ambition == 0 ? null : (decimal)realised / ambition;
}
