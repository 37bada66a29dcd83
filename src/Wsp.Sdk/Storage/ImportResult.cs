namespace Wsp.Sdk.Storage;

/// <summary>What an import of placements did.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ImportResult
{
    /// <summary>Initializes a result.</summary>
    /// <param name="importId">The import's id.</param>
    /// <param name="placements">The placements written; 0 when the import was done before.</param>
    /// <param name="alreadyImported">Whether the import id was imported before, so nothing was written.</param>
    /// <exception cref="ArgumentException">The id is missing or the count negative.</exception>
    public ImportResult(string importId, int placements, bool alreadyImported)
    {
        ImportId = Preconditions.CheckNotNullOrWhiteSpace(importId);
        Placements = Preconditions.CheckArgumentRange(placements, 0, int.MaxValue);
        AlreadyImported = alreadyImported;
    }

    /// <summary>Gets the import's id.</summary>
    public string ImportId { get; }

    /// <summary>Gets the placements written; 0 when the import was done before.</summary>
    public int Placements { get; }

    /// <summary>Gets a value indicating whether the import id was imported before, so nothing was written.</summary>
    public bool AlreadyImported { get; }
}
