using System.Text.Json;

namespace Wsp.Gateway.Tests;

/// <summary>The contract of DESIGN.md, "Gateway contract": outside checks query these names.</summary>
public sealed class ReferenceDataQueryTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    [Fact]
    public async Task Regions_lists_the_35_labour_market_regions_with_their_municipalities()
    {
        var data = (await gateway.QueryAsync("{ regions { code name municipalities { code name } } }")).GetProperty("data");
        var regions = data.GetProperty("regions").EnumerateArray().ToArray();
        Assert.Equal(35, regions.Length);
        Assert.Equal("AM01", regions[0].GetProperty("code").GetString());
        Assert.Equal(342, regions.Sum(r => r.GetProperty("municipalities").GetArrayLength()));
    }

    [Fact]
    public async Task Region_by_code_answers_the_region_or_null()
    {
        var data = (await gateway.QueryAsync("""{ haaglanden: region(code: "AM21") { name } none: region(code: "AM04") { name } }""")).GetProperty("data");
        Assert.Equal("Haaglanden", data.GetProperty("haaglanden").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("none").ValueKind);
    }

    [Theory]
    [InlineData("den haag", "GM0518", "AM21", "Zuid-Holland")]
    [InlineData("Súdwest-Fryslân", "GM1900", "AM02", "Fryslân")]
    [InlineData("Weesp", "GM0457", "AM18", "Noord-Holland")]
    public async Task Municipality_by_name_forgives_spelling_and_knows_former_municipalities(string name, string code, string region, string province)
    {
        var municipality = (await gateway.QueryAsync("query($n: String) { municipality(name: $n) { code region { code } province } }", new { n = name }))
            .GetProperty("data").GetProperty("municipality");
        Assert.Equal(code, municipality.GetProperty("code").GetString());
        Assert.Equal(region, municipality.GetProperty("region").GetProperty("code").GetString());
        Assert.Equal(province, municipality.GetProperty("province").GetString());
    }

    [Fact]
    public async Task Municipality_by_code_answers_null_for_an_unknown_code()
    {
        var data = (await gateway.QueryAsync("""{ a: municipality(code: "GM0363") { name } b: municipality(code: "GM9999") { name } }""")).GetProperty("data");
        Assert.Equal("Amsterdam", data.GetProperty("a").GetProperty("name").GetString());
        Assert.Equal(JsonValueKind.Null, data.GetProperty("b").ValueKind);
    }

    [Fact]
    public async Task An_ambiguous_name_is_an_error_that_lists_the_candidates_never_a_guess()
    {
        var response = await gateway.QueryAsync("""{ municipality(name: "Bergen") { code } }""");
        Assert.Equal(JsonValueKind.Null, response.GetProperty("data").GetProperty("municipality").ValueKind);
        var error = Assert.Single(response.GetProperty("errors").EnumerateArray());
        var extensions = error.GetProperty("extensions");
        Assert.Equal("AMBIGUOUS", extensions.GetProperty("code").GetString());
        Assert.Equal(["GM0893", "GM0373"], extensions.GetProperty("candidates").EnumerateArray().Select(c => c.GetString()));
        Assert.Contains("Bergen (L.)", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Municipality_needs_exactly_one_of_code_and_name()
    {
        var error = Assert.Single((await gateway.QueryAsync("{ municipality { code } }")).GetProperty("errors").EnumerateArray());
        Assert.Equal("BAD_USER_INPUT", error.GetProperty("extensions").GetProperty("code").GetString());
    }

    [Fact]
    public async Task The_counting_definitions_are_listed_with_their_ids()
    {
        var ids = (await gateway.QueryAsync("{ countingDefinitions { id title } }")).GetProperty("data").GetProperty("countingDefinitions")
            .EnumerateArray().Select(d => d.GetProperty("id").GetString());
        Assert.Equal(["placements-flow/1", "job-agreement-jobs/2", "extra-jobs/1", "coverage-ratio/1", "placement-durability/1"], ids);
    }
}
