using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Wsp.Gateway.Tests;

/// <summary>One gateway per test class, over real HTTP in the test host.</summary>
public sealed class GatewayFixture : IDisposable
{
    private readonly WebApplicationFactory<Program> _factory = new();

    public HttpClient Client => field ??= _factory.CreateClient();

    public IServiceProvider Services => _factory.Services;

    public async Task<JsonElement> QueryAsync(string query, object? variables = null)
    {
        using var response = await Client.PostAsJsonAsync("/graphql", new { query, variables });
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public void Dispose() => _factory.Dispose();
}
