namespace Wsp.Sdk.Counting;

/// <summary>
/// The description of a counting definition (telwijze) as shipped: id, version and what it counts, for manifests,
/// documentation and the gateway.
/// </summary>
/// <param name="Id">The stable id and version.</param>
/// <param name="Title">A short English title.</param>
/// <param name="Description">What is counted and how, in one paragraph.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record CountingDefinition(CountingDefinitionId Id, string Title, string Description)
{
    /// <summary>Gets every counting definition the SDK ships.</summary>
    public static IReadOnlyList<CountingDefinition> All { get; } =
    [
        PlacementsFlow.Definition,
        JobAgreementJobs.Definition,
        ExtraJobs.Definition,
        CoverageRatio.Definition,
    ];
}
