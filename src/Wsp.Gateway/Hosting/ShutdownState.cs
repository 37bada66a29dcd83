namespace Wsp.Gateway.Hosting;

/// <summary>Whether the gateway is stopping: readiness answers 503 from then on.</summary>
internal sealed class ShutdownState(IHostApplicationLifetime lifetime)
{
    private volatile bool _stopping;

    public bool IsStopping => _stopping || lifetime.ApplicationStopping.IsCancellationRequested;

    public void MarkStopping() => _stopping = true;
}
