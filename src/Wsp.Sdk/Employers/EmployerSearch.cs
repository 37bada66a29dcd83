using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Employers;

/// <summary>
/// An employer search (werkgever zoeken) before registering one (rule H8) or to find one to work with: by name, KvK
/// number or postcode (<see cref="EmployerSearchTerm"/>), in the regions the caller may read, by name then id
/// (<see cref="WspClient.SearchEmployersAsync"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record EmployerSearch
{
    private readonly int _skip;
    private readonly int _take = 20;

    /// <summary>Initializes a search.</summary>
    /// <param name="text">What the partner typed: a name, a KvK number or a postcode.</param>
    /// <exception cref="ArgumentException">The text holds nothing to look for.</exception>
    public EmployerSearch(string text) => Term = EmployerSearchTerm.Parse(text);

    /// <summary>Gets what is looked for.</summary>
    public EmployerSearchTerm Term { get; }

    /// <summary>Gets the only home region to search, or null for every region the caller may read.</summary>
    public RegionCode? Region { get; init; }

    /// <summary>Gets how many accounts to pass over first (0 by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 0.</exception>
    public int Skip { get => _skip; init => _skip = Preconditions.CheckArgumentRange(value, 0, int.MaxValue); }

    /// <summary>Gets the page size (20 by default, at most 1,000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1…1,000.</exception>
    public int Take { get => _take; init => _take = Preconditions.CheckArgumentRange(value, 1, 1_000); }
}
