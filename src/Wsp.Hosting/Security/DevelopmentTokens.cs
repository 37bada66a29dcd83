using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Wsp.Sdk.Partners;

namespace Wsp.Hosting.Security;

/// <summary>
/// Issues signed development tokens (ontwikkeltokens) that a gateway in <see cref="WspAuthMode.Development"/> accepts;
/// refuses when the configuration is for production, so a development token can never reach a production gateway.
/// </summary>
public sealed class DevelopmentTokens
{
    private readonly WspAuthOptions _options;
    private readonly SymmetricSecurityKey _key;

    /// <summary>Initializes a new instance of the <see cref="DevelopmentTokens"/> class.</summary>
    /// <param name="options">The options; their mode must be development.</param>
    /// <exception cref="InvalidOperationException">The options are for production.</exception>
    public DevelopmentTokens(WspAuthOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Mode != WspAuthMode.Development)
        {
            throw new InvalidOperationException(
                "Wsp:Auth:Mode is not 'development': development tokens are refused for a production configuration. " +
                "Set Wsp__Auth__Mode=development for a local gateway.");
        }

        _options = options;
        _key = options.ResolveSigningKey(WspAuthMode.Development)!;
    }

    /// <summary>Issues a token for a partner.</summary>
    /// <param name="partner">The partner.</param>
    /// <param name="issuedAt">When the token is issued (UTC).</param>
    /// <param name="lifetime">How long it is valid.</param>
    /// <returns>The compact JWT.</returns>
    public string Issue(PartnerIdentity partner, DateTimeOffset issuedAt, TimeSpan lifetime)
    {
        ArgumentNullException.ThrowIfNull(partner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lifetime, TimeSpan.Zero);
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = _options.Issuer,
            Audience = _options.Audience,
            IssuedAt = issuedAt.UtcDateTime,
            NotBefore = issuedAt.UtcDateTime,
            Expires = (issuedAt + lifetime).UtcDateTime,
            Subject = new ClaimsIdentity(PartnerClaims.ToClaims(partner)),
            SigningCredentials = new SigningCredentials(_key, SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }
}
