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

    /// <summary>
    /// Returns the report with, per arrangement, only the regions <paramref name="keep"/> keeps: a municipality's report
    /// names the standings and placements of its own regions only.
    /// </summary>
    /// <param name="keep">Whether a region stays.</param>
    /// <returns>The narrowed report (this one when every region stays).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keep"/> is null.</exception>
    public ArrangementMonitoringReport Within(Func<Geography.RegionCode, bool> keep)
    {
        Preconditions.CheckNotNull(keep);
        var narrowed = Arrangements.Select(a => a.Within(keep)).ToArray();
        return narrowed.SequenceEqual(Arrangements) ? this : new ArrangementMonitoringReport(Period, narrowed);
    }
}
