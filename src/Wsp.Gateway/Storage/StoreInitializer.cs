using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Storage;

/// <summary>Creates or migrates the store when the gateway starts, so the first request never pays for it.</summary>
internal sealed class StoreInitializer(IWspStore store) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => store.InitializeAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
