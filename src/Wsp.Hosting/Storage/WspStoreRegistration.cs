using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wsp.Sdk.Cosmos;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Storage;

namespace Wsp.Hosting.Storage;

/// <summary>
/// Chooses the store (opslag) from configuration (DESIGN.md, Running it): <c>Wsp:Store</c> = <c>sqlite</c> (default,
/// the file <c>Wsp:Sqlite:Path</c>, default <c>wsp.db</c>) or <c>cosmos</c> (the account, connection mode, bulk mode
/// and retries of <see cref="WspCosmosOptions"/>, under <c>Wsp:Cosmos</c>). The gateway and the tool read the same keys.
/// </summary>
public static class WspStoreRegistration
{
    /// <summary>Registers the configured <see cref="IWspStore"/> as a singleton; the caller initializes it.</summary>
    /// <param name="services">The services.</param>
    /// <param name="configuration">The configuration to read.</param>
    /// <param name="applicationName">The name the Cosmos client reports (user agent).</param>
    /// <param name="configureCosmos">Adds to the Cosmos client's options (for example a request handler); not called for SQLite.</param>
    /// <returns>The services.</returns>
    /// <exception cref="InvalidOperationException">The configuration names an unknown store or lacks a required key.</exception>
    public static IServiceCollection AddWspStore(this IServiceCollection services, IConfiguration configuration, string applicationName, Action<CosmosClientOptions>? configureCosmos = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentException.ThrowIfNullOrWhiteSpace(applicationName);
        var kind = configuration["Wsp:Store"] ?? "sqlite";
        switch (kind.ToUpperInvariant())
        {
            case "SQLITE":
                var path = configuration["Wsp:Sqlite:Path"] ?? "wsp.db";
                services.AddSingleton<IWspStore>(_ => new SqliteWspStore(new SqliteStoreOptions { Path = path }));
                break;
            case "COSMOS":
                // Checked here, so a misconfigured gateway or tool stops at once with the key named, not at first use.
                var cosmos = WspCosmosOptions.From(configuration);
                cosmos.Validate();
                services.AddSingleton(_ => cosmos.CreateClient(applicationName, configureCosmos));
                services.AddSingleton<IWspStore>(provider => new CosmosWspStore(provider.GetRequiredService<CosmosClient>(), cosmos.StoreOptions()));
                break;
            default:
                throw new InvalidOperationException($"Wsp:Store is '{kind}': expected 'sqlite' (the default) or 'cosmos'.");
        }

        return services;
    }
}
