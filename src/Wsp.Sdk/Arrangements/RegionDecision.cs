using NodaTime;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Arrangements;

/// <summary>A region's decision on a final arrangement (rule L2): joined (ingetekend) or declined, by its contact person (rule L4).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RegionDecision
{
    /// <summary>Initializes a decision; the arrangement records them, stores rebuild them.</summary>
    /// <param name="region">The region.</param>
    /// <param name="joined">Whether the region joined; false when it declined.</param>
    /// <param name="version">The version decided on, from 1.</param>
    /// <param name="decidedBy">The region's contact person who decided.</param>
    /// <param name="at">When it was decided.</param>
    /// <exception cref="ArgumentException">An argument is missing or out of range.</exception>
    public RegionDecision(RegionCode region, bool joined, int version, string decidedBy, Instant at)
    {
        Region = Preconditions.CheckInitialized(region);
        Joined = joined;
        Version = Preconditions.CheckArgumentRange(version, 1, int.MaxValue);
        DecidedBy = Preconditions.CheckNotNullOrWhiteSpace(decidedBy);
        At = at;
    }

    /// <summary>Gets the region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets a value indicating whether the region joined; false when it declined.</summary>
    public bool Joined { get; }

    /// <summary>Gets the version decided on: what the region signed.</summary>
    public int Version { get; }

    /// <summary>Gets the region's contact person who decided.</summary>
    public string DecidedBy { get; }

    /// <summary>Gets when it was decided.</summary>
    public Instant At { get; }
}
