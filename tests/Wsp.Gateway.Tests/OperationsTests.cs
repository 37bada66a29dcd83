using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Wsp.Gateway.Tests;

/// <summary>Health, readiness and the choice of store from configuration (DESIGN.md, Running it).</summary>
public sealed class OperationsTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Healthz_answers_while_the_process_runs() =>
        Assert.Equal("ok", await gateway.Client.GetStringAsync("/healthz"));

    [Fact]
    public async Task Readyz_answers_when_the_store_does_and_the_embedded_file_is_created_on_start()
    {
        Assert.Equal("ready", await gateway.Client.GetStringAsync("/readyz"));
        Assert.True(File.Exists(gateway.DatabasePath));
    }

    [Fact]
    public void An_unknown_store_stops_the_gateway_with_a_clear_error()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("Wsp:Store", "postgres"));
        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
        Assert.Contains("Wsp:Store is 'postgres'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cosmos_without_an_account_stops_the_gateway_with_a_clear_error()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("Wsp:Store", "cosmos"));
        var error = Assert.Throws<InvalidOperationException>(() => factory.CreateClient());
        Assert.Contains("Wsp:Cosmos:ConnectionString (AccountEndpoint=…;AccountKey=…), or Wsp:Cosmos:Endpoint and Wsp:Cosmos:Key, are required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_store_is_503_not_ready()
    {
        using var directory = new TemporaryDirectory();
        // A directory where the file should be: SQLite cannot open it, so the store is not ready.
        var path = Path.Combine(directory.Path, "not-a-file");
        Directory.CreateDirectory(path);
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseSetting("Wsp:Sqlite:Path", path)
            .ConfigureServices(services => services.Remove(services.Single(s => s.ImplementationType == typeof(Storage.StoreInitializer)))));
        using var response = await factory.CreateClient().GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private sealed class TemporaryDirectory : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("wsp-gateway-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
