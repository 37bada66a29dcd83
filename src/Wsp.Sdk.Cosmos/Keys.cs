using System.Collections.Concurrent;
using System.Net;
using Microsoft.Azure.Cosmos;
using NodaTime;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// The keys container (partitioned by <c>/id</c>): for each vacancy, account and visit the partition it lives in, so a
/// read by id is a point read, and the reservation of ids that must be unique across partitions and containers (Cosmos
/// DB keeps ids unique per partition only): those documents' own ids, and placement ids, which a vacancy (booked) or an
/// import holds. The partition of a document's id never changes (a vacancy's and an account's region come from their
/// first establishment), so it is cached in the process; a cached partition that turns out wrong is dropped and read
/// again.
/// </summary>
/// <remarks>
/// A reservation is written before the document that uses the id, in the same logical operation, and taken back when
/// that write fails. A process that dies in between leaves an orphan: a reservation whose holder does not hold the id.
/// Another writer takes an orphan over, but only once <see cref="CosmosStoreOptions.ReservationLease"/> has passed since
/// it was made, so a write that is merely slow is never overtaken (docs/cosmos.md, Unique ids).
/// </remarks>
internal sealed class Keys
{
    private const int CacheLimit = 200_000;

    // A reservation that changes under the writer this often in a row is being fought over: the caller retries.
    private const int ReserveAttempts = 4;

    private readonly Container _container;
    private readonly IClock _clock;
    private readonly Duration _lease;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public Keys(Container container, IClock clock, Duration lease)
    {
        _container = container;
        _clock = clock;
        _lease = lease;
    }

    public Container Container => _container;

    public static string Of(string kind, string id) => kind + ":" + id;

