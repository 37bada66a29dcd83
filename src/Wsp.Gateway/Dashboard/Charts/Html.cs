using System.Globalization;
using System.Text.Encodings.Web;

namespace Wsp.Gateway.Dashboard.Charts;

/// <summary>Encodes text and formats numbers for the dashboard's HTML and SVG: everything on the page goes through here.</summary>
internal static class Html
{
    /// <summary>Encodes text for an element's content or a quoted attribute value.</summary>
    public static string Encode(string? text) => HtmlEncoder.Default.Encode(text ?? "");

    /// <summary>A number as the page shows it and as data attributes carry it: invariant, at most two decimals.</summary>
    public static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A coordinate in SVG user units: invariant, one decimal.</summary>
    public static string Coordinate(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>A share as a percentage, or an en dash when there is none.</summary>
    public static string Percent(decimal? share) => share is { } s ? (s * 100m).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "–";
}
