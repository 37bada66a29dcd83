using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Wsp.Gateway.Http.Execution;
using Wsp.Gateway.Schema;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The result cache for public reference data (issue 20): on by default, correct by construction — keyed by the request
/// as sent within one data version, filled only by anonymous answers without errors whose every field is marked as
/// reference data — and bounded in memory.
/// </summary>
public sealed class ResultCacheTests
{
    private const string Query = "query Region($code: String!) { region(code: $code) { name } }";

    [Fact]
    public async Task Performance_the_result_cache_is_on_by_default_and_answers_the_same_request_with_the_same_bytes()
    {
        using var gateway = new TestGateway();
        using var client = gateway.CreateClient();
        var cache = gateway.Services.GetRequiredService<ResultCache>();

        var first = await PostAsync(client, Query, """{"code": "AM21"}""");
        var again = await PostAsync(client, Query, """{"code": "AM21"}""");

        Assert.Equal(1, cache.Count);
        Assert.Equal("""{"data":{"region":{"name":"Haaglanden"}}}""", first);
        Assert.Equal(first, again);
    }

    [Fact]
    public async Task Performance_other_variables_are_another_entry_with_their_own_answer()
    {
        using var gateway = new TestGateway();
        using var client = gateway.CreateClient();
        var cache = gateway.Services.GetRequiredService<ResultCache>();

        var haaglanden = await PostAsync(client, Query, """{"code": "AM21"}""");
        var groningen = await PostAsync(client, Query, """{"code": "AM01"}""");
        var haaglandenAgain = await PostAsync(client, Query, """{"code": "AM21"}""");
        var spacedOtherwise = await PostAsync(client, Query, """{ "code" : "AM01" }""");

        Assert.Equal(3, cache.Count);
        Assert.Contains("Haaglanden", haaglanden, StringComparison.Ordinal);
        Assert.Contains("Groningen", groningen, StringComparison.Ordinal);
        Assert.Equal(haaglanden, haaglandenAgain);
        Assert.Equal(groningen, spacedOtherwise);
    }

