// Answers POST /graphql with a response file the load script captured from the gateway: the request's "query" picks
// it (the file named by the query's SHA-256, first 16 hex digits). Reading and parsing the request body is part of
// any real endpoint's work, so the baseline does it too. Usage: Wsp.Gateway.Baseline --responses <folder> --urls <url>
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

var builder = WebApplication.CreateSlimBuilder(args);
var folder = builder.Configuration["responses"] ?? throw new InvalidOperationException("--responses <folder> is required.");
var responses = Directory.GetFiles(folder, "*.json").ToDictionary(f => Path.GetFileNameWithoutExtension(f), File.ReadAllBytes, StringComparer.Ordinal);
var app = builder.Build();

app.MapPost("/graphql", async (HttpContext context) =>
{
    using var request = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
    var query = request.RootElement.GetProperty("query").GetString() ?? string.Empty;
    var key = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(query)))[..16];
    if (!responses.TryGetValue(key, out var body))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return;
    }

    context.Response.ContentType = "application/json; charset=utf-8";
    await context.Response.Body.WriteAsync(body, context.RequestAborted);
});

await app.RunAsync();
