namespace Wsp.Gateway.Dashboard.Charts;

/// <summary>One bar of a <see cref="HorizontalBarChart"/>: a value against an optional target.</summary>
/// <param name="Key">A stable key for the row (data-key), for example a sector code.</param>
/// <param name="Label">The label shown left of the bar.</param>
/// <param name="Value">The bar's length, or withheld (no bar, a mark instead).</param>
/// <param name="Target">Where the target marker stands, or null for none.</param>
/// <param name="Part">A part of the value drawn darker from the bar's start (data-part), for example one region's share, or withheld (not drawn); null for none.</param>
internal sealed record BarRow(string Key, string Label, ShownCount Value, decimal? Target, ShownCount? Part = null);
