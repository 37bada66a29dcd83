using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Tests;

/// <summary>
/// Reads the ministry's dashboard page (its SVG and table text) and compares every count of people on it with the SDK's
/// suppressed figure over the same store (<see cref="FigureDisclosure"/>, the cell key method, as GraphQL and
/// <c>wsp extract … --for ministry</c>): a published count is on the page as the figure publishes it, a withheld one only
/// as its mark, never as a number, a bar's length or a point's height.
/// </summary>
internal static partial class DashboardSuppressedPage
{
    private static readonly FigureDisclosure s_ministry = FigureDisclosure.CellKey();

    /// <summary>Realisation against ambition by sector (H4): bars = sector totals, table = cells, sector, partner and grand totals.</summary>
    public static async Task<DisclosedFigure<AmbitionRealisationReport, AmbitionCell>> AssertAmbitionAsync(string html, IWspStore store)
    {
        var table = PlacementAmbitions.Haaglanden2015;
        var report = await AmbitionRealisation.ComputeAsync(table, store.Placements.StreamAsync(PlacementFilter.All));
        var figure = s_ministry.Disclose(report).Table;
        var sectors = report.Cells.Select(c => c.SectorCode).Distinct().ToArray();

        var bars = Bars(html, "ambition");
        Assert.Equal(sectors, bars.Keys);
        foreach (var (sector, bar) in bars)
        {
            AssertBar(figure.RowTotal(sector), bar);
            Assert.Equal(report.TotalForSector(sector).Ambition, bar.Target);
        }

        var expected = sectors.Select(sector =>
        {
            var total = figure.RowTotal(sector);
            var ambition = report.TotalForSector(sector).Ambition;
            return (IReadOnlyList<string>)[
                table.Classification.Find(sector)?.Name ?? sector,
                .. report.Partners.Select(p => $"{Text(Cell(figure, sector, p.ToString()))} / {report.Cells.Single(c => c.SectorCode == sector && c.Partner == p).Ambition}"),
                $"{Text(total)} / {ambition}",
                Share(total, ambition),
            ];
        }).Append([
            "All sectors",
            .. report.Partners.Select(p => $"{Text(figure.ColumnTotal(p.ToString()))} / {report.TotalFor(p).Ambition}"),
            $"{Text(figure.Total)} / {report.TotalAmbition}",
            Share(figure.Total, report.TotalAmbition),
        ]);
        Assert.Equal(expected, TableRows(html, "ambition"));

        var outside = s_ministry.Disclose(report).OutsideTable;
        Assert.Contains(outside.IsSuppressed ? $"data-outside-table-withheld=\"{Code(outside.Suppression)}\"" : $"data-outside-table=\"{outside.Count}\"", html, StringComparison.Ordinal);
        Assert.Contains($"outside the table: {WebUtility.HtmlEncode(Text(outside))}.", html, StringComparison.Ordinal);
        return figure;
    }

    /// <summary>Job-agreement jobs at each month end of <paramref name="year"/> (H2): the stock's grand total per date.</summary>
    public static async Task<IReadOnlyList<SuppressedEntry>> AssertJobsAsync(string html, IWspStore store, RegionCode region, int year)
    {
        var dates = Enumerable.Range(1, 12).Select(month => new LocalDate(year, month, 1).PlusMonths(1).PlusDays(-1)).ToArray();
        var stocks = await new ManagementInformationReader(store).JobAgreementJobsAtAsync(dates, [region]);
        var totals = stocks.Select(s => s_ministry.Disclose(s).Total).ToArray();

        var points = Points(html, "job-agreement");
        var rows = TableRows(html, "job-agreement");
        Assert.Equal(dates.Length, points.Count);
        for (var i = 0; i < dates.Length; i++)
        {
            var key = dates[i].ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
            var total = totals[i];
            var jobs = total.IsSuppressed ? null : (decimal?)Math.Round(Sdk.JobAgreements.JobAgreement.ToJobs(total.Measure!.Value), 2);
            Assert.Equal((jobs, total.IsSuppressed ? Code(total.Suppression) : null), points[key]);
            Assert.Equal([key, total.IsSuppressed ? Mark(total.Suppression) : jobs!.Value.ToString("0.##", CultureInfo.InvariantCulture), Text(total)], rows[i]);
        }

        return totals;
    }

