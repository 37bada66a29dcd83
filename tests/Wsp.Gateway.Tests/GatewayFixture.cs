using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Wsp.Gateway.Tests;

/// <summary>One gateway per test class, over real HTTP in the test host.</summary>
public sealed class GatewayFixture : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wsp-gateway-tests-").FullName;
    private readonly WebApplicationFactory<Program> _factory;

    public GatewayFixture() =>
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseSetting("Wsp:Sqlite:Path", Path.Combine(_directory, "wsp.db")));

    public string DatabasePath => Path.Combine(_directory, "wsp.db");

    public HttpClient Client => field ??= _factory.CreateClient();

    public IServiceProvider Services => _factory.Services;

    public WebApplicationFactory<Program> Factory => _factory;

    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query, variables });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public void Dispose()
    {
        _factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
