using Microsoft.AspNetCore.Hosting;
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
/// <c>Wsp:Store = cosmos</c> pointed at the stand-in through configuration only, as an operator configures an emulator
/// (<see cref="CosmosStandIn.Settings"/>: the connection string with <c>DisableServerCertificateValidation=True</c>,
/// Gateway mode, no bulk mode) and a database of its own: the gateway builds its client and store itself
/// (<c>AddWspStore</c>), nothing is replaced. A client of the test's own only deletes the database afterwards.
/// </summary>
internal sealed class CosmosGatewayStore : GatewayStore
{
    private readonly CosmosStandIn _standIn;
    private readonly string _databaseId = $"wsp-gateway-{Guid.NewGuid():N}";

    public CosmosGatewayStore() => _standIn = SharedCosmosStandIn.Acquire();

    public override void Configure(IWebHostBuilder host)
    {
        foreach (var (key, value) in _standIn.Settings(_databaseId))
        {
            host.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        try
        {
            using var client = _standIn.CreateClient();
            using var response = client.GetDatabase(_databaseId).DeleteStreamAsync().GetAwaiter().GetResult();
        }
        finally
        {
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
