using NodaTime;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Placements;

/// <summary>
/// Which placements to list (plaatsingen opvragen), imported and booked, by start date then id: a region and start
/// dates narrow it, and the caller's own regions always do (<see cref="WspClient.ListPlacementsAsync"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record PlacementListing
{
    /// <summary>The page size when none is asked: 100.</summary>
    public const int DefaultPageSize = 100;

    /// <summary>The largest page a store reads at once: 1,000.</summary>
    public const int MaxPageSize = 1_000;

    private readonly int _pageSize = DefaultPageSize;

    /// <summary>Gets the only region to list, or null for every region the caller may read.</summary>
    public RegionCode? Region { get; init; }

    /// <summary>Gets the first start date listed, or null.</summary>
    public LocalDate? StartedOnOrAfter { get; init; }

    /// <summary>Gets the last start date listed, or null.</summary>
    public LocalDate? StartedOnOrBefore { get; init; }

    /// <summary>Gets the page size (<see cref="DefaultPageSize"/> by default, at most <see cref="MaxPageSize"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1…<see cref="MaxPageSize"/>.</exception>
    public int PageSize { get => _pageSize; init => _pageSize = Preconditions.CheckArgumentRange(value, 1, MaxPageSize); }
}
