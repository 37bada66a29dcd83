using NodaTime;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Arrangements;

/// <summary>A region's decision on a final arrangement (rule L2): joined (ingetekend) or declined, by its contact person (rule L4).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RegionDecision
{
    internal RegionDecision(RegionCode region, bool joined, int version, string decidedBy, Instant at)
    {
        Region = region;
        Joined = joined;
        Version = version;
        DecidedBy = decidedBy;
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
