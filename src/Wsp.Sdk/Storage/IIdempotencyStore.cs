using NodaTime;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Stores the records of requests sent with an idempotency key (idempotentiesleutels), one per partner and key, until
/// they expire (<see cref="IdempotencyRecord.ExpiresAt"/>): an expired record is as good as none, and the store removes it
/// in its own time. Each record is guarded by its version, like the aggregates.
/// </summary>
public interface IIdempotencyStore
{
    /// <summary>Reads the record of a partner's key.</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="key">The key.</param>
    /// <param name="asOf">Now: a record expired at this moment is not found.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The record with its version, or null when there is none or it expired.</returns>
    Task<Versioned<IdempotencyRecord>?> FindAsync(string partner, string key, Instant asOf, CancellationToken cancellationToken = default);

    /// <summary>Writes a new record; an expired record of the same key is replaced.</summary>
    /// <param name="record">The record.</param>
    /// <param name="asOf">Now, to judge whether a record that holds the key has expired.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The record with its first version.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.AlreadyExists"/>: a record that has not expired holds the key.</exception>
    Task<Versioned<IdempotencyRecord>> InsertAsync(IdempotencyRecord record, Instant asOf, CancellationToken cancellationToken = default);

    /// <summary>Writes a changed record (the first answer added) over the version it was read at.</summary>
    /// <param name="record">The record; its partner and key name it.</param>
    /// <param name="etag">The version read.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The record with its new version.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.Conflict"/> when it changed since, <see cref="StoreErrorCode.NotFound"/> when it is gone.</exception>
    Task<Versioned<IdempotencyRecord>> ReplaceAsync(IdempotencyRecord record, string etag, CancellationToken cancellationToken = default);

    /// <summary>Removes a record at the version it was read at, so its key is free again.</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="key">The key.</param>
    /// <param name="etag">The version read.</param>
    /// <param name="cancellationToken">Stops the removal.</param>
    /// <returns>A task that completes when it is removed.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.Conflict"/> when it changed since, <see cref="StoreErrorCode.NotFound"/> when it is gone.</exception>
    Task DeleteAsync(string partner, string key, string etag, CancellationToken cancellationToken = default);
}
