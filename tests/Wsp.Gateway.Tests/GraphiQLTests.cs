using System.Net;
using System.Reflection;
using System.Text.Json;
using Wsp.Hosting.Security;
using Wsp.Sdk.Partners;
using Wsp.Testing.Node;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The GraphiQL page at <c>/graphql</c> for browsers (issue 5, item 6): bundled at build time and served by the gateway
/// itself, under a Content-Security-Policy, and working in headless Chromium (Debian's <c>chromium</c>, driven by
/// playwright-core from tests/graphiql-browser). A missing Chromium is installed by the test (Chromium.FindOrInstallAsync), or fails it with the install command; never a skip.
/// </summary>
[Collection(KestrelTests.Name)]
public sealed class GraphiQLTests(GatewayFixture gateway) : IClassFixture<GatewayFixture>
{
    private static readonly TimeSpan s_browserTimeout = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task The_page_opens_a_tab_for_every_example_query_with_its_variables()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html");
        using var response = await gateway.Client.SendAsync(request);

        var html = await response.Content.ReadAsStringAsync();
        var attribute = System.Text.RegularExpressions.Regex.Match(html, "data-examples=\"([^\"]*)\"").Groups[1].Value;
        var tabs = JsonSerializer.Deserialize<JsonElement>(WebUtility.HtmlDecode(attribute)).EnumerateArray().ToArray();
        var folder = Path.Combine(typeof(GraphiQLTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!, "examples", "queries");
        Assert.Equal(Directory.GetFiles(folder, "*.graphql").Length, tabs.Length);
        var search = Assert.Single(tabs, t => t.GetProperty("query").GetString()!.Contains("employerSearch(", StringComparison.Ordinal));
        Assert.Equal("employer ea a", JsonSerializer.Deserialize<JsonElement>(search.GetProperty("variables").GetString()!).GetProperty("text").GetString());
    }

    [Fact]
    public async Task A_browser_GET_without_a_query_gets_the_page_with_a_CSP_and_only_local_assets()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("connect-src 'self'", csp, StringComparison.Ordinal);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/graphiql/graphiql.js\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/graphiql/graphiql.js", "text/javascript")]
    [InlineData("/graphiql/graphiql.css", "text/css")]
    public async Task The_bundle_is_served_by_the_gateway_with_an_ETag(string path, string mediaType)
    {
        using var response = await gateway.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.ETag);
        Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 10_000);
    }

    [Fact]
    public async Task An_unknown_asset_is_404() =>
        Assert.Equal(HttpStatusCode.NotFound, (await gateway.Client.GetAsync("/graphiql/nope.js")).StatusCode);

    [Fact]
    public async Task A_GET_that_accepts_JSON_only_is_still_GraphQL_over_HTTP_not_the_page()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("application/graphql-response+json");
        using var response = await gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task In_headless_Chromium_the_page_loads_sends_the_bearer_token_runs_a_query_and_shows_the_result()
    {
        var chromium = await Chromium.FindOrInstallAsync(CancellationToken.None);
        using var fixture = new GatewayFixture();
        using var factory = fixture.Factory;
        var graphql = new Uri(factory.StartOnKestrel(), "graphql");
        var folder = Path.Combine(NodeTools.FindRepositoryRoot(), "tests", "graphiql-browser");
        await NpmInstall.EnsureAsync(folder, "playwright-core", CancellationToken.None);
        var token = new DevelopmentTokens(new WspAuthOptions { Mode = WspAuthMode.Development })
            .Issue(PartnerIdentity.Uwv, PartnerGateway.Now.ToDateTimeOffset().AddDays(-1), TimeSpan.FromDays(3650));

        var (exit, output) = await NodeTools.RunAsync(
            "node",
            ["graphiql.mjs", graphql.ToString(), "{ regions { code name } }"],
            folder,
            s_browserTimeout,
            CancellationToken.None,
            new Dictionary<string, string> { ["WSP_TOKEN"] = token, ["CHROMIUM"] = chromium });

        var line = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault(l => l.StartsWith('{'));
        Assert.True(exit == 0 && line is not null, $"The browser run failed ({exit}):\n{output}");
        var run = JsonDocument.Parse(line!).RootElement;
        Assert.True(run.GetProperty("ok").GetBoolean(), output);
        Assert.Equal($"Bearer {token}", run.GetProperty("authorization").GetString());
        Assert.Empty(run.GetProperty("problems").EnumerateArray());
        var result = JsonDocument.Parse(run.GetProperty("result").GetString()!).RootElement;
        var regions = result.GetProperty("data").GetProperty("regions").EnumerateArray().ToArray();
        Assert.Equal(35, regions.Length);
        Assert.Contains(regions, r => r.GetProperty("code").GetString() == "AM21" && r.GetProperty("name").GetString() == "Haaglanden");
    }
}
