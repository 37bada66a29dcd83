using System.Globalization;
using System.Text;

namespace Wsp.Gateway.Dashboard.Charts;

/// <summary>A plain HTML table: header cells and rows of text cells, every cell HTML-encoded.</summary>
internal static class HtmlTable
{
    /// <summary>Renders the table.</summary>
    /// <param name="name">The table's name (data-table), for tests and styling.</param>
    /// <param name="caption">The caption.</param>
    /// <param name="headers">The column headers.</param>
    /// <param name="rows">The rows; each as many cells as there are headers.</param>
    /// <param name="empty">The text of the single row shown when there are no rows.</param>
    public static string Render(string name, string caption, IReadOnlyList<string> headers, IReadOnlyList<IReadOnlyList<string>> rows, string empty)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<table data-table=\"{Html.Encode(name)}\"><caption>{Html.Encode(caption)}</caption><thead><tr>");
        foreach (var header in headers)
        {
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\">{Html.Encode(header)}</th>");
        }

        html.Append("</tr></thead><tbody>");
        if (rows.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<tr><td colspan=\"{headers.Count}\">{Html.Encode(empty)}</td></tr>");
        }

        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                html.Append(CultureInfo.InvariantCulture, $"<td>{Html.Encode(cell)}</td>");
            }

            html.Append("</tr>");
        }

        html.Append("</tbody></table>");
        return html.ToString();
    }
}
