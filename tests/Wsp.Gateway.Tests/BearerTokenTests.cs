using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Claims;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Wsp.Hosting.Security;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Tests;

/// <summary>DESIGN.md, Conventions: the standard handler validates issuer, audience, lifetime and signature; a bad token is a 401 problem.</summary>
public sealed class BearerTokenTests(PartnerGateway gateway) : IClassFixture<PartnerGateway>
{
    private const string Query = "{ employers { edges { node { id } } } }";

    public static TheoryData<string> BadTokens() => ["expired", "wrong audience", "wrong issuer", "wrong signature", "no partner claim", "not a JWT"];

    [Theory]
    [MemberData(nameof(BadTokens))]
    public async Task Security_a_token_that_does_not_validate_is_a_401_problem_with_WWW_Authenticate(string kind)
    {
        var answer = await gateway.PostAsync(Query, token: BadToken(kind));

        Assert.Equal(401, answer.Status);
        Assert.Equal("application/problem+json", answer.Response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("Bearer", answer.Response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Equal(401, answer.Body.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task Security_records_without_a_token_are_UNAUTHENTICATED_and_reference_data_is_public()
    {
        var records = await gateway.PostAsync(Query);
        var reference = await gateway.PostAsync("{ provinces { code name } targetGroups { code bookedBy } sectorClassifications { sectors { code } } jobAgreementTargets { deadline total } }");

        Assert.Equal(["UNAUTHENTICATED"], records.ErrorCodes);
        Assert.Equal(200, reference.Status);
        Assert.Empty(reference.ErrorCodes);
        Assert.Equal(12, reference.Data.GetProperty("provinces").GetArrayLength());
    }

    [Fact]
    public async Task Security_an_answer_to_a_request_with_a_token_is_not_cached()
    {
        var answer = await gateway.PostAsync(Query, partner: PartnerIdentity.Uwv);

        Assert.Equal(200, answer.Status);
        Assert.True(answer.Response.Headers.CacheControl?.NoStore, answer.Response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public void Security_production_mode_without_authority_or_signing_key_fails_at_startup_with_a_clear_message()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host.UseEnvironment("Production").UseSetting("Wsp:Sqlite:Path", Path.Combine(Path.GetTempPath(), $"wsp-prod-{Guid.NewGuid():N}.db")));

        var error = Assert.ThrowsAny<InvalidOperationException>(() => factory.CreateClient());

        Assert.Contains("Wsp:Auth:Authority", error.Message, StringComparison.Ordinal);
        Assert.Contains("Wsp:Auth:SigningKey", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_production_mode_with_a_signing_key_accepts_its_tokens_and_refuses_development_ones()
    {
        var key = Convert.ToBase64String(Enumerable.Range(1, 32).Select(i => (byte)i).ToArray());
        var db = Path.Combine(Path.GetTempPath(), $"wsp-prod-{Guid.NewGuid():N}.db");
        using (var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host => host
            .UseEnvironment("Production").UseSetting("Wsp:Sqlite:Path", db).UseSetting("Wsp:Auth:SigningKey", key).UseSetting("Wsp:Auth:Issuer", "https://login.example.nl")))
        {
            using var client = factory.CreateClient();
            var own = Sign(new SymmetricSecurityKey(Convert.FromBase64String(key)), "https://login.example.nl", "wsp-gateway", s_later, PartnerClaims.ToClaims(PartnerIdentity.Uwv));
            var development = gateway.TokenFor(PartnerIdentity.Uwv);

            Assert.Equal(HttpStatusCode.OK, (await PostAsync(client, own)).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await PostAsync(client, development)).StatusCode);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(db)!, Path.GetFileName(db) + "*"))
        {
            File.Delete(file);
        }
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query = Query }) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request);
    }

    private static string BadToken(string kind)
    {
        var key = new SymmetricSecurityKey(Convert.FromBase64String(WspAuthOptions.DevelopmentSigningKey));
        var claims = PartnerClaims.ToClaims(PartnerIdentity.Uwv);
        var later = s_later;
        return kind switch
        {
            "expired" => Sign(key, "wsp-dev", "wsp-gateway", new DateTime(2001, 1, 1, 9, 0, 0, DateTimeKind.Utc), claims, new DateTime(2001, 1, 1, 7, 0, 0, DateTimeKind.Utc)),
            "wrong audience" => Sign(key, "wsp-dev", "someone-else", later, claims),
            "wrong issuer" => Sign(key, "evil", "wsp-gateway", later, claims),
            "wrong signature" => Sign(new SymmetricSecurityKey(new byte[32]), "wsp-dev", "wsp-gateway", later, claims),
            "no partner claim" => Sign(key, "wsp-dev", "wsp-gateway", later, [new Claim("sub", "someone")]),
            _ => "not-a-jwt",
        };
    }

    // Token lifetimes are validated against the machine's time (ASP.NET Core), so the tests issue tokens that are valid, or
    // expired, whenever they run, without reading the wall clock: issued before the gateways' fake now, for ten years.
    private static readonly DateTime s_issued = PartnerGateway.Now.ToDateTimeUtc().AddDays(-1);
    private static readonly DateTime s_later = PartnerGateway.Now.ToDateTimeUtc().AddDays(3650);

    private static string Sign(SecurityKey key, string issuer, string audience, DateTime expires, IEnumerable<Claim> claims, DateTime? issuedAt = null) =>
        new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = issuedAt ?? s_issued,
            NotBefore = issuedAt ?? s_issued,
            Expires = expires,
            Subject = new ClaimsIdentity(claims),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
}
