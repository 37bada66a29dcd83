using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Cosmos;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Storage;

/// <summary>
/// Chooses the store from configuration (DESIGN.md, Running it): <c>Wsp:Store</c> = <c>sqlite</c> (default, the file
/// <c>Wsp:Sqlite:Path</c>, default <c>wsp.db</c>) or <c>cosmos</c> (<c>Wsp:Cosmos:Endpoint</c>, <c>Wsp:Cosmos:Key</c>,
/// <c>Wsp:Cosmos:Database</c>). The store is created or migrated when the gateway starts.
/// </summary>
internal static class StoreRegistration
{
    public static IServiceCollection AddWspStore(this IServiceCollection services, IConfiguration configuration)
    {
        var kind = configuration["Wsp:Store"] ?? "sqlite";
        switch (kind.ToUpperInvariant())
        {
            case "SQLITE":
                services.AddSingleton<IWspStore>(_ => new SqliteWspStore(new SqliteStoreOptions { Path = configuration["Wsp:Sqlite:Path"] ?? "wsp.db" }));
                break;
            case "COSMOS":
                var endpoint = Required(configuration, "Wsp:Cosmos:Endpoint");
                var key = Required(configuration, "Wsp:Cosmos:Key");
                var database = configuration["Wsp:Cosmos:Database"] ?? "wsp";
                services.AddSingleton(_ => new CosmosClient(endpoint, key, new CosmosClientOptions
                {
                    ApplicationName = "Wsp.Gateway",
                    AllowBulkExecution = true,
                    MaxRetryAttemptsOnRateLimitedRequests = 9,
                    MaxRetryWaitTimeOnRateLimitedRequests = TimeSpan.FromSeconds(30),
                }));
                services.AddSingleton<IWspStore>(provider => new CosmosWspStore(provider.GetRequiredService<CosmosClient>(), new CosmosStoreOptions { DatabaseId = database }));
                break;
            default:
                throw new InvalidOperationException($"Wsp:Store is '{kind}': expected 'sqlite' (the default) or 'cosmos'.");
        }

        services.AddHostedService<StoreInitializer>();
        return services;
    }

    private static string Required(IConfiguration configuration, string key) =>
        configuration[key] is { Length: > 0 } value ? value : throw new InvalidOperationException($"Wsp:Store is 'cosmos', so {key} is required.");
}
