namespace Wsp.Gateway.Loading;

/// <summary>
/// Collects the keys that resolvers ask for while GraphQL.NET walks one level of the result, and fetches them with one
/// call when the first deferred result is awaited: a page of N vacancies with their employers reads the employers
/// once, not N times. One instance per request (keys are cached for the request, never across partners).
/// </summary>
/// <typeparam name="T">The loaded value.</typeparam>
internal sealed class BatchLoader<T>
    where T : class
{
    private readonly Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> _fetch;
    private readonly Lock _lock = new();
    private readonly Dictionary<string, Task<IReadOnlyDictionary<string, T>>> _batchOf = new(StringComparer.Ordinal);
    private HashSet<string> _pending = new(StringComparer.Ordinal);

    public BatchLoader(Func<IReadOnlyCollection<string>, CancellationToken, Task<IReadOnlyDictionary<string, T>>> fetch) => _fetch = fetch;

    /// <summary>Defers the value for <paramref name="key"/> until the batch it joined is fetched.</summary>
    public Deferred<T?> Load(string key)
    {
        lock (_lock)
        {
            if (!_batchOf.ContainsKey(key))
            {
                _pending.Add(key);
            }
        }

        return new Deferred<T?>(async cancellationToken => (await BatchFor(key, cancellationToken).ConfigureAwait(false)).GetValueOrDefault(key));
    }

    /// <summary>Seeds the cache with a value read otherwise (a point read), so it is not fetched again.</summary>
    public void Prime(string key, T value)
    {
        lock (_lock)
        {
            _pending.Remove(key);
            _batchOf.TryAdd(key, Task.FromResult<IReadOnlyDictionary<string, T>>(new Dictionary<string, T>(StringComparer.Ordinal) { [key] = value }));
        }
    }

    private Task<IReadOnlyDictionary<string, T>> BatchFor(string key, CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            if (_batchOf.TryGetValue(key, out var batch))
            {
                return batch;
            }

            // The first awaited key dispatches every key collected so far, as one fetch.
            var keys = _pending;
            keys.Add(key);
            _pending = new(StringComparer.Ordinal);
            batch = _fetch(keys, cancellationToken);
            foreach (var k in keys)
            {
                _batchOf[k] = batch;
            }

            return batch;
        }
    }
}
