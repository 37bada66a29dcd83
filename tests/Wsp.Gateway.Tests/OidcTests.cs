using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The gateway in production mode with <c>Wsp:Auth:Authority</c> pointing at a real OpenID Connect provider
/// (<see cref="OidcProvider"/>), which it discovers (<c>/.well-known/openid-configuration</c>, then its JWKS) on the
/// first token. The provider listens on plain http on loopback: the test alone lets the JwtBearer handler read http
/// metadata (<c>RequireHttpsMetadata = false</c>); in production the Authority is https. It also shortens the least time
/// between two metadata reads after a refused token (JwtBearer's <c>RefreshInterval</c>, 5 minutes by default) to 1 s.
/// </summary>
public sealed class OidcGateway : IAsyncLifetime
{
    private readonly string _database = Path.Combine(Path.GetTempPath(), $"wsp-oidc-{Guid.NewGuid():N}.db");
    private WebApplicationFactory<Program>? _factory;
    private OidcProvider? _provider;

    public OidcProvider Provider => _provider ?? throw new InvalidOperationException("Started in InitializeAsync.");

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _provider = await OidcProvider.StartAsync();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseEnvironment("Production")
            .UseSetting("Wsp:Sqlite:Path", _database)
            .UseSetting("Wsp:Auth:Authority", _provider.Issuer.AbsoluteUri)
            .UseSetting("Wsp:Auth:Audience", OidcProvider.Audience)
            .ConfigureTestServices(services => services.Configure<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme, jwt =>
            {
                jwt.RequireHttpsMetadata = false;
                jwt.BackchannelHttpHandler = new SocketsHttpHandler { UseProxy = false };

                // The least time between two metadata reads that a refused token asks for (default 5 minutes): short, so
                // the rotation test does not depend on whether another test's refused token asked for a read just before.
                jwt.RefreshInterval = TimeSpan.FromSeconds(1);
            })));
        Client = _factory.CreateClient();
    }

    public async Task<GraphQLAnswer> PostAsync(string query, string? token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query }) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLAnswer((int)response.StatusCode, response, body.StartsWith('{') ? JsonDocument.Parse(body).RootElement.Clone() : default);
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }

        foreach (var file in new[] { _database, _database + "-wal", _database + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>
/// DESIGN.md, Conventions: partners come with an OpenID Connect provider issuing client-credentials JWTs (the NL GOV
/// OAuth profile); the standard handler validates issuer, audience, lifetime and signature against the provider's
/// published keys, and the partner claims decide what the caller may read.
/// </summary>
public sealed class OidcTests(OidcGateway gateway) : IClassFixture<OidcGateway>
{
    private static string Employers(string? region) => region is null ? "{ employers { edges { node { id } } } }" : $"{{ employers(region: \"{region}\") {{ edges {{ node {{ id }} }} }} }}";

    public static TheoryData<string, string?, string> PartnerKinds() => new()
    {
        { "wsp-uwv", null, "" },
        { "wsp-national-desk", null, "" },
        { "wsp-ministry", null, "FORBIDDEN" },
        { "wsp-gm0503", "AM21", "" },
        { "wsp-gm0503", "AM18", "FORBIDDEN" },
        { "wsp-gm0518", "AM21", "" },
        { "wsp-gm0518", "AM18", "FORBIDDEN" },
    };

    [Theory]
    [MemberData(nameof(PartnerKinds))]
    public async Task Security_a_provider_token_of_each_partner_kind_is_accepted_and_its_claims_decide_what_it_reads(string client, string? region, string expected)
    {
        var token = await gateway.Provider.TokenAsync(client);

        var answer = await gateway.PostAsync(Employers(region), token);

        Assert.Equal(200, answer.Status);
        Assert.Equal(expected.Length == 0 ? [] : [expected], answer.ErrorCodes);
    }

    [Fact]
    public async Task Security_a_provider_token_that_names_no_partner_is_a_401_problem()
    {
        var answer = await gateway.PostAsync(Employers(null), await gateway.Provider.TokenAsync("wsp-unmapped"));

        AssertRefused(answer);
    }

    [Fact]
    public async Task Security_an_expired_provider_token_is_refused()
    {
        // The provider's clock two hours back: its token (valid 300 s) expired long before now, without waiting.
        await gateway.Provider.SetClockAsync(TimeSpan.FromHours(-2));
        string expired;
        try
        {
            expired = await gateway.Provider.TokenAsync("wsp-uwv");
        }
        finally
        {
            await gateway.Provider.SetClockAsync(TimeSpan.Zero);
        }

        var fresh = await gateway.Provider.TokenAsync("wsp-uwv");

        Assert.True(new JsonWebToken(expired).ValidTo < DateTime.UtcNow.AddHours(-1));
        AssertRefused(await gateway.PostAsync(Employers(null), expired));
        Assert.Equal(200, (await gateway.PostAsync(Employers(null), fresh)).Status);
    }

    [Fact]
    public async Task Security_a_provider_token_for_another_audience_is_refused()
    {
        var token = await gateway.Provider.TokenAsync("wsp-uwv", resource: "urn:another:api");

        Assert.Equal(["urn:another:api"], new JsonWebToken(token).Audiences);
        AssertRefused(await gateway.PostAsync(Employers(null), token));
    }

    [Fact]
    public async Task Security_a_token_of_another_issuer_is_refused_though_it_is_signed_with_a_published_key()
    {
        var token = await gateway.Provider.TokenAsync("wsp-uwv", issuer: gateway.Provider.OtherIssuer);
        var trusted = await gateway.Provider.TokenAsync("wsp-uwv");

        Assert.Equal(new JsonWebToken(trusted).Kid, new JsonWebToken(token).Kid);
        AssertRefused(await gateway.PostAsync(Employers(null), token));
        Assert.Equal(200, (await gateway.PostAsync(Employers(null), trusted)).Status);
    }

    [Fact]
    public async Task Security_after_the_provider_rotates_its_keys_new_tokens_are_accepted_without_a_restart()
    {
        var before = await gateway.Provider.TokenAsync("wsp-uwv");
        Assert.Equal(200, (await gateway.PostAsync(Employers(null), before)).Status);

        var kid = await gateway.Provider.RotateKeysAsync();
        var after = await gateway.Provider.TokenAsync("wsp-uwv");

        Assert.Equal(kid, new JsonWebToken(after).Kid);
        Assert.NotEqual(new JsonWebToken(before).Kid, kid);

        // The first token with the unknown key is refused and makes the gateway read the provider's metadata again, in
        // the background (IdentityModel's ConfigurationManager): the token is accepted once that read is done. Bounded,
        // so a gateway that never refreshes fails here rather than hanging.
        var statuses = new List<int>();
        for (var attempt = 0; attempt < 100 && statuses.LastOrDefault() != 200; attempt++)
        {
            if (attempt > 0)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200));
            }

            statuses.Add((await gateway.PostAsync(Employers(null), after)).Status);
        }

        Assert.Equal(200, statuses[^1]);
        Assert.All(statuses[..^1], status => Assert.Equal(401, status));
        Assert.Equal(200, (await gateway.PostAsync(Employers(null), before)).Status);
    }

    private static void AssertRefused(GraphQLAnswer answer)
    {
        Assert.Equal(401, answer.Status);
        Assert.Equal("application/problem+json", answer.Response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Bearer", answer.Response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }
}
