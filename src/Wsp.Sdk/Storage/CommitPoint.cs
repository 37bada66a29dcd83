namespace Wsp.Sdk.Storage;

/// <summary>
/// The commit point of every write the SDK makes (het moment van vastleggen): the caller's cancellation token is honoured
/// up to the moment the write is issued to the store, never after it. The write itself runs with
/// <see cref="CancellationToken.None"/>, so a store never abandons it half-way (a SQLite transaction runs to its commit or
/// rollback, a Cosmos DB request to the service's answer). A cancellation while the write is in flight stops only the
/// waiting: the caller gets <see cref="WriteOutcomeUnknownException"/> naming the records, and the write ends on its
/// own. A write that ended before the waiting stopped answers its result, however late.
/// </summary>
/// <remarks>
/// So a cancelled write has either not happened (<see cref="OperationCanceledException"/>: cancelled before its commit
/// point) or its outcome is named as unknown; a caller is never told a write failed that was stored.
/// </remarks>
internal static class CommitPoint
{
    /// <summary>Issues <paramref name="write"/> unless <paramref name="cancellationToken"/> has fired, then waits for it as above.</summary>
    /// <exception cref="OperationCanceledException">Cancelled before the write was issued: nothing is written.</exception>
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while the write was in flight, or the store could not tell its outcome.</exception>
    public static async Task<T> WriteAsync<T>(Func<CancellationToken, Task<T>> write, IReadOnlyList<RecordReference> records, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var issued = write(CancellationToken.None);
        try
        {
            return await issued.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException e) when (cancellationToken.IsCancellationRequested && !issued.IsCompleted)
        {
            // The write goes on without a waiter: observe its end, so a failure there is no unobserved task exception.
            _ = issued.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
            throw new WriteOutcomeUnknownException(records, e);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The write ended as the waiting stopped: its own answer (the result, or its refusal) is the truth, below.
        }
        catch (StoreException e) when (e.Code == StoreErrorCode.OutcomeUnknown)
        {
            throw new WriteOutcomeUnknownException(records, e);
        }

        try
        {
            return await issued.ConfigureAwait(false);
        }
        catch (StoreException e) when (e.Code == StoreErrorCode.OutcomeUnknown)
        {
            throw new WriteOutcomeUnknownException(records, e);
        }
    }

    /// <summary>A write that answers nothing, as <see cref="WriteAsync{T}"/>.</summary>
    public static Task WriteAsync(Func<CancellationToken, Task> write, IReadOnlyList<RecordReference> records, CancellationToken cancellationToken) =>
        WriteAsync(
            async ct =>
            {
                await write(ct).ConfigureAwait(false);
                return true;
            },
            records,
            cancellationToken);
}
