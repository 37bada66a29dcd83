using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Wsp.Gateway.Tests;

/// <summary>A gateway with its own settings and services, on a temporary embedded store; keeps its host for stop tests.</summary>
internal sealed class TestGateway : WebApplicationFactory<Program>
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wsp-gateway-tests-").FullName;
    private readonly Action<IWebHostBuilder> _configure;

    public TestGateway(Action<IWebHostBuilder>? configure = null) => _configure = configure ?? (_ => { });

    /// <summary>The host the factory built last (the Kestrel one after <see cref="GatewayServer.StartOnKestrel"/>).</summary>
    public IHost? Host { get; private set; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Wsp:Sqlite:Path", Path.Combine(_directory, "wsp.db"));
        _configure(builder);
    }

    protected override IHost CreateHost(IHostBuilder builder)
    {
        var host = base.CreateHost(builder);
        Host = host;
        return host;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        // Dispose and DisposeAsync both come here.
        if (disposing && Directory.Exists(_directory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_directory, recursive: true);
        }
    }
}
