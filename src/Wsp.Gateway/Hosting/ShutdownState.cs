namespace Wsp.Gateway.Hosting;

/// <summary>Whether the gateway is stopping: readiness answers 503 from then on.</summary>
internal sealed class ShutdownState(IHostApplicationLifetime lifetime)
{
    private int _stopping;

    public bool IsStopping => Volatile.Read(ref _stopping) != 0 || lifetime.ApplicationStopping.IsCancellationRequested;

    /// <summary>Marks the gateway stopping.</summary>
    /// <returns>Whether this was the first mark: a host stopped twice (as test hosts are) drains once.</returns>
    public bool MarkStopping() => Interlocked.Exchange(ref _stopping, 1) == 0;
}
