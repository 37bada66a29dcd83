using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Wsp.Gateway.Benchmarks;

/// <summary>
/// The gateway's own <c>Program</c> in memory, as production runs it (environment Production, a fresh SQLite file in
/// a temporary folder, warnings only in the log), so the benchmarks follow the gateway's wiring as it grows.
/// </summary>
internal sealed class GatewayHost : IDisposable
{
    private WebApplicationFactory<Program>? _gateway;
    private string? _directory;

    public IServiceProvider Services => (_gateway ?? throw new InvalidOperationException("Start the gateway first.")).Services;

    /// <summary>Starts the gateway with settings on top of its defaults; returns a client of its in-memory server.</summary>
    public HttpClient Start(Action<IWebHostBuilder> configure)
    {
        _directory = Directory.CreateTempSubdirectory("wsp-gateway-bench-").FullName;
        // WebApplicationFactory looks for the gateway's folder beside the solution file; say where it is.
        var contentRoot = GatewayFolder();
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_WSP_GATEWAY", contentRoot);
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_Wsp_Gateway", contentRoot);
        var directory = _directory;
        _gateway = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Production");
            host.UseSetting("Wsp:Sqlite:Path", Path.Combine(directory, "wsp.db"));
            host.UseSetting("Logging:LogLevel:Default", "Warning");
            // Production needs a way to check tokens: a throw-away key, as scripts/load/run.sh gives it.
            host.UseSetting("Wsp:Auth:SigningKey", Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)));
            configure(host);
        });
        return _gateway.CreateClient();
    }

    public void Stop()
    {
        _gateway?.Dispose();
        _gateway = null;
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (_directory is not null)
        {
            Directory.Delete(_directory, recursive: true);
            _directory = null;
        }
    }

    public void Dispose() => Stop();

    private static string GatewayFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Wsp.Sdk.sln")))
            {
                return Path.Combine(directory.FullName, "src", "Wsp.Gateway");
            }
        }

        throw new InvalidOperationException($"No Wsp.Sdk.sln above {AppContext.BaseDirectory}: run from the repository.");
    }
}
