using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Wsp.Cli;

/// <summary>
/// The tool's Cosmos DB client: the same settings as <c>AddWspStore</c> registers (bulk execution on, rate-limit
/// retries), plus a handler that adds up the request charge of every response, so an import can report the request
/// units (RU) it consumed. Registered after <c>AddWspStore</c>, so it is the client the store gets.
/// </summary>
internal static class CosmosClients
{
    public static void AddCountingClient(IServiceCollection services, IConfiguration configuration, RequestCharges charges)
    {
        var endpoint = configuration["Wsp:Cosmos:Endpoint"];
        var key = configuration["Wsp:Cosmos:Key"];
        if (string.IsNullOrEmpty(endpoint) || string.IsNullOrEmpty(key))
        {
            // AddWspStore has refused this configuration already; nothing to replace.
            return;
        }

        services.AddSingleton(_ =>
        {
            var options = new CosmosClientOptions
            {
                ApplicationName = "wsp-cli",
                AllowBulkExecution = true,
                MaxRetryAttemptsOnRateLimitedRequests = 9,
                MaxRetryWaitTimeOnRateLimitedRequests = TimeSpan.FromSeconds(30),
            };
            options.CustomHandlers.Add(new ChargeCountingHandler(charges));
            return new CosmosClient(endpoint, key, options);
        });
    }

    private sealed class ChargeCountingHandler(RequestCharges charges) : RequestHandler
    {
        public override async Task<ResponseMessage> SendAsync(RequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            charges.Add(response.Headers.RequestCharge);
            return response;
        }
    }
}

/// <summary>The request units (RU) Cosmos DB charged so far: the sum of every response's request charge.</summary>
internal sealed class RequestCharges
{
    private long _milliUnits;

    public double Total => Interlocked.Read(ref _milliUnits) / 1000.0;

    public void Add(double charge) => Interlocked.Add(ref _milliUnits, (long)Math.Round(charge * 1000));
}
