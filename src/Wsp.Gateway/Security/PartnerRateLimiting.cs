using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Wsp.Gateway.Hosting;
using Wsp.Gateway.Http;
using Wsp.Hosting.Security;
using Wsp.Sdk.Geography;

namespace Wsp.Gateway.Security;

/// <summary>
/// ASP.NET Core's rate limiter with one token bucket per partner on <c>/graphql</c> and <c>/dashboard</c>: the partner a
/// valid bearer token names, else the client address. Over the limit: 429 as <c>application/problem+json</c> with
/// <c>Retry-After</c>. Health probes are never limited.
/// </summary>
internal static class PartnerRateLimiting
{
    public static IServiceCollection AddPartnerRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });

        // The limit is read from the bound, validated gateway limits (reading them validates them first).
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<GatewayLimits>>((options, limits) =>
        {
            var limit = limits.Value.RateLimit;
            var bucket = limit.Bucket();
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                limit.Enabled && IsLimited(context.Request.Path)
                    ? RateLimitPartition.GetTokenBucketLimiter(Caller(context), _ => bucket)
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = (rejected, _) => new ValueTask(RejectAsync(rejected, limit));
        });
        return services;
    }

    /// <summary>The bucket a request draws from: its partner, or its client address without a valid token.</summary>
    internal static string Caller(HttpContext context) =>
        context.User is { Identity.IsAuthenticated: true } user && PartnerClaims.TryRead(user, context.RequestServices.GetRequiredService<Gazetteer>(), out var partner)
            ? "partner " + partner
            : "address " + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");

    private static bool IsLimited(PathString path) =>
        path.StartsWithSegments("/graphql", StringComparison.OrdinalIgnoreCase) || path.StartsWithSegments("/dashboard", StringComparison.OrdinalIgnoreCase);

    private static Task RejectAsync(OnRejectedContext rejected, PartnerRateLimit limit)
    {
        var context = rejected.HttpContext;
        var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)) : 1;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return Problems.WriteAsync(
            context,
            StatusCodes.Status429TooManyRequests,
            "Too many requests",
            string.Create(CultureInfo.InvariantCulture, $"The {Caller(context)} sent more than {limit.Burst} requests at once or more than {limit.PermitsPerSecond} a second, the limit of this gateway instance; try again in {seconds} s."));
    }
}
