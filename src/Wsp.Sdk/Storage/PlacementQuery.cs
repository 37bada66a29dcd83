using NodaTime;
using NodaTime.Text;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Storage;

/// <summary>
/// A list of placements (plaatsingen) read a page at a time (<see cref="IPlacementStore.QueryAsync"/>): imported and
/// booked alike, of some regions and a start-date range, in one stable order, <see cref="Order"/> (oldest start first,
/// then by id, ordinal). A page costs a page: the store reads from where the continuation token points, not the whole
/// list.
/// </summary>
/// <remarks>
/// <para>
/// A continuation token names a position in that order (a start date and an id), so the token after any item of a page is
/// <see cref="ContinuationAfter"/> of that item, on every store; a list that changes between pages neither repeats nor
/// skips the items that stay.
/// </para>
/// <para>This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record PlacementQuery
{
    /// <summary>The page size when none is given.</summary>
    public const int DefaultPageSize = PlacementListing.DefaultPageSize;

    /// <summary>The largest page a store reads at once.</summary>
    public const int MaxPageSize = PlacementListing.MaxPageSize;

    private static readonly LocalDatePattern s_date = LocalDatePattern.Iso;

    private readonly int _pageSize = DefaultPageSize;

    /// <summary>Gets the order of every page: start date, oldest first, then id (ordinal).</summary>
    public static IComparer<Placement> Order { get; } = Comparer<Placement>.Create(static (a, b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start) : string.CompareOrdinal(a.Id, b.Id));

    /// <summary>Gets the regions whose placements are listed (a caller's region scope); null for every region.</summary>
    public IReadOnlyCollection<RegionCode>? Regions { get; init; }

    /// <summary>Gets the first start date listed, or null for no lower bound.</summary>
    public LocalDate? StartedOnOrAfter { get; init; }

    /// <summary>Gets the last start date listed, or null for no upper bound.</summary>
    public LocalDate? StartedOnOrBefore { get; init; }

    /// <summary>Gets how many placements a page holds at most, 1 to <see cref="MaxPageSize"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 1 to <see cref="MaxPageSize"/>.</exception>
    public int PageSize
    {
        get => _pageSize;
        init => _pageSize = Preconditions.CheckArgumentRange(value, 1, MaxPageSize);
    }

    /// <summary>Returns whether <paramref name="placement"/> is in the list (its region and start date); stores that cannot filter natively use this.</summary>
    /// <param name="placement">The placement.</param>
    /// <returns>Whether it is listed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public bool Matches(Placement placement)
    {
        Preconditions.CheckNotNull(placement);
        return (Regions is null || Regions.Contains(placement.Region.Code))
            && (StartedOnOrAfter is null || placement.Start >= StartedOnOrAfter)
            && (StartedOnOrBefore is null || placement.Start <= StartedOnOrBefore);
    }

    /// <summary>Returns the continuation token that reads on after <paramref name="placement"/> in <see cref="Order"/>.</summary>
    /// <param name="placement">Any placement of a page.</param>
    /// <returns>The token.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public static string ContinuationAfter(Placement placement)
    {
        Preconditions.CheckNotNull(placement);
        return s_date.Format(placement.Start) + ":" + placement.Id;
    }

    /// <summary>Reads a continuation token back into the position it names; false when it is no placement token.</summary>
    /// <param name="token">The token, from <see cref="ContinuationAfter"/> or a page.</param>
    /// <param name="start">The start date of the placement the token follows.</param>
    /// <param name="id">The id of that placement.</param>
    /// <returns>Whether <paramref name="token"/> is a placement token.</returns>
    public static bool TryParseContinuation(string? token, out LocalDate start, out string id)
    {
        (start, id) = (default, "");
        var colon = token?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon <= 0 || colon == token!.Length - 1 || s_date.Parse(token[..colon]) is not { Success: true } parsed)
        {
            return false;
        }

        (start, id) = (parsed.Value, token[(colon + 1)..]);
        return true;
    }
}