    [Fact]
    public async Task Performance_an_answer_with_errors_is_not_kept_and_fails_again()
    {
        using var gateway = new TestGateway();
        using var client = gateway.CreateClient();
        var cache = gateway.Services.GetRequiredService<ResultCache>();

        var first = await PostAsync(client, "{ municipality(name: \"Bergen\") { code } }");
        var second = await PostAsync(client, "{ municipality(name: \"Bergen\") { code } }");
        await PostAsync(client, "{ region { nope } }");

        Assert.Equal(0, cache.Count);
        Assert.Contains("\"errors\"", second, StringComparison.Ordinal);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task Performance_no_answer_to_a_request_with_a_token_is_kept_records_and_reference_data_alike()
    {
        using var gateway = new CachingGateway();
        var cache = gateway.Services.GetRequiredService<ResultCache>();

        var records = await gateway.PostAsync("{ vacancies(first: 5) { edges { node { id } } } }", partner: PartnerIdentity.Uwv);
        var reference = await gateway.PostAsync("{ regions { code } }", partner: PartnerIdentity.Uwv);

        Assert.Empty(records.ErrorCodes);
        Assert.Equal(35, reference.Data.GetProperty("regions").GetArrayLength());
        Assert.True(reference.Response.Headers.CacheControl?.NoStore);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task Performance_a_token_never_gets_an_answer_from_the_cache()
    {
        using var gateway = new CachingGateway();
        var cache = gateway.Services.GetRequiredService<ResultCache>();
        await gateway.PostAsync("{ regions { code } }");
        Assert.Equal(1, cache.Count);

        // The same body with a token that does not validate: were the cache asked first, this would be answered 200.
        var refused = await gateway.PostAsync("{ regions { code } }", token: "not-a-token");

        Assert.Equal(401, refused.Status);
    }

    [Fact]
    public async Task Performance_the_result_cache_stays_within_its_byte_budget()
    {
        using var gateway = new TestGateway(host => host.UseSetting(ResultCache.BudgetKey, "65536"));
        using var client = gateway.CreateClient();
        var cache = gateway.Services.GetRequiredService<ResultCache>();
        var peak = 0L;

        // Sixty distinct requests with answers of ~1.4 KB each (every region's code and name under a distinct alias):
        // about 100 KB in all, more than the budget holds.
        for (var i = 0; i < 60; i++)
        {
            var answer = await PostAsync(client, $"{{ r{i}: regions {{ code name }} }}");
            Assert.StartsWith($$"""{"data":{"r{{i}}":[{"code":"AM01","name":"Groningen"}""", answer, StringComparison.Ordinal);
            peak = Math.Max(peak, cache.Bytes);
        }

        Assert.InRange(peak, 40 * 1024, cache.Budget);
        Assert.InRange(cache.Count, 1, 59);
    }

    [Fact]
    public async Task Performance_an_answer_over_a_sixteenth_of_the_budget_is_answered_but_not_kept()
    {
        using var gateway = new TestGateway(host => host.UseSetting(ResultCache.BudgetKey, "65536"));
        using var client = gateway.CreateClient();
        var cache = gateway.Services.GetRequiredService<ResultCache>();

        // 15,002 bytes, over 65,536 / 16.
        var answer = await PostAsync(client, "{ regions { code name municipalities { code name } } }");

        Assert.True(answer.Length > cache.MaxAnswerBytes);
        Assert.StartsWith("""{"data":{"regions":[{"code":"AM01","name":"Groningen","municipalities":[""", answer, StringComparison.Ordinal);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void Performance_the_result_cache_can_be_turned_off_and_refuses_a_budget_below_64_KiB()
    {
        using var off = new TestGateway(host => host.UseSetting(ResultCache.EnabledKey, "false"));
        Assert.Null(off.Services.GetService<ResultCache>());

        using var tooSmall = new TestGateway(host => host.UseSetting(ResultCache.BudgetKey, "1000"));
        var error = Assert.Throws<InvalidOperationException>(() => tooSmall.Services);
        Assert.Contains(ResultCache.BudgetKey, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Performance_the_cache_belongs_to_one_data_version_the_reference_year_and_the_SDK_build()
    {
        using var gateway = new TestGateway();
        var cache = gateway.Services.GetRequiredService<ResultCache>();
        var gazetteer = gateway.Services.GetRequiredService<Wsp.Sdk.Geography.Gazetteer>();

        Assert.StartsWith($"{gazetteer.ReferenceYear}/", cache.DataVersion, StringComparison.Ordinal);
        Assert.EndsWith(typeof(Wsp.Sdk.Geography.Gazetteer).Assembly.ManifestModule.ModuleVersionId.ToString("N"), cache.DataVersion, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ marked }", true)]
    [InlineData("{ alias: marked __typename }", true)]
    [InlineData("{ ...F } fragment F on Query { marked }", true)]
    [InlineData("{ __schema { queryType { name fields { name } } } }", true)]
    [InlineData("{ unmarked }", false)]
    [InlineData("{ marked unmarked }", false)]
    [InlineData("{ ...F } fragment F on Query { unmarked }", false)]
    [InlineData("{ nested { marked } }", false)]
    [InlineData("{ markedNested { marked unmarked } }", false)]
    [InlineData("{ markedNested { marked } }", true)]
    public async Task Performance_only_answers_whose_every_resolved_field_is_marked_reference_data_are_reference_answers(string document, bool reference)
    {
        var schema = new GraphQL.Types.Schema { Query = new ProbeQuery() };
        schema.Initialize();

        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions { Query = document, Schema = schema });

        Assert.Null(result.Errors);
        Assert.Equal(reference, ReferenceAnswers.AreReferenceOnly(result, schema));
    }

    [Fact]
    public async Task Performance_an_answer_with_an_error_is_never_a_reference_answer()
    {
        var schema = new GraphQL.Types.Schema { Query = new ProbeQuery() };
        schema.Initialize();

        var result = await new DocumentExecuter().ExecuteAsync(new ExecutionOptions { Query = "{ marked failing }", Schema = schema });

        Assert.NotNull(result.Errors);
        Assert.False(ReferenceAnswers.AreReferenceOnly(result, schema));
    }

    private static async Task<string> PostAsync(HttpClient client, string query, string variables = "null")
    {
        using var content = new StringContent($$"""{"query": {{System.Text.Json.JsonSerializer.Serialize(query)}}, "variables": {{variables}}}""", System.Text.Encoding.UTF8, "application/json");
        using var response = await client.PostAsync("/graphql", content);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>A partner gateway (tokens, a store) with its default settings, the result cache on.</summary>
    private sealed class CachingGateway() : PartnerGateway(new Dictionary<string, string?>());

    /// <summary>A schema with fields marked as reference data and fields not marked.</summary>
    private sealed class ProbeQuery : ObjectGraphType
    {
        public ProbeQuery()
        {
            Name = "Query";
            Field<StringGraphType>("marked").Resolve(_ => "m").ReferenceData();
            Field<StringGraphType>("unmarked").Resolve(_ => "u");
            Field<StringGraphType>("failing").Resolve(_ => throw new ExecutionError("no")).ReferenceData();
            Field<ProbeQuery>("nested").Resolve(_ => new object());
            Field<ProbeQuery>("markedNested").Resolve(_ => new object()).ReferenceData();
        }
    }
}
