namespace Wsp.Gateway.Dashboard.Charts;

/// <summary>One point of a <see cref="LineChart"/>.</summary>
/// <param name="Key">A stable key (data-key), for example an ISO date.</param>
/// <param name="Label">The label under the x axis.</param>
/// <param name="Value">The value, or withheld (a hollow mark on the axis, the line broken there).</param>
internal sealed record LinePoint(string Key, string Label, ShownCount Value);
