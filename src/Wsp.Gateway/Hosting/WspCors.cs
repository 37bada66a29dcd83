using Microsoft.Net.Http.Headers;

namespace Wsp.Gateway.Hosting;

/// <summary>
/// CORS for browser clients of partners, per origin (<c>Wsp:Gateway:Cors:Origins</c>, a list of origins such as
/// <c>https://portal.example.nl</c>). Without origins no cross-origin browser request is allowed: partners' servers
/// need no CORS.
/// </summary>
internal static class WspCors
{
    public const string OriginsKey = "Wsp:Gateway:Cors:Origins";

    public static IServiceCollection AddWspCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection(OriginsKey).Get<string[]>() ?? [];
        services.AddCors(cors => cors.AddDefaultPolicy(policy =>
        {
            if (origins.Length == 0)
            {
                return;
            }

            policy.WithOrigins(origins)
                .WithMethods(HttpMethods.Get, HttpMethods.Post)
                .WithHeaders(HeaderNames.Authorization, HeaderNames.ContentType, HeaderNames.Accept)
                .WithExposedHeaders("API-Version")
                .SetPreflightMaxAge(TimeSpan.FromMinutes(10));
        }));
        return services;
    }

    public static IApplicationBuilder UseWspCors(this IApplicationBuilder app) => app.UseCors();
}
