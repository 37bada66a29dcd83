using Wsp.Sdk.Arrangements;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Stores the organisation of the national employer desk (Landelijk WSP Gemeenten, rule L4): one document with the
/// one contact person per region and the advisors with their sectors and adoption regions, guarded by its ETag. Which
/// advisor manages which arrangement is on the arrangement (<see cref="IArrangementStore"/>).
/// </summary>
/// <remarks>
/// One contact per region is kept by the store as well as by <see cref="NationalDesk"/>: the contacts are keyed by
/// region (a unique key in the SQLite file), and two writers that change the desk from the same version cannot both
/// win (the second gets <see cref="StoreErrorCode.Conflict"/>).
/// </remarks>
public interface INationalDeskStore
{
    /// <summary>Reads the desk's organisation.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The desk with its version, or null when it was never written.</returns>
    Task<Versioned<NationalDesk>?> FindAsync(CancellationToken cancellationToken = default);

    /// <summary>Writes the desk's organisation for the first time.</summary>
    /// <param name="desk">The desk.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The desk with its first version.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.AlreadyExists"/>: it was written before.</exception>
    Task<Versioned<NationalDesk>> InsertAsync(NationalDesk desk, CancellationToken cancellationToken = default);

    /// <summary>Writes the changed organisation over the version it was read at.</summary>
    /// <param name="desk">The changed desk.</param>
    /// <param name="etag">The version it was read at.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The desk with its new version.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.Conflict"/> when it changed since, <see cref="StoreErrorCode.NotFound"/> when it was never written.</exception>
    Task<Versioned<NationalDesk>> ReplaceAsync(NationalDesk desk, string etag, CancellationToken cancellationToken = default);
}
