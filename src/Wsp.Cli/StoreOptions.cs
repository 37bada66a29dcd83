using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wsp.Hosting.Storage;
using Wsp.Sdk;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Cli;

/// <summary>
/// Configuration as the gateway reads it (DESIGN.md, Running it): <c>appsettings.json</c> in the working directory,
/// then environment variables (<c>Wsp__Store</c>, …), then the command line (<c>--store</c>, <c>--sqlite-path</c>, …).
/// </summary>
internal static class StoreOptions
{
    public static readonly Option<string?> Store = new("--store") { Description = "The store: sqlite (default) or cosmos (Wsp:Store).", Recursive = true };

    public static readonly Option<string?> SqlitePath = new("--sqlite-path") { Description = "The SQLite file (Wsp:Sqlite:Path, default wsp.db).", Recursive = true };

    public static readonly Option<string?> CosmosEndpoint = new("--cosmos-endpoint") { Description = "The Cosmos DB endpoint (Wsp:Cosmos:Endpoint; the key comes from Wsp:Cosmos:Key, or give Wsp:Cosmos:ConnectionString instead of both).", Recursive = true };

    public static readonly Option<string?> CosmosDatabase = new("--cosmos-database") { Description = "The Cosmos DB database (Wsp:Cosmos:Database, default wsp).", Recursive = true };

    public static IEnumerable<Option> All => [Store, SqlitePath, CosmosEndpoint, CosmosDatabase];

    public static IConfiguration Configuration(ParseResult parse, CliConsole console)
    {
        var overrides = new Dictionary<string, string?>();
        Set(overrides, "Wsp:Store", parse.GetValue(Store));
        Set(overrides, "Wsp:Sqlite:Path", parse.GetValue(SqlitePath) is { } path ? console.PathOf(path) : null);
        Set(overrides, "Wsp:Cosmos:Endpoint", parse.GetValue(CosmosEndpoint));
        Set(overrides, "Wsp:Cosmos:Database", parse.GetValue(CosmosDatabase));
        var configuration = new ConfigurationBuilder()
            .SetBasePath(console.WorkingDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(console.Settings)
            .AddInMemoryCollection(overrides)
            .Build();

        // A relative SQLite path is relative to the working directory, as for the gateway.
        if (configuration["Wsp:Sqlite:Path"] is { } configured && !Path.IsPathRooted(configured))
        {
            configuration["Wsp:Sqlite:Path"] = console.PathOf(configured);
        }
        else if (configuration["Wsp:Sqlite:Path"] is null)
        {
            configuration["Wsp:Sqlite:Path"] = console.PathOf("wsp.db");
        }

        return configuration;
    }

    /// <summary>Opens (creates or migrates) the configured store.</summary>
    public static async Task<OpenStore> OpenAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        var charges = new RequestCharges();
        services.AddWspStore(configuration, "wsp-cli", charges.CountOn);

        var provider = services.BuildServiceProvider();
        try
        {
            var store = provider.GetRequiredService<IWspStore>();
            await store.InitializeAsync(cancellationToken).ConfigureAwait(false);
            return new OpenStore(provider, store, charges);
        }
        catch
        {
            await provider.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public static string Describe(IConfiguration configuration) =>
        string.Equals(configuration["Wsp:Store"], "cosmos", StringComparison.OrdinalIgnoreCase)
            ? $"cosmos {WspCosmosOptions.From(configuration).AccountEndpoint} database {configuration["Wsp:Cosmos:Database"] ?? "wsp"}"
            : $"sqlite {configuration["Wsp:Sqlite:Path"]}";

    /// <summary>Why the store could not be opened, in a line: the SDK's message up to its diagnostics, and a hint for the usual misconfiguration.</summary>
    public static string Explain(IConfiguration configuration, Exception e)
    {
        if (e is not Microsoft.Azure.Cosmos.CosmosException cosmos)
        {
            return e.Message;
        }

        var reason = $"Cosmos DB answered {(int)cosmos.StatusCode} {cosmos.StatusCode}: {cosmos.Message.Split('\n')[0]}";
        return WspCosmosOptions.From(configuration).ConnectionMode == Microsoft.Azure.Cosmos.ConnectionMode.Direct
            ? reason + " (Wsp:Cosmos:ConnectionMode is Direct, the default for Azure: an emulator or the test stand-in needs Gateway)"
            : reason;
    }

    private static void Set(Dictionary<string, string?> overrides, string key, string? value)
    {
        if (value is not null)
        {
            overrides[key] = value;
        }
    }
}

/// <summary>An open store and what owns it; disposing releases the store (SQLite file handles, Cosmos client).</summary>
internal sealed class OpenStore(ServiceProvider provider, IWspStore store, RequestCharges charges) : IAsyncDisposable
{
    public IWspStore Store { get; } = store;

    /// <summary>Returns a client of the store for <paramref name="caller"/>: every access and disclosure decision is the client's.</summary>
    public WspClient ClientFor(PartnerIdentity caller, WspClientOptions? options = null) => new(Store, caller, options);

    /// <summary>Gets the Cosmos DB request units consumed so far (0 on SQLite).</summary>
    public RequestCharges Charges { get; } = charges;

    public ValueTask DisposeAsync() => provider.DisposeAsync();
}
