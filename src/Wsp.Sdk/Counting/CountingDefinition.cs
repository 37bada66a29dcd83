namespace Wsp.Sdk.Counting;

/// <summary>
/// The description of a counting definition (telwijze) as shipped: id, version and what it counts, for manifests,
/// documentation and the gateway.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CountingDefinition
{
    /// <summary>Initializes a description.</summary>
    /// <param name="id">The stable id and version.</param>
    /// <param name="title">A short English title.</param>
    /// <param name="description">What is counted and how, in one paragraph.</param>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    public CountingDefinition(CountingDefinitionId id, string title, string description)
    {
        Id = Preconditions.CheckInitialized(id);
        Title = Preconditions.CheckNotNullOrWhiteSpace(title);
        Description = Preconditions.CheckNotNullOrWhiteSpace(description);
    }

    /// <summary>Gets every counting definition the SDK ships.</summary>
    public static IReadOnlyList<CountingDefinition> All { get; } =
    [
        PlacementsFlow.Definition,
        JobAgreementJobs.Definition,
        ExtraJobs.Definition,
        CoverageRatio.Definition,
        PlacementDurability.Definition,
    ];

    /// <summary>Gets the stable id and version.</summary>
    public CountingDefinitionId Id { get; }

    /// <summary>Gets a short English title.</summary>
    public string Title { get; }

    /// <summary>Gets what is counted and how.</summary>
    public string Description { get; }
}
