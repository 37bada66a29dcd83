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

    [Fact]
    public void Performance_the_result_cache_is_off_unless_configured()
    {
        using var gateway = new GatewayFixture();

        Assert.Null(gateway.Services.GetService<ResultCache>());
    }

    [Fact]
    public async Task Performance_the_result_cache_keys_anonymous_reference_data_by_document_variables_and_data_version()
    {
        using var gateway = new TestGateway(host => host.UseSetting(ResultCache.EnabledKey, "true"));
        using var client = gateway.CreateClient();
        var cache = gateway.Services.GetRequiredService<ResultCache>();

        var haaglanden = await client.PostAsync("/graphql", Json(Query, """{"code": "AM21"}"""));
        var groningen = await client.PostAsync("/graphql", Json(Query, """{"code": "AM01"}"""));
        var again = await client.PostAsync("/graphql", Json(Query, """{"code": "AM21"}"""));

        Assert.Equal(2, cache.Count);
        Assert.Contains("Haaglanden", await haaglanden.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Groningen", await groningen.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(await haaglanden.Content.ReadAsStringAsync(), await again.Content.ReadAsStringAsync());
        Assert.Contains(cache.DataVersion, cache.KeyFor(Query, null, null).DataVersion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Performance_the_result_cache_keeps_no_answer_with_errors_and_none_for_a_request_with_a_token()
    {
        using var gateway = new TestGateway(host => host.UseSetting(ResultCache.EnabledKey, "true"));
        using var client = gateway.CreateClient();
        var cache = gateway.Services.GetRequiredService<ResultCache>();

        (await client.PostAsync("/graphql", Json("{ municipality(name: \"Bergen\") { code } }"))).Dispose();
        using var withToken = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = Json("{ regions { code } }") };
        withToken.Headers.Authorization = new("Bearer", "a-token");
        (await client.SendAsync(withToken)).Dispose();

        Assert.Equal(0, cache.Count);
    }

    private static StringContent Json(string query, string variables = "null") =>
        new($$"""{"query": {{System.Text.Json.JsonSerializer.Serialize(query)}}, "variables": {{variables}}}""", System.Text.Encoding.UTF8, "application/json");
}
