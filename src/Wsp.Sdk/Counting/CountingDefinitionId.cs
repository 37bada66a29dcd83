using System.Globalization;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The stable id and version of a counting definition (telwijze), written <c>name/version</c>, for example
/// <c>job-agreement-jobs/1</c>. Extracts carry it in their manifest so a figure can always be traced to the exact
/// definition that produced it; a definition that changes what it counts gets a new version.
/// </summary>
/// <remarks>This is an immutable value type and is thread-safe.</remarks>
public readonly record struct CountingDefinitionId
{
    private readonly string? _name;

    /// <summary>Initializes an id.</summary>
    /// <param name="name">The definition's name: lower-case letters and digits in words joined by hyphens.</param>
    /// <param name="version">The version, from 1.</param>
    /// <exception cref="ArgumentException">The name is not of that form or the version is below 1.</exception>
    public CountingDefinitionId(string name, int version)
    {
        Preconditions.CheckNotNullOrWhiteSpace(name);
        Preconditions.CheckArgument(
            name.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-') && name[0] != '-' && name[^1] != '-',
            nameof(name),
            $"'{name}' is not a definition name: lower-case words joined by hyphens.");
        _name = name;
        Version = Preconditions.CheckArgumentRange(version, 1, int.MaxValue);
    }

    /// <summary>Gets the definition's name, for example <c>job-agreement-jobs</c>.</summary>
    public string Name => _name ?? "";

    /// <summary>Gets the version, from 1.</summary>
    public int Version { get; }

    /// <summary>Returns the id as written in manifests: <c>name/version</c>.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => $"{Name}/{Version.ToString(CultureInfo.InvariantCulture)}";
}
