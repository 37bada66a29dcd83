namespace Wsp.Gateway.Tests;

/// <summary>A partner gateway with the dashboard's records seeded once (<see cref="DashboardSeed"/>).</summary>
public sealed class DashboardGateway : PartnerGateway
{
    private readonly Lazy<Task> _seeded;

    public DashboardGateway() => _seeded = new Lazy<Task>(() => DashboardSeed.SeedAsync(Store));

    public Task SeededAsync() => _seeded.Value;
}
