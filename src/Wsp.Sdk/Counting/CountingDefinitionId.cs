using System.Globalization;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The stable id and version of a counting definition (telwijze), written <c>name/version</c>, for example
/// <c>job-agreement-jobs/1</c>. Extracts carry it in their manifest so a figure can always be traced to the exact
/// definition that produced it; a definition that changes what it counts gets a new version.
/// </summary>
/// <param name="Name">The definition's name, lower-case words joined by hyphens.</param>
/// <param name="Version">The version, from 1.</param>
/// <remarks>This is an immutable value type and is thread-safe.</remarks>
public readonly record struct CountingDefinitionId(string Name, int Version)
{
    /// <summary>Returns the id as written in manifests: <c>name/version</c>.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => $"{Name}/{Version.ToString(CultureInfo.InvariantCulture)}";
}
