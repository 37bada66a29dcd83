using Wsp.Gateway.Hosting;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Http;

/// <summary>
/// <c>/healthz</c>: the process answers. <c>/readyz</c>: the store answers too (a point read of a probe id), and the
/// gateway is not stopping (503 from the moment a stop is asked for, while in-flight requests finish).
/// </summary>
internal static class HealthEndpoints
{
    public const string Health = "/healthz";
    public const string Readiness = "/readyz";

    /// <summary>Whether a path is one of the probes, which telemetry leaves out (they are polled every few seconds).</summary>
    public static bool IsProbe(PathString path) => path.Equals(Health, StringComparison.OrdinalIgnoreCase) || path.Equals(Readiness, StringComparison.OrdinalIgnoreCase);

    public static void MapWspHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Health, () => Results.Text("ok"));
        endpoints.MapGet(Readiness, async (IWspStore store, ShutdownState shutdown, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
            if (shutdown.IsStopping)
            {
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Stopping", detail: "The gateway is shutting down; in-flight requests finish.");
            }

            try
            {
                await store.Vacancies.FindAsync("readyz-probe", cancellationToken).ConfigureAwait(false);
                return Results.Text("ready");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // Readiness reports any store failure as 503 (and logs it), so the orchestrator keeps traffic away.
                loggers.CreateLogger("Wsp.Gateway.Readiness").LogWarning(e, "The store is not ready");
                return Results.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Store unavailable", detail: "The store did not answer; see the gateway's log.");
            }
        });
    }
}
