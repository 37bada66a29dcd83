using System.Net;
using Microsoft.Azure.Cosmos;

namespace Wsp.Testing.Cosmos.Tests;

/// <summary>The harness itself: where the stand-in listens, whom its clients trust and talk to, and how it stops.</summary>
[Collection(CosmosStandInFixture.CollectionName)]
public sealed class HarnessTests
{
    private readonly CosmosStandInFixture _cosmos;

    public HarnessTests(CosmosStandInFixture cosmos) => _cosmos = cosmos;

    [Fact]
    public void The_stand_in_listens_over_tls_on_a_loopback_port_and_takes_the_emulator_key()
    {
        Uri endpoint = _cosmos.StandIn.Endpoint;

        Assert.Equal("https", endpoint.Scheme);
        Assert.Equal("127.0.0.1", endpoint.Host);
        Assert.InRange(endpoint.Port, 1, 65535);
        Assert.Equal(CosmosStandIn.WellKnownKey, _cosmos.StandIn.Key);
    }

    [Fact]
    public async Task The_client_it_makes_uses_gateway_mode_limited_to_the_endpoint_and_keeps_the_callers_other_options()
    {
        var options = new CosmosClientOptions { ApplicationName = "wsp-harness-test", MaxRetryAttemptsOnRateLimitedRequests = 3 };

        using CosmosClient client = _cosmos.StandIn.CreateClient(options);
        AccountProperties account = await client.ReadAccountAsync();

        Assert.Equal(ConnectionMode.Gateway, client.ClientOptions.ConnectionMode);
        Assert.True(client.ClientOptions.LimitToEndpoint);
        Assert.Equal("wsp-harness-test", client.ClientOptions.ApplicationName);
        Assert.Equal(3, client.ClientOptions.MaxRetryAttemptsOnRateLimitedRequests);
        Assert.NotNull(account.Id);
    }

    [Fact]
    public async Task Its_http_client_refuses_every_address_but_the_stand_in_before_any_connection()
    {
        var options = new CosmosClientOptions();
        using CosmosClient client = _cosmos.StandIn.CreateClient(options);
        using HttpClient http = options.HttpClientFactory!();

        var refused = await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri("http://127.0.0.2:9/")));

        Assert.Contains("talks to " + _cosmos.StandIn.Endpoint, refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Its_self_signed_certificate_is_trusted_by_its_own_clients_only()
    {
        using var untrusting = new HttpClient(new SocketsHttpHandler { UseProxy = false });

        var failure = await Assert.ThrowsAsync<HttpRequestException>(() => untrusting.GetAsync(_cosmos.StandIn.Endpoint));

        Assert.IsType<System.Security.Authentication.AuthenticationException>(failure.InnerException);
    }

    [Fact]
    public async Task A_second_stand_in_runs_beside_the_first_with_its_own_port_and_data_and_stops_when_disposed()
    {
        var second = await CosmosStandIn.StartAsync();
        Uri endpoint = second.Endpoint;
        try
        {
            using CosmosClient client = second.CreateClient();
            await client.CreateDatabaseAsync("only-in-the-second");

            Assert.NotEqual(_cosmos.StandIn.Endpoint, endpoint);
            var absent = await Assert.ThrowsAsync<CosmosException>(() => _cosmos.Client.GetDatabase("only-in-the-second").ReadAsync());
            Assert.Equal(HttpStatusCode.NotFound, absent.StatusCode);
        }
        finally
        {
            await second.DisposeAsync();
        }

        using var probe = new System.Net.Sockets.TcpClient();
        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => probe.ConnectAsync(endpoint.Host, endpoint.Port));
    }

    [Fact]
    public void A_missing_tool_is_a_clear_failure_that_names_it_and_says_to_install_node_never_a_skip()
    {
        var failure = Assert.Throws<Wsp.Testing.Node.NodeToolException>(() => Wsp.Testing.Node.NodeTools.FindOnPath("wsp-no-such-tool"));

        Assert.Contains("'wsp-no-such-tool' was not found on PATH", failure.Message, StringComparison.Ordinal);
        Assert.Contains("install Node.js 20 or later with npm", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_stand_in_folder_is_found_from_the_test_output_folder()
    {
        var folder = Tooling.FindStandInDirectory();

        Assert.True(File.Exists(Path.Combine(folder, "server.js")));
        Assert.True(File.Exists(Path.Combine(folder, "package-lock.json")));
    }
}
