using System.Globalization;
using System.Text;

namespace Wsp.Gateway.Dashboard.Charts;

/// <summary>
/// A line chart as inline SVG: points joined by a polyline, a dot per point with its value, and an optional horizontal
/// target line. A withheld point is a hollow mark on the axis with the word "withheld"; the line breaks there. Styling is by class only (the page's CSP allows no style attributes); every text is HTML-encoded.
/// </summary>
internal static class LineChart
{
    private const int Width = 720;
    private const int Height = 260;
    private const int Left = 56;
    private const int Right = 16;
    private const int Top = 20;
    private const int Bottom = 36;

    /// <summary>Renders the chart.</summary>
    /// <param name="chart">The chart's name (data-chart), for tests and styling.</param>
    /// <param name="title">The accessible title.</param>
    /// <param name="points">The points, left to right.</param>
    /// <param name="target">The target line's value and label, or null for none.</param>
    /// <param name="description">What the line and the target mean, for assistive technology (desc); none when null.</param>
    public static string Render(string chart, string title, IReadOnlyList<LinePoint> points, (decimal Value, string Label)? target, string? description = null)
    {
        // The scale comes from the values shown and the target only: a withheld count must not set the axis. A value below
        // zero (extra jobs below the baseline) extends the axis downwards; the x axis stays at zero.
        var max = Math.Max(1m, Math.Max(points.Count == 0 ? 0m : points.Max(p => p.Value.Value ?? 0m), target?.Value ?? 0m)) * 1.1m;
        var min = Math.Min(0m, points.Count == 0 ? 0m : points.Min(p => p.Value.Value ?? 0m)) * 1.1m;
        var plotWidth = Width - Left - Right;
        var plotHeight = Height - Top - Bottom;
        double X(int i) => Left + (points.Count <= 1 ? plotWidth / 2.0 : i * plotWidth / (double)(points.Count - 1));
        double Y(decimal value) => Top + plotHeight - (double)((value - min) / (max - min)) * plotHeight;

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"chart\" data-chart=\"{Html.Encode(chart)}\" viewBox=\"0 0 {Width} {Height}\" width=\"{Width}\" height=\"{Height}\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title>{Html.Encode(title)}</title>");
        if (description is not null)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<desc>{Html.Encode(description)}</desc>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Left}\" y1=\"{Top}\" y2=\"{Top + plotHeight}\"/>");
        var zero = Html.Coordinate(Y(0m));
        svg.Append(CultureInfo.InvariantCulture, $"<line class=\"axis\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{zero}\" y2=\"{zero}\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Html.Coordinate(Y(0m) + 4)}\" text-anchor=\"end\">0</text>");
        if (min < 0m)
        {
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Top + plotHeight + 4}\" text-anchor=\"end\">{Html.Encode(Html.Number(Math.Round(min, 1)))}</text>");
        }

        svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Left - 6}\" y=\"{Top + 4}\" text-anchor=\"end\">{Html.Encode(Html.Number(Math.Round(max, 1)))}</text>");
        if (target is { } goal)
        {
            var y = Html.Coordinate(Y(goal.Value));
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"target-line\" data-target=\"{Html.Number(goal.Value)}\">");
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"target\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y}\" y2=\"{y}\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"target-label\" x=\"{Width - Right}\" y=\"{Html.Coordinate(Y(goal.Value) - 5)}\" text-anchor=\"end\">{Html.Encode(goal.Label)}</text>");
            svg.Append("</g>");
        }

        // The line joins the shown points only: it breaks at a withheld one, so no slope points at its value.
        foreach (var run in Runs(points))
        {
            var line = string.Join(' ', run.Select(i => $"{Html.Coordinate(X(i))},{Html.Coordinate(Y(points[i].Value.Value!.Value))}"));
            svg.Append(CultureInfo.InvariantCulture, $"<polyline class=\"line\" points=\"{line}\"/>");
        }

        for (var i = 0; i < points.Count; i++)
        {
            var point = points[i];
            if (point.Value.Value is { } value)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<g class=\"point\" data-key=\"{Html.Encode(point.Key)}\" data-value=\"{Html.Number(value)}\">");
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"dot\" cx=\"{Html.Coordinate(X(i))}\" cy=\"{Html.Coordinate(Y(value))}\" r=\"3.5\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"point-value\" x=\"{Html.Coordinate(X(i))}\" y=\"{Html.Coordinate(Y(value) - 8)}\" text-anchor=\"middle\">{Html.Encode(Html.Number(Math.Round(value, 1)))}</text>");
            }
            else
            {
                // A withheld point: a hollow mark on the axis and the word, never a height.
                svg.Append(CultureInfo.InvariantCulture, $"<g class=\"point withheld\" data-key=\"{Html.Encode(point.Key)}\" data-withheld=\"{ShownCount.WithheldCode}\">");
                svg.Append(CultureInfo.InvariantCulture, $"<title>{Html.Encode($"{point.Key}: {ShownCount.Mark}")}</title>");
                svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"withheld-dot\" cx=\"{Html.Coordinate(X(i))}\" cy=\"{Html.Coordinate(Y(0m))}\" r=\"3.5\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"withheld\" x=\"{Html.Coordinate(X(i))}\" y=\"{Html.Coordinate(Y(0m) - 8)}\" text-anchor=\"middle\">withheld</text>");
            }

            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"tick\" x=\"{Html.Coordinate(X(i))}\" y=\"{Height - Bottom + 16}\" text-anchor=\"middle\">{Html.Encode(point.Label)}</text>");
            svg.Append("</g>");
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The runs of two or more consecutive shown points, as point indices.</summary>
    private static IEnumerable<List<int>> Runs(IReadOnlyList<LinePoint> points)
    {
        var run = new List<int>();
        for (var i = 0; i <= points.Count; i++)
        {
            if (i < points.Count && !points[i].Value.IsWithheld)
            {
                run.Add(i);
                continue;
            }

            if (run.Count > 1)
            {
                yield return run;
            }

            run = [];
        }
    }
}
