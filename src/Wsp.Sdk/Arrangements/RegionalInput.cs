using NodaTime;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Arrangements;

/// <summary>A region's input on the concept of an arrangement (rule L2).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RegionalInput
{
    internal RegionalInput(RegionCode region, string input, int onVersion, Instant at)
    {
        Region = region;
        Input = input;
        OnVersion = onVersion;
        At = at;
    }

    /// <summary>Gets the region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets what the region asks for or remarks.</summary>
    public string Input { get; }

    /// <summary>Gets the concept version it responds to.</summary>
    public int OnVersion { get; }

    /// <summary>Gets when it was given.</summary>
    public Instant At { get; }
}
