using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Wsp.Gateway.GraphiQL;

/// <summary>
/// The GraphiQL bundle (graphiql.js, graphiql.css), built from npm at build time (GraphiQL.targets) and embedded in the
/// assembly, served at <c>/graphiql/{file}</c> with a strong ETag: browsers never reach a CDN for it.
/// </summary>
internal static class GraphiQLAssets
{
    public const string PathPrefix = "/graphiql";

    private static readonly FrozenDictionary<string, Asset> s_assets = Load();

    public static IEndpointConventionBuilder MapWspGraphiQL(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet(PathPrefix + "/{file}", (string file, HttpContext context) =>
        {
            if (!s_assets.TryGetValue(file, out var asset))
            {
                return Results.NotFound();
            }

            context.Response.Headers.CacheControl = "public, max-age=3600";
            return Results.Bytes(asset.Content, asset.ContentType, entityTag: new Microsoft.Net.Http.Headers.EntityTagHeaderValue(asset.ETag));
        });

    private static FrozenDictionary<string, Asset> Load()
    {
        var assembly = typeof(GraphiQLAssets).Assembly;
        var assets = new Dictionary<string, Asset>(StringComparer.Ordinal);
        foreach (var (file, contentType) in new[] { ("graphiql.js", "text/javascript; charset=utf-8"), ("graphiql.css", "text/css; charset=utf-8") })
        {
            using var stream = assembly.GetManifestResourceStream($"Wsp.Gateway.GraphiQL.{file}")
                ?? throw new InvalidOperationException($"The GraphiQL bundle lacks {file}: build the gateway with Node.js and npm on PATH (GraphiQL/GraphiQL.targets runs npm ci and the bundle).");
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            var content = buffer.ToArray();
            assets[file] = new Asset(content, contentType, $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..32]}\"");
        }

        return assets.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private sealed record Asset(byte[] Content, string ContentType, string ETag);
}
