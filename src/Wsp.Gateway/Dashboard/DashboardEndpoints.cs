using System.Globalization;
using System.Text;
using NodaTime;
using Wsp.Gateway.Http;
using Wsp.Gateway.Schema;
using Wsp.Hosting.Security;
using Wsp.Sdk;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Dashboard;

/// <summary>
/// The management-information dashboard at <c>/dashboard</c> (issue 7, item 6): per region, realisation against the
/// placement ambition by sector, job-agreement jobs over time against the target, and the national arrangements with
/// the regions that joined. Same tokens and the same region rules as GraphQL's aggregates (<see cref="PartnerIdentity.CanReadAggregates"/>):
/// a municipality sees its own region(s), UWV, the national desk and the ministry any region.
/// </summary>
internal static class DashboardEndpoints
{
    /// <summary>The region shown to a national partner that asks for none: Haaglanden, whose plan the SDK carries.</summary>
    private static readonly RegionCode s_defaultRegion = RegionCode.Parse("AM21");

    public static IEndpointRouteBuilder MapWspDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/dashboard", ShowAsync);
        endpoints.MapPost("/dashboard/session", SignInAsync);
        endpoints.MapPost("/dashboard/session/end", SignOut);
        return endpoints;
    }

    private static async Task ShowAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        var (outcome, partner, fromCookie) = await DashboardCaller.IdentifyAsync(context).ConfigureAwait(false);
        if (partner is null)
        {
            if (fromCookie)
            {
                context.Response.Cookies.Delete(DashboardCaller.CookieName, CookieOptions(context, null));
            }

            var problem = outcome == DashboardCaller.Outcome.InvalidToken
                ? "The token is not valid here (signature, issuer, audience, lifetime or partner claim); sign in again."
                : null;
            await UnauthorizedAsync(context, outcome, problem).ConfigureAwait(false);
            return;
        }

        var gazetteer = context.RequestServices.GetRequiredService<Gazetteer>();
        var asked = context.Request.Query["region"].ToString();
        RegionCode code;
        if (asked.Length == 0)
        {
            code = partner.CanReadNationalAggregates ? s_defaultRegion : partner.Regions[0];
        }
        else if (!Regions.TryParse(asked, "region", out code, out var problem))
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Bad request", problem).ConfigureAwait(false);
            return;
        }

        var today = DutchCalendar.Today(context.RequestServices.GetRequiredService<IClock>());
        var yearText = context.Request.Query["year"].ToString();
        var year = 0;
        if (yearText.Length > 0 && (!int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year < 2013 || year > today.Year))
        {
            await Problems.WriteAsync(context, StatusCodes.Status400BadRequest, "Bad request", $"year: give a year from 2013 (the job agreement's first) to {today.Year}.").ConfigureAwait(false);
            return;
        }

        var region = gazetteer.GetRegion(code);
        var client = new WspClient(context.RequestServices.GetRequiredService<IWspStore>(), partner, context.RequestServices.GetRequiredService<WspClientOptions>());
        DashboardView view;
        try
        {
            if (yearText.Length == 0)
            {
                year = await DashboardData.DefaultYearAsync(client, code, today, context.RequestAborted).ConfigureAwait(false);
            }

            view = await DashboardData.LoadAsync(client, region, year, today, context.RequestAborted).ConfigureAwait(false);
        }
        catch (AccessDeniedException denied)
        {
            // The client decides which regions' figures the viewer reads (a municipality its own): a 403 problem, as GraphQL's FORBIDDEN.
            await Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", denied.Message).ConfigureAwait(false);
            return;
        }

        var choices = partner.CanReadNationalAggregates ? gazetteer.Regions : partner.Regions.Select(gazetteer.GetRegion).ToArray();
        await WriteHtmlAsync(context, StatusCodes.Status200OK, DashboardPage.Render(view, choices)).ConfigureAwait(false);
    }

    private static async Task SignInAsync(HttpContext context)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (IsFromAnotherSite(context.Request))
        {
            await RefuseCrossSiteAsync(context).ConfigureAwait(false);
            return;
        }

        if (!context.Request.HasFormContentType)
        {
            await Problems.WriteAsync(context, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "Sign in with a form post (application/x-www-form-urlencoded) with the field token.").ConfigureAwait(false);
            return;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var token = form["token"].ToString().Trim();
        var region = Regions.TryParse(form["region"].ToString(), "region", out var code, out _) ? code.ToString() : null;
        var gazetteer = context.RequestServices.GetRequiredService<Gazetteer>();
        var (principal, expires) = token.Length == 0 ? (null, null) : await DashboardCaller.ValidateAsync(context, token).ConfigureAwait(false);
        if (principal is null || !PartnerClaims.TryRead(principal, gazetteer, out _))
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
            await WriteHtmlAsync(context, StatusCodes.Status401Unauthorized, SignInPage.Render("The token is not valid here (signature, issuer, audience, lifetime or partner claim).", region)).ConfigureAwait(false);
            return;
        }

        context.Response.Cookies.Append(DashboardCaller.CookieName, token, CookieOptions(context, expires));
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = region is null ? "/dashboard" : "/dashboard?region=" + region;
    }

    private static async Task SignOut(HttpContext context)
    {
        if (IsFromAnotherSite(context.Request))
        {
            await RefuseCrossSiteAsync(context).ConfigureAwait(false);
            return;
        }

        context.Response.Cookies.Delete(DashboardCaller.CookieName, CookieOptions(context, null));
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = "/dashboard";
    }

    /// <summary>
    /// Sign-in forgery: another site could post its own token here and show the victim the figures that token sees
    /// (or sign the victim out). Browsers name where a form post comes from (<c>Sec-Fetch-Site</c>, else
    /// <c>Origin</c>): only this origin, or the user's own navigation, may sign in or out.
    /// </summary>
    private static bool IsFromAnotherSite(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0)
        {
            return site is not ("same-origin" or "none");
        }

        var origin = request.Headers.Origin.ToString();
        return origin.Length > 0 && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase);
    }

    private static Task RefuseCrossSiteAsync(HttpContext context) =>
        Problems.WriteAsync(context, StatusCodes.Status403Forbidden, "Forbidden", "Sign in and out from the dashboard's own page: a form posted from another site is refused.");

    /// <summary>The cookie only this page gets, never script (HttpOnly), never sent from another site (Strict), lasting as long as the token.</summary>
    private static CookieOptions CookieOptions(HttpContext context, DateTimeOffset? expires) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        Path = "/dashboard",
        Expires = expires,
        IsEssential = true,
    };

    private static Task UnauthorizedAsync(HttpContext context, DashboardCaller.Outcome outcome, string? problem)
    {
        context.Response.Headers.WWWAuthenticate = outcome == DashboardCaller.Outcome.InvalidToken
            ? "Bearer error=\"invalid_token\", error_description=\"The token names no partner of the gateway or does not validate\""
            : "Bearer";
        var browser = context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        if (browser)
        {
            var region = Regions.TryParse(context.Request.Query["region"].ToString(), "region", out var code, out _) ? code.ToString() : null;
            return WriteHtmlAsync(context, StatusCodes.Status401Unauthorized, SignInPage.Render(problem, region));
        }

        return Problems.WriteAsync(context, StatusCodes.Status401Unauthorized, "Unauthorized", problem ?? "The dashboard needs a bearer token (Authorization: Bearer …), the same as the gateway's.");
    }

    private static Task WriteHtmlAsync(HttpContext context, int status, string html)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentSecurityPolicy = DashboardStyle.ContentSecurityPolicy;
        context.Response.Headers["Referrer-Policy"] = "no-referrer";
        return context.Response.WriteAsync(html, Encoding.UTF8);
    }
}
