using Wsp.Sdk.Disclosure;
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

    public static IEnumerable<IReadOnlyList<string>> Rows(DisclosedAmbitionRealisation realisation)
    {
        var (figure, report) = (realisation.Table, realisation.Table.Result);
        var region = report.Region.ToString();
        var year = Number(report.Year);
        IReadOnlyList<string> Row(string sector, string partner, int ambition, int? realised, SuppressionKind kind, decimal? ratio) =>
            [region, year, sector, partner, Number(ambition), Number(realised), kind == SuppressionKind.None ? Fraction(ratio) : "", Mark(kind)];
        IReadOnlyList<string> Total(string sector, string partner, int ambition, SuppressedEntry realised, decimal? ratio) =>
            Row(sector, partner, ambition, realised.Count, realised.Suppression, ratio);

        foreach (var sector in figure.Groups.GroupBy(g => g.Row, StringComparer.Ordinal))
        {
            foreach (var cell in sector)
            {
                yield return Row(sector.Key, cell.Column, cell.Group.Ambition, cell.Count, cell.Suppression, cell.Group.Ratio);
            }

            yield return Total(sector.Key, ExtractTables.Total, report.TotalForSector(sector.Key).Ambition, figure.RowTotal(sector.Key), report.RatioForSector(sector.Key));
        }

        foreach (var partner in report.Partners)
        {
            yield return Total(ExtractTables.Total, partner.ToString(), report.TotalFor(partner).Ambition, figure.ColumnTotal(partner.ToString()), report.RatioFor(partner));
        }

        yield return Total(ExtractTables.Total, ExtractTables.Total, report.TotalAmbition, figure.Total, report.TotalRatio);

        var outside = realisation.OutsideTable;
        yield return [region, year, OutsideTable, "", "", Number(outside.Count), "", Mark(outside.Suppression)];
    }
}
