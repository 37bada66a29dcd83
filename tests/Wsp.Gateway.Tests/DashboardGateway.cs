using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Tests;

/// <summary>A partner gateway with the dashboard's records seeded once (<see cref="DashboardSeed"/>).</summary>
public class DashboardGateway : PartnerGateway
{
    private readonly Lazy<Task> _seeded;

    public DashboardGateway()
        : this(GatewayStore.Sqlite())
    {
    }

    protected DashboardGateway(GatewayStore store)
        : this(store, DashboardSeed.SeedAsync)
    {
    }

    /// <summary>A gateway seeded once with <paramref name="seed"/> instead of <see cref="DashboardSeed"/>.</summary>
    protected DashboardGateway(GatewayStore store, Func<IWspStore, Task> seed)
        : base(store) => _seeded = new Lazy<Task>(() => seed(Store));

    public Task SeededAsync() => _seeded.Value;
}

/// <summary>The dashboard's gateway over a fresh database on the Cosmos DB stand-in.</summary>
public sealed class CosmosDashboardGateway() : DashboardGateway(GatewayStore.Cosmos());

/// <summary>A gateway with the ministry's dashboard records (<see cref="DashboardMinistrySeed"/>: published and withheld counts) over SQLite.</summary>
public class MinistryDashboardGateway : DashboardGateway
{
    public MinistryDashboardGateway()
        : this(GatewayStore.Sqlite())
    {
    }

    protected MinistryDashboardGateway(GatewayStore store)
        : base(store, DashboardMinistrySeed.SeedAsync)
    {
    }
}

/// <summary>The ministry's dashboard records over a fresh database on the Cosmos DB stand-in.</summary>
public sealed class CosmosMinistryDashboardGateway() : MinistryDashboardGateway(GatewayStore.Cosmos());
