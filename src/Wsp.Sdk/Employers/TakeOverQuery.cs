using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Employers;

/// <summary>
/// Which employer accounts another partner may take over to list (overnamekandidaten, rule H7): those with twelve months
/// without contact, in a region or every region the caller may read (<see cref="WspClient.ListTakeOverCandidatesAsync"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record TakeOverQuery
{
    private readonly int _skip;
    private readonly int _take = 20;

    /// <summary>Gets the only home region to list, or null for every region the caller may read.</summary>
    public RegionCode? Region { get; init; }

    /// <summary>Gets how many accounts to pass over first (0 by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 0.</exception>
    public int Skip { get => _skip; init => _skip = Preconditions.CheckArgumentRange(value, 0, int.MaxValue); }

    /// <summary>Gets the page size (20 by default, at most 1,000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1…1,000.</exception>
    public int Take { get => _take; init => _take = Preconditions.CheckArgumentRange(value, 1, 1_000); }
}
