using System.Globalization;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// A region scope (the regions a caller may read) as SQL over an integer region column. Region numbers are written as
/// literals: they are numbers of checked <see cref="RegionCode"/>s, never text from a caller, and a literal list lets
/// SQLite plan the IN like any constant.
/// </summary>
internal static class RegionScope
{
    /// <summary>
    /// Returns <c> AND column IN (…)</c> for a scope, nothing for every region (null); an empty scope matches no row.
    /// </summary>
    public static string And(IReadOnlyCollection<RegionCode>? regions, string column = "region")
    {
        if (regions is null)
        {
            return "";
        }

        return regions.Count == 0
            ? " AND 0"
            : $" AND {column} IN ({string.Join(", ", regions.Select(r => r.Number.ToString(CultureInfo.InvariantCulture)))})";
    }
}
