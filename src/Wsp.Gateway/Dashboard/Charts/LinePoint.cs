namespace Wsp.Gateway.Dashboard.Charts;

/// <summary>One point of a <see cref="LineChart"/>.</summary>
/// <param name="Key">A stable key (data-key), for example an ISO date.</param>
/// <param name="Label">The label under the x axis.</param>
/// <param name="Value">The value.</param>
internal sealed record LinePoint(string Key, string Label, decimal Value);
