using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>
/// Reads a store's stream on its own task, in batches, while the caller counts what was read: a figure over millions
/// of placements costs the slower of the store's decoding and the count, not their sum. On the SQLite store at
/// 10,000,000 placements the two take about as long as each other (docs/performance.md).
/// </summary>
/// <remarks>
/// The source is enumerated on one thread-pool task at a time, so a store's connection is never used by two threads.
/// A failure of the read reaches the caller as the store threw it (the items of its unfinished batch are not handed
/// out: the figure fails anyway); a caller that stops
/// early (an error of its own, or cancellation) stops the read and waits for it, so no read outlives the figure.
/// </remarks>
internal static class ReadAhead
{
    /// <summary>
    /// Items a batch holds: enough that handing a batch over costs nothing against counting it, few enough that a batch
    /// of the stores' narrow values (up to about 80 bytes each) stays off the large object heap (85,000 bytes).
    /// </summary>
    private const int BatchSize = 1_024;

    /// <summary>Batches read ahead at most: the read runs at most this far ahead of the count, so memory stays flat.</summary>
    private const int BatchesAhead = 16;

    /// <summary>The items of <paramref name="source"/> that <paramref name="keep"/>, read ahead on another task.</summary>
    public static async IAsyncEnumerable<T> Of<T>(IAsyncEnumerable<T> source, Func<T, bool> keep, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<List<T>>(new BoundedChannelOptions(BatchesAhead) { SingleReader = true, SingleWriter = true });

        // Counted batches go back to the read: a national stock is two thousand batches, and a new list for each was a
        // third of the figure's allocations (docs/performance.md).
        var counted = new ConcurrentQueue<List<T>>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var reader = Task.Run(() => ReadAsync(source, keep, channel.Writer, counted, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                foreach (var item in batch)
                {
                    yield return item;
                }

                batch.Clear();
                counted.Enqueue(batch);
            }

            // The channel ends when the read does, failed or not: a failure is rethrown here as the store threw it.
            await reader.ConfigureAwait(false);
        }
        finally
        {
            if (!reader.IsCompleted)
            {
                await stop.CancelAsync().ConfigureAwait(false);

                // The read's own outcome (cancelled, or failed while cancelled) is not this caller's: it stopped first.
                await Task.WhenAny(reader).ConfigureAwait(false);
            }
        }
    }

    private static async Task ReadAsync<T>(IAsyncEnumerable<T> source, Func<T, bool> keep, ChannelWriter<List<T>> writer, ConcurrentQueue<List<T>> counted, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<T>(BatchSize);
            await foreach (var item in source.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                if (!keep(item))
                {
                    continue;
                }

                batch.Add(item);
                if (batch.Count == BatchSize)
                {
                    await writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                    batch = counted.TryDequeue(out var free) ? free : new List<T>(BatchSize);
                }
            }

            if (batch.Count > 0)
            {
                await writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            writer.Complete();
        }
    }
}
