using System.Runtime.CompilerServices;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Tests.ManagementInformation;

public sealed class ReadAheadTests
{
    [Fact]
    public async Task Every_kept_item_arrives_in_the_order_read_across_many_batches()
    {
        var read = await ReadAhead.Of(Numbers(20_000), n => n % 3 != 0, CancellationToken.None).ToListAsync();
        Assert.Equal(Enumerable.Range(0, 20_000).Where(n => n % 3 != 0), read);
    }

    [Fact]
    public async Task A_failed_read_reaches_the_caller_as_the_store_threw_it()
    {
        var received = new List<int>();
        var error = await Assert.ThrowsAsync<StoreException>(async () =>
        {
            await foreach (var n in ReadAhead.Of(Numbers(10_000, failAfter: 9_000), _ => true, CancellationToken.None))
            {
                received.Add(n);
            }
        });

        Assert.Equal(StoreErrorCode.Unavailable, error.Code);
        // What came before the failure came in order; the figure fails, so the failed batch's items are not handed out.
        Assert.Equal(Enumerable.Range(0, received.Count), received);
        Assert.InRange(received.Count, 1, 9_000);
    }

    [Fact]
    public async Task A_caller_that_stops_early_stops_the_read_before_it_goes_on()
    {
        var source = new Recording();
        await foreach (var n in ReadAhead.Of(source.ReadAsync(), _ => true, CancellationToken.None))
        {
            if (n == 10)
            {
                break;
            }
        }

        // The read was stopped and finished (its finally ran) before the caller's loop ended: no read outlives a figure.
        Assert.True(source.Ended);
        Assert.True(source.Read < 1_000_000);
    }

    [Fact]
    public async Task A_cancelled_figure_cancels_its_read()
    {
        using var cancel = new CancellationTokenSource();
        var source = new Recording();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var n in ReadAhead.Of(source.ReadAsync(), _ => true, cancel.Token))
            {
                if (n == 10)
                {
                    await cancel.CancelAsync();
                }
            }
        });

        Assert.True(source.Ended);
    }

    private static async IAsyncEnumerable<int> Numbers(int count, int failAfter = int.MaxValue)
    {
        for (var n = 0; n < count; n++)
        {
            if (n == failAfter)
            {
                throw new StoreException(StoreErrorCode.Unavailable, "The file went away.");
            }

            yield return n;
        }

        await Task.CompletedTask;
    }

    /// <summary>An endless read that says how far it got and whether it ended.</summary>
    private sealed class Recording
    {
        public int Read { get; private set; }

        public bool Ended { get; private set; }

        public async IAsyncEnumerable<int> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            try
            {
                for (var n = 0; n < 1_000_000; n++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Read = n;
                    yield return n;
                    await Task.Yield();
                }
            }
            finally
            {
                Ended = true;
            }
        }
    }
}
