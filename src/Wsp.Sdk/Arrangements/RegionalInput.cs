using NodaTime;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Arrangements;

/// <summary>A region's input on the concept of an arrangement (rule L2).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record RegionalInput
{
    /// <summary>Initializes an input; the arrangement records them, stores rebuild them.</summary>
    /// <param name="region">The region.</param>
    /// <param name="input">What the region asks for or remarks.</param>
    /// <param name="onVersion">The concept version it responds to, from 1.</param>
    /// <param name="at">When it was given.</param>
    /// <exception cref="ArgumentException">An argument is missing or out of range.</exception>
    public RegionalInput(RegionCode region, string input, int onVersion, Instant at)
    {
        Region = Preconditions.CheckInitialized(region);
        Input = Preconditions.CheckNotNullOrWhiteSpace(input);
        OnVersion = Preconditions.CheckArgumentRange(onVersion, 1, int.MaxValue);
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
