using System.Net;
using System.Text;

namespace Wsp.Gateway.GraphiQL;

/// <summary>
/// The GraphiQL page a browser gets from <c>GET /graphql</c> (Accept: text/html, no query). Scripts, styles and data
/// come from the gateway only (Content-Security-Policy); the bearer token is set in GraphiQL's headers editor.
/// </summary>
internal static class GraphiQLPage
{
    /// <summary>
    /// Scripts from the gateway only; inline styles are allowed because GraphiQL's editor (CodeMirror) and its
    /// components set style attributes at run time. No frames, no forms, no base URL changes.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; "
        + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; object-src 'none'";

    /// <summary>Whether a request is a browser asking for the page: GET, HTML accepted, no query given.</summary>
    public static bool IsRequestedBy(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && !request.Query.ContainsKey("query")
        && request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    public static Task WriteAsync(HttpContext context)
    {
        var endpoint = WebUtility.HtmlEncode(context.Request.PathBase + context.Request.Path);
        var assets = WebUtility.HtmlEncode(context.Request.PathBase + GraphiQLAssets.PathPrefix);
        var examples = WebUtility.HtmlEncode(GraphiQLExamples.TabsJson);
        var html = $$"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>Wsp gateway · GraphiQL</title>
              <link rel="icon" href="data:,">
              <link rel="stylesheet" href="{{assets}}/graphiql.css">
              <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
            </head>
            <body>
              <div id="graphiql" data-endpoint="{{endpoint}}" data-examples="{{examples}}">Loading GraphiQL…</div>
              <script src="{{assets}}/graphiql.js"></script>
            </body>
            </html>
            """;
        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.Vary = "Accept";
        return context.Response.WriteAsync(html, Encoding.UTF8);
    }
}
