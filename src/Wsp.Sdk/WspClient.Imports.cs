using Wsp.Sdk.Interchange;

namespace Wsp.Sdk;

/// <summary>Imports of partners' placement files (plaatsingen inlezen).</summary>
public partial class WspClient
{
    /// <summary>
    /// Imports a Placements CSV v1 file as one unit: every row is parsed and checked (the columns, H15, rule L2 against
    /// the arrangements read once, and ids unique in the file and in the store), and the placements are written only when
    /// every row is good — all or nothing, idempotent by <paramref name="importId"/>. A bad file is no exception: the
    /// outcome names every error, with its line, column, value, reason and rule.
    /// </summary>
    /// <remarks>
    /// The SDK reads no files: the caller reads the file with a CSV library and hands over its records. They are read
    /// once, while the store writes (uncommitted) what is good so far; only when the file gives a placement id twice are
    /// they read a second time, up to the last such line, to name the line the id is first given on — an async iterator
    /// over the file does that by itself. No id of the file is held in memory: the ids already stored are looked up a
    /// batch at a time and the file's own repeats are found by the store's uniqueness, so the memory does not grow with
    /// the file. Cancelling leaves nothing written.
    /// </remarks>
    /// <param name="importId">The import's id, for example <c>sha256:</c> and the SHA-256 of the file: importing it again writes nothing.</param>
    /// <param name="rows">The file's records, the header (line 1) first.</param>
    /// <param name="cancellationToken">Stops the import; nothing is left written.</param>
    /// <returns>Imported, imported before (nothing read beyond the header), or refused with every error.</returns>
    /// <exception cref="ArgumentException"><paramref name="importId"/> is null or blank, or <paramref name="rows"/> is null.</exception>
    /// <exception cref="AccessDeniedException">The caller may not import placements (only the store's operator, <see cref="Partners.PartnerIdentity.CanImportPlacements"/>).</exception>
    /// <exception cref="Storage.StoreException">The store failed (for example <see cref="Storage.StoreErrorCode.Unavailable"/>); nothing is written.</exception>
    public virtual Task<PlacementImportOutcome> ImportPlacementsAsync(string importId, IAsyncEnumerable<CsvRecord> rows, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(importId);
        Preconditions.CheckNotNull(rows);
        if (!Caller.CanImportPlacements)
        {
            throw new AccessDeniedException(Caller, "import placements", "placement files from partners' own systems are imported by the store's operator, through the wsp tool");
        }

        return PlacementsCsvImport.RunAsync(_store, PlacementsCsvV1.Default, importId, rows, cancellationToken);
    }
}
