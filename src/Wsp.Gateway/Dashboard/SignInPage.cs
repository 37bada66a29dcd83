using Wsp.Gateway.Dashboard.Charts;

namespace Wsp.Gateway.Dashboard;

/// <summary>The small sign-in page a browser gets without a (valid) token: one form that posts the token to the gateway, never in a URL.</summary>
internal static class SignInPage
{
    public static string Render(string? problem, string? region)
    {
        var message = problem is null ? "" : $"<p class=\"none\" role=\"alert\">{Html.Encode(problem)}</p>";
        var regionField = region is null ? "" : $"<input type=\"hidden\" name=\"region\" value=\"{Html.Encode(region)}\">";
        var body =
            "<h1>Wsp dashboard · sign in</h1>"
            + "<p class=\"note\">Paste the bearer token you use for the gateway (a development token in development mode). "
            + "It is kept in an HttpOnly cookie for this page only, until the token expires or you sign out.</p>"
            + message
            + "<form method=\"post\" action=\"/dashboard/session\">"
            + "<label for=\"token\">Token</label><input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"off\" required size=\"60\">"
            + regionField
            + " <button type=\"submit\">Sign in</button></form>";
        return DashboardPage.Document("Wsp dashboard · sign in", body);
    }
}
