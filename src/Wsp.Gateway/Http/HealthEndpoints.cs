using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Http;

/// <summary><c>/healthz</c>: the process answers. <c>/readyz</c>: the store answers too (a point read of a probe id).</summary>
internal static class HealthEndpoints
{
    public static void MapWspHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/healthz", () => Results.Text("ok"));
        endpoints.MapGet("/readyz", async (IWspStore store, ILoggerFactory loggers, CancellationToken cancellationToken) =>
        {
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
