using NodaTime;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Placements;

/// <summary>
/// Which placements to list (plaatsingen opvragen), imported and booked, by start date then id: a region and start
/// dates narrow it, and the caller's own regions always do (<see cref="WspClient.ListPlacementsAsync"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PlacementListing
{
    private readonly int _pageSize = PlacementQuery.DefaultPageSize;

    /// <summary>Gets the only region to list, or null for every region the caller may read.</summary>
    public RegionCode? Region { get; init; }

    /// <summary>Gets the first start date listed, or null.</summary>
    public LocalDate? StartedOnOrAfter { get; init; }

    /// <summary>Gets the last start date listed, or null.</summary>
    public LocalDate? StartedOnOrBefore { get; init; }

    /// <summary>Gets the page size (<see cref="PlacementQuery.DefaultPageSize"/> by default, at most <see cref="PlacementQuery.MaxPageSize"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1…<see cref="PlacementQuery.MaxPageSize"/>.</exception>
    public int PageSize { get => _pageSize; init => _pageSize = Preconditions.CheckArgumentRange(value, 1, PlacementQuery.MaxPageSize); }
}
