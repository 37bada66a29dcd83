using Wsp.Sdk.Arrangements;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Stores national arrangements (arrangementen, rules L1–L6), one document each with every version of the terms, the
/// regions' input and decisions (what each region signed), the linked regional agreements and the UWV references,
/// written whole and guarded by its ETag.
/// </summary>
public interface IArrangementStore
{
    /// <summary>Reads an arrangement by id (a point read).</summary>
    /// <param name="id">The arrangement's id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The arrangement with its version, or null when there is none.</returns>
    Task<Versioned<Arrangement>?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Writes a new arrangement.</summary>
    /// <param name="arrangement">The arrangement.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The arrangement with its first version.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.AlreadyExists"/>: an arrangement has that id.</exception>
    Task<Versioned<Arrangement>> InsertAsync(Arrangement arrangement, CancellationToken cancellationToken = default);

    /// <summary>Writes a changed arrangement over the version it was read at.</summary>
    /// <param name="arrangement">The changed arrangement.</param>
    /// <param name="etag">The version it was read at.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The arrangement with its new version.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.Conflict"/> when it changed since, <see cref="StoreErrorCode.NotFound"/> when it is gone.</exception>
    Task<Versioned<Arrangement>> ReplaceAsync(Arrangement arrangement, string etag, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the arrangements that pass <paramref name="filter"/> (by status, by a region's participation, by employer,
    /// by advisor), ordered by id. National arrangements number in the hundreds, so the answer is one list.
    /// </summary>
    /// <param name="filter">What to read; <see cref="ArrangementFilter.All"/> for every arrangement.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The arrangements, ordered by id.</returns>
    Task<IReadOnlyList<Arrangement>> ListAsync(ArrangementFilter filter, CancellationToken cancellationToken = default);
}
