using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Wsp.Hosting.Security;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Hosting.Tests;

/// <summary>Development tokens: signed, scoped to the configured issuer and audience, never issued for production.</summary>
public sealed class DevelopmentTokensTests
{
    private static readonly DateTimeOffset s_now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static WspAuthOptions Options(params (string Key, string Value)[] settings) =>
        WspAuthOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public async Task A_token_carries_the_partner_and_validates_with_the_development_key()
    {
        var options = Options(("Wsp:Auth:Mode", "development"));
        var delft = PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0503")!);

        var token = new DevelopmentTokens(options).Issue(delft, s_now, TimeSpan.FromHours(8));

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = "wsp-dev",
            ValidAudience = "wsp-gateway",
            IssuerSigningKey = options.ResolveSigningKey(WspAuthMode.Development),
            LifetimeValidator = (notBefore, expires, _, _) => notBefore <= s_now.UtcDateTime && expires > s_now.UtcDateTime,
        });

        Assert.True(result.IsValid, result.Exception?.Message);
        Assert.True(PartnerClaims.TryRead(new System.Security.Claims.ClaimsPrincipal(result.ClaimsIdentity), Gazetteer.Default, out var partner));
        Assert.Equal("GM0503", partner.ToString());
        Assert.Equal(delft.Regions, partner.Regions);
    }

    [Fact]
    public void Security_development_tokens_are_refused_for_a_production_configuration()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new DevelopmentTokens(Options()));

        Assert.Contains("production", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new DevelopmentTokens(Options(("Wsp:Auth:Mode", "production"))));
    }

    [Fact]
    public void A_configured_signing_key_shorter_than_256_bits_is_refused()
    {
        var options = Options(("Wsp:Auth:Mode", "development"), ("Wsp:Auth:SigningKey", Convert.ToBase64String(new byte[16])));

        Assert.Throws<InvalidOperationException>(() => new DevelopmentTokens(options));
    }
}
