using Microsoft.Extensions.Configuration;
using Microsoft.IdentityModel.Tokens;

namespace Wsp.Hosting.Security;

/// <summary>
/// How bearer tokens (toegangstokens) are issued and validated, bound from <c>Wsp:Auth</c>. Gateway and tool read the
/// same section, so a token from <c>wsp token</c> is accepted by a gateway in development mode on the same machine.
/// </summary>
public sealed class WspAuthOptions
{
    /// <summary>The configuration section: <c>Wsp:Auth</c>.</summary>
    public const string SectionName = "Wsp:Auth";

    /// <summary>
    /// The development signing key (HMAC-SHA256, base64), published here like the Cosmos emulator's key: it is only
    /// ever trusted in <see cref="WspAuthMode.Development"/>, so knowing it gives nothing in production.
    /// </summary>
    public const string DevelopmentSigningKey = "d3NwLWRldmVsb3BtZW50LW9ubHktc2lnbmluZy1rZXktbm90LWZvci1wcm9kdWN0aW9u";

    /// <summary>Gets or sets the mode. Default: <see cref="WspAuthMode.Production"/> (the gateway uses development when its host environment is Development).</summary>
    public WspAuthMode? Mode { get; set; }

    /// <summary>Gets or sets the issuer tokens must name. Default: <c>wsp-dev</c>.</summary>
    public string Issuer { get; set; } = "wsp-dev";

    /// <summary>Gets or sets the audience tokens must name. Default: <c>wsp-gateway</c>.</summary>
    public string Audience { get; set; } = "wsp-gateway";

    /// <summary>Gets or sets the HMAC signing key (base64, at least 32 bytes). Default: none, which in development means <see cref="DevelopmentSigningKey"/>.</summary>
    public string? SigningKey { get; set; }

    /// <summary>Gets or sets the OpenID Connect authority (identity provider) whose published keys sign production tokens. Default: none.</summary>
    public string? Authority { get; set; }

    /// <summary>Reads the options from <c>Wsp:Auth</c>.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The options.</returns>
    public static WspAuthOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new WspAuthOptions();
        configuration.GetSection(SectionName).Bind(options);
        return options;
    }

    /// <summary>Returns the key that signs (development) or validates (a configured key) tokens, or null when none applies.</summary>
    /// <param name="mode">The mode in force.</param>
    /// <returns>The key.</returns>
    /// <exception cref="InvalidOperationException">The configured key is not base64 or shorter than 32 bytes.</exception>
    public SymmetricSecurityKey? ResolveSigningKey(WspAuthMode mode)
    {
        var text = SigningKey ?? (mode == WspAuthMode.Development ? DevelopmentSigningKey : null);
        if (text is null)
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(text);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Wsp:Auth:SigningKey is not base64.");
        }

        return bytes.Length >= 32
            ? new SymmetricSecurityKey(bytes)
            : throw new InvalidOperationException("Wsp:Auth:SigningKey must be at least 32 bytes (256 bits) for HMAC-SHA256.");
    }
}
