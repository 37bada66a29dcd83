using System.Collections.Concurrent;
using System.Net;
using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// The keys container (partitioned by <c>/id</c>): for each vacancy, account and visit the partition it lives in, so a
/// read by id is a point read, and the reservation of its id across partitions (Cosmos DB keeps ids unique per
/// partition only). The partition of an id never changes (a vacancy's and an account's region come from their first
/// establishment), so it is cached in the process; a cached partition that turns out wrong is dropped and read again.
/// </summary>
internal sealed class Keys
{
    private const int CacheLimit = 200_000;

    private readonly Container _container;
    private readonly ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    public Keys(Container container) => _container = container;

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
    /// Reserves <paramref name="key"/> for a document in <paramref name="partition"/>. A key left by a write that failed
    /// half-way (its document does not exist) is taken over; a key whose document exists elsewhere is AlreadyExists.
    /// A key for the same partition is accepted: the create of the document itself then answers 409 if it exists.
    /// </summary>
    public async Task ReserveAsync(string key, string partition, Func<string, CancellationToken, Task<bool>> existsIn, string what, CancellationToken cancellationToken)
    {
        var document = new KeyDocument { Id = key, PartitionKey = partition };
        using (var created = await _container.CreateItemStreamAsync(Json.ToStream(document), new PartitionKey(key), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (created.IsSuccessStatusCode)
            {
                Remember(key, partition);
                return;
            }

            if (created.StatusCode != HttpStatusCode.Conflict)
            {
                Json.EnsureSuccess(created, what);
            }
        }

        using var existing = await _container.ReadItemStreamAsync(key, new PartitionKey(key), cancellationToken: cancellationToken).ConfigureAwait(false);
        Json.EnsureSuccess(existing, what);
        var held = Json.FromStream<KeyDocument>(existing.Content);
        if (string.Equals(held.PartitionKey, partition, StringComparison.Ordinal))
        {
            Remember(key, partition);
            return;
        }

        if (await existsIn(held.PartitionKey, cancellationToken).ConfigureAwait(false))
        {
            throw new StoreException(StoreErrorCode.AlreadyExists, $"{what} exists already.");
        }

        // An orphan of a write that failed after reserving: take it over, unless someone else does so first.
        var options = new ItemRequestOptions { IfMatchEtag = existing.Headers.ETag };
        using var replaced = await _container.ReplaceItemStreamAsync(Json.ToStream(document), key, new PartitionKey(key), options, cancellationToken).ConfigureAwait(false);
        if (replaced.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            throw new StoreException(StoreErrorCode.AlreadyExists, $"{what} is being written by someone else.");
        }

        Json.EnsureSuccess(replaced, what);
        Remember(key, partition);
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
