using NodaTime;

namespace Wsp.Sdk.Storage;

/// <summary>
/// One import of figure inputs (invoer van stuurgegevens): which kind, its version (1, 2, … per kind, in the order
/// imported), when it was imported and what from. The inputs an import names replace those of earlier imports for the
/// same key (a region's year for ambitions, a region's date for targets; a baseline as a whole); earlier versions stay
/// stored. Version 0 stands for the example data shipped with the SDK.
/// </summary>
/// <param name="Kind">What the import holds.</param>
/// <param name="Version">The version: 1 for a kind's first import, one more for each next; 0 for the SDK's own data.</param>
/// <param name="ImportedAt">When it was imported (UTC); for the SDK's own data the start of its source's year.</param>
/// <param name="Source">What it was imported from, for example the file's name and SHA-256.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record FigureInputImport(FigureInputKind Kind, int Version, Instant ImportedAt, string Source)
{
    /// <summary>Gets what it was imported from.</summary>
    public string Source { get; init; } = Preconditions.CheckNotNullOrWhiteSpace(Source);

    /// <summary>Gets whether this is the example data shipped with the SDK rather than an import.</summary>
    public bool IsShipped => Version == 0;

    /// <summary>Returns the kind's code, as manifests and GraphQL name it: <c>ambitions</c>, <c>targets</c> or <c>baseline</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The code.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not defined.</exception>
    public static string CodeOf(FigureInputKind kind) => Preconditions.CheckDefined(kind) switch
    {
        FigureInputKind.Ambitions => "ambitions",
        FigureInputKind.Targets => "targets",
        _ => "baseline",
    };
}