    /// <summary>The partition the document with this key lives in, or null when there is none.</summary>
    public async Task<string?> FindPartitionAsync(string key, bool fresh, CancellationToken cancellationToken)
    {
        if (!fresh && _cache.TryGetValue(key, out var cached))
        {
            return cached;
        }

        using var response = await _container.ReadItemStreamAsync(key, new PartitionKey(key), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (Json.IsMissingDocument(response))
        {
            _cache.TryRemove(key, out _);
            return null;
        }

        Json.EnsureSuccess(response, $"Key {key}");
        var partition = Json.FromStream<KeyDocument>(response.Content).PartitionKey;
        Remember(key, partition);
        return partition;
    }

    public void Forget(string key) => _cache.TryRemove(key, out _);

    /// <summary>
    /// Reserves <see cref="KeyClaim.Key"/> for the claim's holder in its partition. A key held by another holder that
    /// still holds it (<paramref name="holds"/>) is AlreadyExists; one whose holder does not hold it is an orphan, taken
    /// over once its lease has passed and AlreadyExists ("being written") before. A key the claimant holds already is
    /// handled as <see cref="KeyClaim.WhenHeld"/> says.
    /// </summary>
    /// <returns>The reservation, to release if the write it guards fails.</returns>
    public async Task<Reservation> ReserveAsync(KeyClaim claim, Func<KeyDocument, CancellationToken, Task<bool>> holds, string what, CancellationToken cancellationToken)
    {
        for (var attempt = 1; attempt <= ReserveAttempts; attempt++)
        {
            var document = new KeyDocument { Id = claim.Key, PartitionKey = claim.Partition, Holder = claim.Holder, ReservedAt = Mapping.Format(_clock.GetCurrentInstant()) };
            using (var created = await _container.CreateItemStreamAsync(Json.ToStream(document), new PartitionKey(claim.Key), cancellationToken: cancellationToken).ConfigureAwait(false))
            {
                if (created.IsSuccessStatusCode)
                {
                    return Reserved(claim, created.Headers.ETag, releasable: true);
                }

                if (created.StatusCode != HttpStatusCode.Conflict)
                {
                    Json.EnsureSuccess(created, what);
                }
            }

            using var existing = await _container.ReadItemStreamAsync(claim.Key, new PartitionKey(claim.Key), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (Json.IsMissingDocument(existing))
            {
                // Released between our create and our read: try the create again.
                continue;
            }

            Json.EnsureSuccess(existing, what);
            var held = Json.FromStream<KeyDocument>(existing.Content);
            var heldByClaimant = string.Equals(held.Holder, claim.Holder, StringComparison.Ordinal)
                && string.Equals(held.PartitionKey, claim.Partition, StringComparison.Ordinal);
            if (heldByClaimant)
            {
                switch (claim.WhenHeld)
                {
                    case SameHolder.Accept:
                        return Reserved(claim, existing.Headers.ETag, releasable: false);
                    case SameHolder.Refuse:
                        throw new StoreException(StoreErrorCode.AlreadyExists, $"{what} exists already.");
                }

                // Another write of the same holder reserved it (a concurrent update of the same vacancy): make it ours, so
                // that writer's release (guarded by its ETag) cannot take it from us; never release it ourselves, as the
                // other write may be the one that lands.
                if (await TakeOverAsync(document, existing.Headers.ETag, what, cancellationToken).ConfigureAwait(false) is { } ours)
                {
                    return Reserved(claim, ours, releasable: false);
                }

                continue;
            }

            if (await holds(held, cancellationToken).ConfigureAwait(false))
            {
                throw new StoreException(StoreErrorCode.AlreadyExists, $"{what} exists already.");
            }

            if (held.ReservedAt is { } reservedAt && Mapping.ParseInstant(reservedAt) + _lease > _clock.GetCurrentInstant())
            {
                throw new StoreException(StoreErrorCode.AlreadyExists, $"{what} is being written by someone else; if that write failed, the id is free again within {_lease.TotalMinutes:0.#} minutes.");
            }

            // An orphan of a write that failed after reserving, older than its lease: take it over, unless someone else
            // does so first.
            if (await TakeOverAsync(document, existing.Headers.ETag, what, cancellationToken).ConfigureAwait(false) is { } taken)
            {
                return Reserved(claim, taken, releasable: true);
            }
        }

        throw new StoreException(StoreErrorCode.Conflict, $"{what}: its reservation changed {ReserveAttempts} times while it was being taken; try again.");
    }

    /// <summary>
    /// Takes back what <see cref="ReserveAsync"/> made when the write it guarded failed: only a reservation this writer
    /// made, and only while it is unchanged (its ETag), so another writer's never goes. One that cannot be deleted now
    /// (throttled, unavailable) is left as an orphan for its lease to end; the failure of the write is what surfaces.
    /// </summary>
    public async Task ReleaseAsync(Reservation reservation, string what)
    {
        if (!reservation.Releasable)
        {
            return;
        }

        var options = new ItemRequestOptions { IfMatchEtag = reservation.ETag };
        using var response = await _container.DeleteItemStreamAsync(reservation.Key, new PartitionKey(reservation.Key), options, CancellationToken.None).ConfigureAwait(false);
        if (response.IsSuccessStatusCode || response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.PreconditionFailed
            || Json.ToStoreException(response, what) is { Code: StoreErrorCode.Unavailable })
        {
            return;
        }

        throw Json.Failure(response, what);
    }

    private async Task<string?> TakeOverAsync(KeyDocument document, string etag, string what, CancellationToken cancellationToken)
    {
        var options = new ItemRequestOptions { IfMatchEtag = etag };
        using var replaced = await _container.ReplaceItemStreamAsync(Json.ToStream(document), document.Id, new PartitionKey(document.Id), options, cancellationToken).ConfigureAwait(false);
        if (replaced.StatusCode is HttpStatusCode.PreconditionFailed || Json.IsMissingDocument(replaced))
        {
            // Changed or released meanwhile: the caller looks again.
            return null;
        }

        Json.EnsureSuccess(replaced, what);
        return replaced.Headers.ETag;
    }

    private Reservation Reserved(KeyClaim claim, string etag, bool releasable)
    {
        // Only a document's own key names where it lives; a placement's key is never read by FindPartitionAsync.
        if (claim.Holder is null)
        {
            Remember(claim.Key, claim.Partition);
        }

        return new Reservation(claim.Key, etag, releasable);
    }

    private void Remember(string key, string partition)
    {
        if (_cache.Count >= CacheLimit)
        {
            _cache.Clear();
        }

        _cache[key] = partition;
    }
}

/// <summary>What a reservation claims: <paramref name="Key"/> for <paramref name="Holder"/> (null: the document with that id itself) in <paramref name="Partition"/>.</summary>
internal sealed record KeyClaim(string Key, string Partition, string? Holder, SameHolder WhenHeld);

/// <summary>What to do when the claimant holds the key already.</summary>
internal enum SameHolder
{
    /// <summary>Accept it: the write it guards fails on its own if the document exists (a document's own id).</summary>
    Accept,

    /// <summary>Take it over: a concurrent write of the same holder (a vacancy updated by two writers at once).</summary>
    TakeOver,

    /// <summary>Refuse it: the holder uses the id twice (one import naming a placement id twice).</summary>
    Refuse,
}

/// <summary>A reservation made: its ETag, and whether this writer made it and so may take it back.</summary>
internal readonly record struct Reservation(string Key, string ETag, bool Releasable);
