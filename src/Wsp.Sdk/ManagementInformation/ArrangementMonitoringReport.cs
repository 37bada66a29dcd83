using NodaTime;
using Wsp.Sdk.Counting;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>The monitoring of national arrangements over a period (rule L5): figure <c>arrangement-monitoring/1</c>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ArrangementMonitoringReport
{
    internal ArrangementMonitoringReport(DateInterval period, IReadOnlyList<ArrangementResult> arrangements)
    {
        Period = period;
        Arrangements = arrangements;
    }

    /// <summary>Gets the figure's id.</summary>
    public CountingDefinitionId Figure { get; } = ManagementFigures.ArrangementMonitoring.Id;

    /// <summary>Gets the counting definition the placements come from.</summary>
    public CountingDefinitionId Definition { get; } = PlacementsFlow.Definition.Id;

    /// <summary>Gets the period, both ends included.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets one result per arrangement, ordered by id.</summary>
    public IReadOnlyList<ArrangementResult> Arrangements { get; }
}
