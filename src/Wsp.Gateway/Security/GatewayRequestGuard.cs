using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Net.Http.Headers;
using Wsp.Gateway.Hosting;
using Wsp.Gateway.Http;
using Wsp.Sdk.Geography;

namespace Wsp.Gateway.Security;

/// <summary>
/// In front of <c>/graphql</c>: a request body over <see cref="GatewayLimits.MaxRequestBodyBytes"/> is a 413, a bearer
/// token that does not validate (signature, issuer, audience, lifetime) or names no known partner is a 401 with
/// <c>WWW-Authenticate</c>, both as problem+json; an answer to a request with a token is never cached.
/// </summary>
internal sealed class GatewayRequestGuard(RequestDelegate next, GatewayLimits limits, Gazetteer gazetteer)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase))
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        if (context.Request.ContentLength > limits.MaxRequestBodyBytes)
        {
            await TooLargeAsync(context).ConfigureAwait(false);
            return;
        }

        if (context.Request.Headers.Authorization.Count > 0)
        {
            var result = await context.AuthenticateAsync().ConfigureAwait(false);
            if (!result.Succeeded || !GatewaySecurity.IsPartner(result.Principal, gazetteer))
            {
                await context.ChallengeAsync().ConfigureAwait(false);
                if (!context.Response.Headers.ContainsKey(HeaderNames.WWWAuthenticate))
                {
                    context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\", error_description=\"The token names no partner of the gateway\"";
                }

                await Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", "The bearer token is not valid here (signature, issuer, audience, lifetime or partner claim); reference data needs no token.").ConfigureAwait(false);
                return;
            }

            context.Response.Headers.CacheControl = "no-store";
        }

        // A body without Content-Length (chunked) is counted as it is read: by the server where it can (Kestrel answers
        // 413 past the limit), else by a stream that counts.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = limits.MaxRequestBodyBytes;
        }
        else
        {
            context.Request.Body = new LimitedStream(context.Request.Body, limits.MaxRequestBodyBytes);
        }
        try
        {
            await next(context).ConfigureAwait(false);
        }
        catch (Exception e) when (e is RequestTooLargeException or BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } && !context.Response.HasStarted)
        {
            await TooLargeAsync(context).ConfigureAwait(false);
        }
    }

    private Task TooLargeAsync(HttpContext context) =>
        Problems.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "Request too large", $"The request body may be at most {limits.MaxRequestBodyBytes} bytes.");
}
