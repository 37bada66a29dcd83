using System.Globalization;
using System.Text;

namespace Wsp.Gateway.Dashboard.Charts;

/// <summary>
/// A horizontal bar chart as inline SVG: one bar per row with a vertical target marker, the value and target written
/// at the end, optionally a darker part of the bar (a region's share of the whole). Styling is by class only (the
/// page's CSP allows no style attributes); every text is HTML-encoded; the title and description make it accessible.
/// </summary>
internal static class HorizontalBarChart
{
    private const int Width = 760;
    private const int MaxLabel = 38;
    private const int LabelWidth = 270;
    private const int NumbersWidth = 110;
    private const int RowHeight = 26;
    private const int BarHeight = 16;

    /// <summary>Renders the chart.</summary>
    /// <param name="chart">The chart's name (data-chart), for tests and styling.</param>
    /// <param name="title">The accessible title.</param>
    /// <param name="rows">The rows, top to bottom.</param>
    /// <param name="description">What the bars, markers and parts mean, for assistive technology (desc); none when null.</param>
    public static string Render(string chart, string title, IReadOnlyList<BarRow> rows, string? description = null)
    {
        var height = Math.Max(1, rows.Count) * RowHeight + 8;
        var max = Math.Max(1m, rows.Count == 0 ? 1m : rows.Max(r => Math.Max(r.Value, r.Target ?? 0m)));
        var plot = Width - LabelWidth - NumbersWidth;
        double X(decimal value) => LabelWidth + (double)(value / max) * plot;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" data-chart=\"{Html.Encode(chart)}\" viewBox=\"0 0 {Width} {height}\" width=\"{Width}\" height=\"{height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Html.Encode(title)}</title>");
        if (description is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<desc>{Html.Encode(description)}</desc>");
        }

        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            var top = 4 + i * RowHeight;
            var middle = top + RowHeight / 2.0;
            var target = row.Target is { } t ? $" data-target=\"{Html.Number(t)}\"" : "";
            var part = row.Part is { } p ? $" data-part=\"{Html.Number(p)}\"" : "";
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"bar-row\" data-key=\"{Html.Encode(row.Key)}\" data-value=\"{Html.Number(row.Value)}\"{target}{part}>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{LabelWidth - 8}\" y=\"{Html.Coordinate(middle + 4)}\" text-anchor=\"end\"><title>{Html.Encode(row.Label)}</title>{Html.Encode(Shorten(row.Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"track\" x=\"{LabelWidth}\" y=\"{Html.Coordinate(middle - BarHeight / 2.0)}\" width=\"{plot}\" height=\"{BarHeight}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{Html.Coordinate(middle - BarHeight / 2.0)}\" width=\"{Html.Coordinate(X(row.Value) - LabelWidth)}\" height=\"{BarHeight}\"/>");
            if (row.Part is { } share)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar-part\" x=\"{LabelWidth}\" y=\"{Html.Coordinate(middle - BarHeight / 2.0)}\" width=\"{Html.Coordinate(X(share) - LabelWidth)}\" height=\"{BarHeight}\"/>");
            }

            if (row.Target is { } marker)
            {
                var x = Html.Coordinate(X(marker));
                svg.Append(CultureInfo.InvariantCulture, $"<line class=\"target\" x1=\"{x}\" x2=\"{x}\" y1=\"{top + 2}\" y2=\"{top + RowHeight - 2}\"/>");
            }

            var numbers = row.Target is { } goal ? $"{Html.Number(row.Value)} / {Html.Number(goal)}" : Html.Number(row.Value);
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{Width - NumbersWidth + 8}\" y=\"{Html.Coordinate(middle + 4)}\">{Html.Encode(numbers)}</text>");
            svg.Append("</g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Long labels are cut with an ellipsis so they fit left of the bars; the full label is the text's title.</summary>
    private static string Shorten(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)].TrimEnd() + "…";
}
