using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Wsp.Hosting.Security;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Dashboard;

/// <summary>
/// Who is asking for the dashboard: the same bearer tokens as <c>/graphql</c>. A client sends one in the
/// Authorization header (validated by the standard JwtBearer handler); a browser gives it once in the sign-in form and
/// then sends it back in an HttpOnly, SameSite=Strict cookie, validated with the very same handler settings. The token
/// never travels in a URL, so it never reaches a request log.
/// </summary>
internal static class DashboardCaller
{
    public const string CookieName = "wsp_dashboard";

    /// <summary>The outcome: a partner, no token at all, or a token that is not valid here.</summary>
    public enum Outcome
    {
        Partner,
        NoToken,
        InvalidToken,
    }

    public static async Task<(Outcome Outcome, PartnerIdentity? Partner, bool FromCookie)> IdentifyAsync(HttpContext context)
    {
        var gazetteer = context.RequestServices.GetRequiredService<Gazetteer>();
        if (context.Request.Headers.Authorization.Count > 0)
        {
            var result = await context.AuthenticateAsync(JwtBearerDefaults.AuthenticationScheme).ConfigureAwait(false);
            return result.Succeeded && PartnerClaims.TryRead(result.Principal, gazetteer, out var partner)
                ? (Outcome.Partner, partner, false)
                : (Outcome.InvalidToken, null, false);
        }

        if (context.Request.Cookies.TryGetValue(CookieName, out var token) && !string.IsNullOrEmpty(token))
        {
            var validated = await ValidateAsync(context, token).ConfigureAwait(false);
            return validated.Principal is { } principal && PartnerClaims.TryRead(principal, gazetteer, out var partner)
                ? (Outcome.Partner, partner, true)
                : (Outcome.InvalidToken, null, true);
        }

        return (Outcome.NoToken, null, false);
    }

    /// <summary>Validates a token as the JwtBearer handler would (its token handlers and validation parameters, and the OIDC keys when an Authority is set).</summary>
    public static async Task<(ClaimsPrincipal? Principal, DateTimeOffset? Expires)> ValidateAsync(HttpContext context, string token)
    {
        var options = context.RequestServices.GetRequiredService<IOptionsMonitor<JwtBearerOptions>>().Get(JwtBearerDefaults.AuthenticationScheme);
        var parameters = options.TokenValidationParameters.Clone();
        if (options.ConfigurationManager is { } manager)
        {
            var configuration = await manager.GetConfigurationAsync(context.RequestAborted).ConfigureAwait(false);
            parameters.ValidIssuers = [.. parameters.ValidIssuers ?? [], configuration.Issuer];
            parameters.IssuerSigningKeys = [.. parameters.IssuerSigningKeys ?? [], .. configuration.SigningKeys];
        }

        foreach (var handler in options.TokenHandlers)
        {
            var result = await handler.ValidateTokenAsync(token, parameters).ConfigureAwait(false);
            if (result.IsValid)
            {
                DateTimeOffset? expires = result.SecurityToken.ValidTo == DateTime.MinValue ? null : new DateTimeOffset(result.SecurityToken.ValidTo, TimeSpan.Zero);
                return (new ClaimsPrincipal(result.ClaimsIdentity), expires);
            }
        }

        return (null, null);
    }
}
