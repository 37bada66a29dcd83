using System.Diagnostics.CodeAnalysis;

namespace Wsp.Sdk.Geography;

/// <summary>
/// The answer to a lookup by name (zoeken op naam): one match, several candidates, or none. An ambiguous name is
/// never resolved silently: <see cref="Candidates"/> lists every fit so the caller can ask which one is meant.
/// </summary>
/// <typeparam name="T">The kind of thing looked up: <see cref="Municipality"/> or <see cref="LabourMarketRegion"/>.</typeparam>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class NameMatch<T>
    where T : class
{
    private NameMatch(MatchStatus status, IReadOnlyList<T> candidates)
    {
        Status = status;
        Candidates = candidates;
    }

    internal static NameMatch<T> NotFound { get; } = new(MatchStatus.NotFound, []);

    /// <summary>Gets how the lookup ended.</summary>
    public MatchStatus Status { get; }

    /// <summary>Gets every candidate: one when found, two or more when ambiguous, none when not found.</summary>
    public IReadOnlyList<T> Candidates { get; }

    /// <summary>Gets the single match, or null when the lookup was ambiguous or found nothing.</summary>
    public T? Value => Status == MatchStatus.Found ? Candidates[0] : null;

    /// <summary>Gets a value indicating whether exactly one was found.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsFound => Status == MatchStatus.Found;

    internal static NameMatch<T> Of(IReadOnlyList<T> candidates) => candidates.Count switch
    {
        0 => NotFound,
        1 => new(MatchStatus.Found, candidates),
        _ => new(MatchStatus.Ambiguous, candidates),
    };

    /// <inheritdoc />
    public override string ToString() => Status switch
    {
        MatchStatus.Found => $"Found: {Candidates[0]}",
        MatchStatus.Ambiguous => $"Ambiguous: {string.Join(", ", Candidates)}",
        _ => "Not found",
    };
}
