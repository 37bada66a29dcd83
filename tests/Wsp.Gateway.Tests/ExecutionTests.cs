using GraphQL.DI;
using Microsoft.Extensions.DependencyInjection;
using Wsp.Gateway.Http.Execution;

namespace Wsp.Gateway.Tests;

/// <summary>Execution cost (issue 5, item 4): a document is parsed and validated once, then served from the cache.</summary>
public sealed class ExecutionTests
{
    private const string Query = "query Region($code: String!) { region(code: $code) { name } }";

    [Fact]
    public async Task Performance_the_same_document_with_other_variables_is_parsed_and_validated_once()
    {
        using var gateway = new GatewayFixture();
        var cache = gateway.Services.GetServices<IConfigureExecution>().OfType<DocumentCache>().Single();

        var first = await gateway.QueryAsync(Query, new { code = "AM21" });
        var second = await gateway.QueryAsync(Query, new { code = "AM01" });
        var again = await gateway.QueryAsync(Query, new { code = "AM21" });

        Assert.Equal(1, cache.Count);
        Assert.Equal("Haaglanden", first.GetProperty("data").GetProperty("region").GetProperty("name").GetString());
        Assert.Equal("Groningen", second.GetProperty("data").GetProperty("region").GetProperty("name").GetString());
        Assert.Equal(first.ToString(), again.ToString());
    }

    [Fact]
    public async Task Performance_a_document_that_fails_validation_is_not_cached_and_fails_again()
    {
        using var gateway = new GatewayFixture();
        var cache = gateway.Services.GetServices<IConfigureExecution>().OfType<DocumentCache>().Single();

        var first = await gateway.Client.PostAsync("/graphql", Json("{ region { nope } }"));
        var second = await gateway.Client.PostAsync("/graphql", Json("{ region { nope } }"));

        Assert.Equal(0, cache.Count);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Contains("\"errors\"", await second.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Performance_a_cached_document_still_checks_its_variables()
    {
        using var gateway = new GatewayFixture();
        await gateway.QueryAsync(Query, new { code = "AM21" });

        using var response = await gateway.Client.PostAsync("/graphql", Json(Query, """{"code": 21}"""));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Contains("\"errors\"", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Haaglanden", body, StringComparison.Ordinal);
    }

    private static StringContent Json(string query, string variables = "null") =>
        new($$"""{"query": {{System.Text.Json.JsonSerializer.Serialize(query)}}, "variables": {{variables}}}""", System.Text.Encoding.UTF8, "application/json");
}