    /// <summary>Placements per arrangement per region in <paramref name="year"/> (L5): bars = row totals with this region's cell as the part, table = cells and row totals.</summary>
    public static async Task<DisclosedFigure<ArrangementMonitoringReport, ArrangementRegionResult>> AssertMonitoringAsync(string html, IWspStore store, RegionCode region, int year)
    {
        var period = new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        var arrangements = await store.Arrangements.ListAsync(ArrangementFilter.All);
        var report = await ArrangementMonitoring.ComputeAsync(arrangements, store.Placements.StreamAsync(PlacementFilter.StartedIn(period)), period);
        var figure = s_ministry.Disclose(report);

        var bars = Bars(html, "arrangement-monitoring");
        var expected = new List<IReadOnlyList<string>>();
        foreach (var result in report.Arrangements)
        {
            var total = figure.RowTotal(result.ArrangementId);
            AssertBar(total, bars[result.ArrangementId]);
            Assert.Equal(result.JobOpportunities, bars[result.ArrangementId].Target);
            var here = figure.Groups.SingleOrDefault(g => g.Group == result.Regions.SingleOrDefault(r => r.Region == region));
            Assert.Equal(here is { IsSuppressed: true } ? Code(here.Suppression) : null, bars[result.ArrangementId].PartWithheld);
            Assert.Equal(here is null ? 0m : here.IsSuppressed ? null : here.Count, bars[result.ArrangementId].Part);

            var label = $"{result.EmployerName} ({result.ArrangementId})";
            var opportunities = result.JobOpportunities.ToString(CultureInfo.InvariantCulture);
            foreach (var cell in figure.Groups.Where(g => result.Regions.Contains(g.Group)))
            {
                var entry = new SuppressedEntry(cell.Row, cell.Column, cell.Count, cell.Measure, cell.Suppression);
                expected.Add([label, result.Status.ToString(), opportunities, $"{Gazetteer.Default.GetRegion(cell.Group.Region).Name} ({cell.Group.Region})", cell.Group.Participation?.ToString() ?? "not asked", cell.Group.SignedVersion?.ToString(CultureInfo.InvariantCulture) ?? "–", Text(entry), Share(entry, result.JobOpportunities)]);
            }

            expected.Add([label, result.Status.ToString(), opportunities, "All regions", "", "", Text(total), Share(total, result.JobOpportunities)]);
        }

        Assert.Equal(expected, TableRows(html, "arrangement-monitoring"));
        return figure;
    }

    /// <summary>A bar as drawn: its value or why it is withheld, its target, its part or why that is withheld, and its element.</summary>
    public sealed record Bar(decimal? Value, string? Withheld, decimal Target, decimal? Part, string? PartWithheld, string Element);

    public static Dictionary<string, Bar> Bars(string html, string chart) =>
        BarRow().Matches(Chart(html, chart)).ToDictionary(
            m => m.Groups["key"].Value,
            m => new Bar(
                Number(m.Groups["value"]),
                m.Groups["withheld"].Success ? m.Groups["withheld"].Value : null,
                decimal.Parse(m.Groups["target"].Value, CultureInfo.InvariantCulture),
                Number(m.Groups["part"]),
                m.Groups["partwithheld"].Success ? m.Groups["partwithheld"].Value : null,
                m.Value));

