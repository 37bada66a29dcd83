using System.Text.RegularExpressions;
using Wsp.Sdk.Partners;
using Wsp.Testing.Cosmos;

namespace Wsp.Gateway.Tests;

/// <summary>
/// An operator points the tool and the gateway at a Cosmos DB emulator (here the stand-in) with configuration alone, as
/// the README shows: environment variables for the tool (run as a real process), settings for the gateway; no code
/// builds a client for them.
/// </summary>
public sealed partial class CosmosFromConfigurationTests : IDisposable
{
    private readonly CosmosStandIn _standIn = SharedCosmosStandIn.Acquire();
    private readonly string _database = $"wsp-configured-{Guid.NewGuid():N}";
    private readonly string _directory = Directory.CreateTempSubdirectory("wsp-gateway-cosmos-").FullName;

    public void Dispose()
    {
        try
        {
            using var client = _standIn.CreateClient();
            using var response = client.GetDatabase(_database).DeleteStreamAsync().GetAwaiter().GetResult();
            Directory.Delete(_directory, recursive: true);
        }
        finally
        {
            SharedCosmosStandIn.Release();
        }
    }

    [Fact]
    public async Task The_tool_fills_the_stand_in_and_the_gateway_answers_from_it_both_configured_alone()
    {
        var settings = _standIn.Settings(_database);

        var demo = await RunToolAsync(settings, "demo", "--placements", "40", "--arrangements", "1");
        var stats = await RunToolAsync(settings, "stats");

        Assert.True(demo.Exit == 0, demo.ToString());
        Assert.True(stats.Exit == 0, stats.ToString());
        Assert.Contains("Store: cosmos", stats.Out, StringComparison.Ordinal);
        using var gateway = new ConfiguredGateway(settings);
        using var ready = await gateway.Client.GetAsync(new Uri("/readyz", UriKind.Relative));
        Assert.True(ready.IsSuccessStatusCode, $"/readyz answered {ready.StatusCode}");
        var answer = await gateway.PostAsync("{ vacancies(first: 100) { pageInfo { hasNextPage } edges { node { id region { code } } } } placements(first: 1) { totalCount } }", partner: PartnerIdentity.Uwv);
        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
        var vacancies = answer.Data.GetProperty("vacancies");
        var regions = vacancies.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("region").GetProperty("code").GetString()).Distinct().Count();

        // The demo writes vacancies in every one of the 35 regions, and its 40 imported placements besides the booked ones.
        Assert.Equal(35, regions);
        Assert.False(vacancies.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.True(answer.Data.GetProperty("placements").GetProperty("totalCount").GetInt32() > 40, answer.ToString());
    }

    [Fact]
    public async Task Direct_mode_against_an_emulator_is_refused_plainly_by_the_tool_not_with_a_stack_trace()
    {
        // Direct mode is the default (for Azure); the stand-in, like an emulator behind its HTTPS endpoint only, answers
        // its requests for replica addresses with 400.
        var settings = _standIn.Settings(_database).Where(s => s.Key != "Wsp:Cosmos:ConnectionMode").ToDictionary();

        var stats = await RunToolAsync(settings, "stats");

        Assert.True(stats.Exit == 1, stats.ToString());
        Assert.Contains($"the store (cosmos {_standIn.Endpoint.AbsoluteUri} database {_database}) is unavailable", stats.Error, StringComparison.Ordinal);
        Assert.Contains("an emulator or the test stand-in needs Gateway", stats.Error, StringComparison.Ordinal);
        Assert.DoesNotMatch(StackFrame(), stats.Error);
    }

    /// <summary>Runs the tool in the test's directory with the settings as environment variables (<c>Wsp__Cosmos__ConnectionString</c>, …).</summary>
    private Task<ToolRun> RunToolAsync(IReadOnlyDictionary<string, string?> settings, params string[] args) =>
        ToolProcess.RunAsync(_directory, settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value), args);

    [GeneratedRegex(@"^\s+at \S+\(", RegexOptions.Multiline)]
    private static partial Regex StackFrame();

    /// <summary>The partner gateway (development tokens) with the stand-in's settings: its store is built from them alone.</summary>
    private sealed class ConfiguredGateway(IReadOnlyDictionary<string, string?> settings) : PartnerGateway(settings);
}
