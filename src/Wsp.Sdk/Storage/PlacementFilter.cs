using NodaTime;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Which placements (plaatsingen) a store streams to a counting definition: narrowing only, so the definition still
/// decides what counts. Every field is optional; an empty filter streams everything.
/// </summary>
/// <param name="Region">Only placements in this labour market region.</param>
/// <param name="StartedOnOrBefore">Only placements that started on or before this date (a stock at that date needs no later ones).</param>
/// <param name="StartedOnOrAfter">Only placements that started on or after this date.</param>
/// <param name="EndedOnOrAfter">Only placements still running or ended on or after this date.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record PlacementFilter(
    RegionCode? Region = null,
    LocalDate? StartedOnOrBefore = null,
    LocalDate? StartedOnOrAfter = null,
    LocalDate? EndedOnOrAfter = null)
{
    /// <summary>Gets the filter that streams every placement.</summary>
    public static PlacementFilter All { get; } = new();

    /// <summary>Returns the filter for a stock at <paramref name="date"/>: started on or before it, not ended before it.</summary>
    /// <param name="date">The measuring date.</param>
    /// <param name="region">Only this region, or null for all.</param>
    /// <returns>The filter.</returns>
    public static PlacementFilter ActiveOn(LocalDate date, RegionCode? region = null) =>
        new(region, StartedOnOrBefore: date, EndedOnOrAfter: date);

    /// <summary>Returns the filter for a flow over <paramref name="period"/>: started in it.</summary>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="region">Only this region, or null for all.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static PlacementFilter StartedIn(DateInterval period, RegionCode? region = null) =>
        new(region, StartedOnOrBefore: Preconditions.CheckNotNull(period).End, StartedOnOrAfter: period.Start);

    /// <summary>Returns whether <paramref name="placement"/> passes the filter; stores that cannot filter natively use this.</summary>
    /// <param name="placement">The placement.</param>
    /// <returns>Whether it passes.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public bool Matches(Placements.Placement placement)
    {
        Preconditions.CheckNotNull(placement);
        return (Region is null || placement.Region.Code == Region)
            && (StartedOnOrBefore is null || placement.Start <= StartedOnOrBefore)
            && (StartedOnOrAfter is null || placement.Start >= StartedOnOrAfter)
            && (EndedOnOrAfter is null || placement.End is null || placement.End >= EndedOnOrAfter);
    }
}
