using GraphQL.DataLoader;

namespace Wsp.Gateway.Loading;

/// <summary>A result GraphQL.NET awaits after the current level is resolved, so sibling loads can join one batch.</summary>
/// <typeparam name="T">The result type.</typeparam>
internal sealed class Deferred<T>(Func<CancellationToken, Task<T>> get) : IDataLoaderResult<T>
{
    public Task<T> GetResultAsync(CancellationToken cancellationToken = default) => get(cancellationToken);

    async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await get(cancellationToken).ConfigureAwait(false);

    /// <summary>Maps the result once it is there, without forcing the batch early.</summary>
    public Deferred<TResult> Then<TResult>(Func<T, TResult> map) => new(async cancellationToken => map(await get(cancellationToken).ConfigureAwait(false)));
}
