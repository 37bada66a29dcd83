using System.Globalization;
using System.Text;

namespace Wsp.Gateway.Dashboard.Charts;

/// <summary>
/// A horizontal bar chart as inline SVG: one bar per row with a vertical target marker, the value and target written
/// at the end, optionally a darker part of the bar (a region's share of the whole). A withheld value draws no bar but
/// a mark on the track; a withheld part is not drawn. Styling is by class only (the
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
        // The scale comes from the values shown and the targets only: a withheld count must not set a bar's length.
        var max = Math.Max(1m, rows.Count == 0 ? 1m : rows.Max(r => Math.Max(r.Value.Value ?? 0m, r.Target ?? 0m)));
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
            var y = Html.Coordinate(middle - BarHeight / 2.0);
            var value = row.Value.Value is { } v ? $" data-value=\"{Html.Number(v)}\"" : $" data-withheld=\"{ShownCount.WithheldCode}\"";
            var target = row.Target is { } t ? $" data-target=\"{Html.Number(t)}\"" : "";
            var part = row.Part switch
            {
                { Value: { } p } => $" data-part=\"{Html.Number(p)}\"",
                { IsWithheld: true } => $" data-part-withheld=\"{ShownCount.WithheldCode}\"",
                _ => "",
            };
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"{(row.Value.IsWithheld ? "bar-row withheld" : "bar-row")}\" data-key=\"{Html.Encode(row.Key)}\"{value}{target}{part}>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{LabelWidth - 8}\" y=\"{Html.Coordinate(middle + 4)}\" text-anchor=\"end\"><title>{Html.Encode(row.Label)}</title>{Html.Encode(Shorten(row.Label))}</text>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"track\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{plot}\" height=\"{BarHeight}\"/>");
            if (row.Value.Value is { } length)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{Html.Coordinate(X(length) - LabelWidth)}\" height=\"{BarHeight}\"/>");
            }
            else
            {
                // No bar for a withheld count: the mark, written on the track, says why (the page's legend explains it).
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"withheld\" x=\"{LabelWidth + 6}\" y=\"{Html.Coordinate(middle + 4)}\">{Html.Encode(ShownCount.Mark)}</text>");
            }

            if (row.Part is { Value: { } share })
            {
                svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"bar-part\" x=\"{LabelWidth}\" y=\"{y}\" width=\"{Html.Coordinate(X(share) - LabelWidth)}\" height=\"{BarHeight}\"/>");
            }

            if (row.Target is { } marker)
            {
                var x = Html.Coordinate(X(marker));
                svg.Append(CultureInfo.InvariantCulture, $"<line class=\"target\" x1=\"{x}\" x2=\"{x}\" y1=\"{top + 2}\" y2=\"{top + RowHeight - 2}\"/>");
            }

            var shown = row.Value.Value is { } number ? Html.Number(number) : "withheld";
            var numbers = row.Target is { } goal ? $"{shown} / {Html.Number(goal)}" : shown;
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"value\" x=\"{Width - NumbersWidth + 8}\" y=\"{Html.Coordinate(middle + 4)}\">{Html.Encode(numbers)}</text>");
            svg.Append("</g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>Long labels are cut with an ellipsis so they fit left of the bars; the full label is the text's title.</summary>
    private static string Shorten(string label) => label.Length <= MaxLabel ? label : label[..(MaxLabel - 1)].TrimEnd() + "…";
}