    public static Dictionary<string, (decimal? Value, string? Withheld)> Points(string html, string chart) =>
        Point().Matches(Chart(html, chart)).ToDictionary(
            m => m.Groups["key"].Value,
            m => (Number(m.Groups["value"]), m.Groups["withheld"].Success ? m.Groups["withheld"].Value : null));

    /// <summary>A table's body rows, each cell's text decoded.</summary>
    public static List<IReadOnlyList<string>> TableRows(string html, string table)
    {
        var body = Regex.Match(html, $"<table data-table=\"{table}\">.*?<tbody>(?<body>.*?)</tbody>", RegexOptions.Singleline);
        Assert.True(body.Success, $"No {table} table on the page.");
        return [.. Regex.Matches(body.Groups["body"].Value, "<tr>(?<row>.*?)</tr>", RegexOptions.Singleline)
            .Select(row => (IReadOnlyList<string>)[.. Regex.Matches(row.Groups["row"].Value, "<td>(?<cell>.*?)</td>", RegexOptions.Singleline).Select(c => WebUtility.HtmlDecode(c.Groups["cell"].Value))])];
    }

    public static string Chart(string html, string chart)
    {
        var match = Regex.Match(html, $"<svg [^>]*data-chart=\"{chart}\".*?</svg>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No {chart} chart on the page.");
        return match.Value;
    }

    /// <summary>GraphQL's name of a reason to withhold.</summary>
    public static string Code(SuppressionKind kind) => kind == SuppressionKind.SmallCount ? "SMALL_COUNT" : "NONE";

    /// <summary>The page's mark for a withheld count.</summary>
    public static string Mark(SuppressionKind kind) => kind == SuppressionKind.SmallCount ? "withheld (< 5)" : "";

    private static SuppressedEntry Cell(DisclosedFigure<AmbitionRealisationReport, AmbitionCell> figure, string row, string column) =>
        figure.Groups.Where(g => g.Row == row && g.Column == column).Select(g => new SuppressedEntry(g.Row, g.Column, g.Count, g.Measure, g.Suppression)).Single();

    private static string Text(SuppressedEntry entry) => entry.IsSuppressed ? Mark(entry.Suppression) : entry.Count!.Value.ToString(CultureInfo.InvariantCulture);

    private static string Share(SuppressedEntry entry, int target) =>
        entry.IsSuppressed ? Mark(entry.Suppression) : target == 0 ? "–" : (entry.Count!.Value * 100m / target).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static void AssertBar(SuppressedEntry expected, Bar bar)
    {
        Assert.Equal(expected.IsSuppressed ? ((decimal?)null, Code(expected.Suppression)) : (expected.Count, (string?)null), (bar.Value, bar.Withheld));
        if (expected.IsSuppressed)
        {
            // No length, no number: only the mark.
            Assert.DoesNotContain("<rect class=\"bar\"", bar.Element, StringComparison.Ordinal);
            Assert.Contains(WebUtility.HtmlEncode(Mark(expected.Suppression)), bar.Element, StringComparison.Ordinal);
        }
    }

    private static decimal? Number(Group group) => group.Success ? decimal.Parse(group.Value, CultureInfo.InvariantCulture) : null;

    [GeneratedRegex("<g class=\"bar-row(?: withheld)?\" data-key=\"(?<key>[^\"]+)\" (?:data-value=\"(?<value>[0-9.]+)\"|data-withheld=\"(?<withheld>[A-Z_]+)\") data-target=\"(?<target>[0-9.]+)\"(?: data-part=\"(?<part>[0-9.]+)\"| data-part-withheld=\"(?<partwithheld>[A-Z_]+)\")?>.*?</g>", RegexOptions.Singleline)]
    private static partial Regex BarRow();

    [GeneratedRegex("<g class=\"point(?: withheld)?\" data-key=\"(?<key>[^\"]+)\" (?:data-value=\"(?<value>[0-9.]+)\"|data-withheld=\"(?<withheld>[A-Z_]+)\")>")]
    private static partial Regex Point();
}
