using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Wsp.Gateway.Hosting;

/// <summary>
/// Graceful shutdown. On SIGTERM the gateway first reports not-ready (<c>/readyz</c> answers 503) and keeps serving
/// for <c>Wsp:Gateway:Shutdown:DrainDelay</c> (default 0 s), so a load balancer stops sending traffic; then Kestrel
/// stops accepting connections and lets in-flight requests finish within <c>Wsp:Gateway:Shutdown:Timeout</c>
/// (HostOptions.ShutdownTimeout, default 30 s).
/// </summary>
internal static class WspShutdown
{
    public const string TimeoutKey = "Wsp:Gateway:Shutdown:Timeout";
    public const string DrainDelayKey = "Wsp:Gateway:Shutdown:DrainDelay";

    public static IServiceCollection AddWspShutdown(this IServiceCollection services, IConfiguration configuration)
    {
        var timeout = configuration.GetValue(TimeoutKey, TimeSpan.FromSeconds(30));
        var drainDelay = configuration.GetValue(DrainDelayKey, TimeSpan.Zero);
        if (timeout <= TimeSpan.Zero || drainDelay < TimeSpan.Zero || drainDelay >= timeout)
        {
            throw new InvalidOperationException($"{TimeoutKey} must be positive and {DrainDelayKey} between zero and it (they are {timeout} and {drainDelay}).");
        }

        services.Configure<HostOptions>(options => options.ShutdownTimeout = timeout);
        services.AddSingleton(new DrainDelay(drainDelay));
        services.TryAddSingleton(GatewayTime.System);
        services.AddSingleton<ShutdownState>();
        services.AddHostedService<DrainOnStop>();
        return services;
    }

    /// <summary>How long the gateway keeps serving, not ready, after a stop was asked for.</summary>
    internal sealed record DrainDelay(TimeSpan Value);

    /// <summary>
    /// Marks the gateway stopping (readiness 503) and waits out the drain delay when the host starts stopping: the
    /// server stops accepting connections only after the hosted services' stopping. (On SIGTERM,
    /// IHostApplicationLifetime.ApplicationStopping is signalled before; a direct IHost.StopAsync signals it after.)
    /// </summary>
    private sealed class DrainOnStop(DrainDelay delay, ShutdownState state, GatewayTime time) : IHostedLifecycleService
    {
        public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public async Task StoppingAsync(CancellationToken cancellationToken)
        {
            if (state.MarkStopping() && delay.Value > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(delay.Value, time.Provider, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The shutdown timeout passed: stop now.
                }
            }
        }

        public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    }
}
