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
        : base(store) => _seeded = new Lazy<Task>(() => DashboardSeed.SeedAsync(Store));

    public Task SeededAsync() => _seeded.Value;
}

/// <summary>The dashboard's gateway over a fresh database on the Cosmos DB stand-in.</summary>
public sealed class CosmosDashboardGateway() : DashboardGateway(GatewayStore.Cosmos());
