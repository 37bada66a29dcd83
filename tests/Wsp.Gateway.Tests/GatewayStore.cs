using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Wsp.Sdk.Cosmos;
using Wsp.Sdk.Storage;
using Wsp.Testing.Cosmos;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The store a test gateway runs over, so that one test class can be derived once per store (as the storage contract
/// suite is): a temporary SQLite file, or a fresh database on the Cosmos DB stand-in. Disposed after the gateway.
/// </summary>
public abstract class GatewayStore : IDisposable
{
    /// <summary>The embedded store on a file in a new temporary directory, deleted afterwards.</summary>
    public static GatewayStore Sqlite() => new SqliteGatewayStore();

    /// <summary>The Cosmos DB store on a new database of the shared stand-in, deleted afterwards.</summary>
    public static GatewayStore Cosmos() => new CosmosGatewayStore();

    /// <summary>Points the gateway's configuration (and where needed its services) at this store.</summary>
    public abstract void Configure(IWebHostBuilder host);

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected abstract void Dispose(bool disposing);
}

/// <summary>The gateway's default store: <c>Wsp:Sqlite:Path</c> in a temporary directory.</summary>
internal sealed class SqliteGatewayStore : GatewayStore
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wsp-gateway-partners-").FullName;

    public override void Configure(IWebHostBuilder host) => host.UseSetting("Wsp:Sqlite:Path", Path.Combine(_directory, "wsp.db"));

    protected override void Dispose(bool disposing)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}

/// <summary>
/// <c>Wsp:Store = cosmos</c> with the stand-in's endpoint, key and a database of its own. The gateway's configuration
/// path is the production one (<c>AddWspStore</c>); only the client and store it builds are replaced, because the
/// stand-in needs a client that trusts its self-signed certificate and a store without bulk mode (docs/cosmos.md).
/// </summary>
internal sealed class CosmosGatewayStore : GatewayStore
{
    private readonly CosmosStandIn _standIn;
    private readonly CosmosClient _client;
    private readonly CosmosStoreOptions _options = new()
    {
        DatabaseId = $"wsp-gateway-{Guid.NewGuid():N}",

        // The stand-in refuses the batches bulk mode sends.
        UseBulkImport = false,
    };

    public CosmosGatewayStore()
    {
        _standIn = SharedCosmosStandIn.Acquire();
        _client = _standIn.CreateClient();
    }

    public override void Configure(IWebHostBuilder host)
    {
        host.UseSetting("Wsp:Store", "cosmos");
        host.UseSetting("Wsp:Cosmos:Endpoint", _standIn.Endpoint.AbsoluteUri);
        host.UseSetting("Wsp:Cosmos:Key", _standIn.Key);
        host.UseSetting("Wsp:Cosmos:Database", _options.DatabaseId);
        host.ConfigureTestServices(services =>
        {
            services.RemoveAll<CosmosClient>();
            services.RemoveAll<IWspStore>();
            services.AddSingleton(_client);
            services.AddSingleton<IWspStore>(new CosmosWspStore(_client, _options));
        });
    }

    protected override void Dispose(bool disposing)
    {
        try
        {
            using var response = _client.GetDatabase(_options.DatabaseId).DeleteStreamAsync().GetAwaiter().GetResult();
        }
        finally
        {
            _client.Dispose();
            SharedCosmosStandIn.Release();
        }
    }
}

/// <summary>
/// One stand-in process for the Cosmos test gateways alive at the same time (xunit 2 cannot hand a collection fixture
/// to a class fixture): the first user starts it, the last one stops it; each gateway has its own database on it.
/// </summary>
internal static class SharedCosmosStandIn
{
    private static readonly Lock s_gate = new();
    private static CosmosStandIn? s_standIn;
    private static int s_users;

    public static CosmosStandIn Acquire()
    {
        lock (s_gate)
        {
            // Blocking is safe here: the stand-in's start never resumes on the caller's context (ConfigureAwait(false)).
            s_standIn ??= CosmosStandIn.StartAsync().GetAwaiter().GetResult();
            s_users++;
            return s_standIn;
        }
    }

    public static void Release()
    {
        CosmosStandIn? stop = null;
        lock (s_gate)
        {
            if (--s_users == 0)
            {
                stop = s_standIn;
                s_standIn = null;
            }
        }

        stop?.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
