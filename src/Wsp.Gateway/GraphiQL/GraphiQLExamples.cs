using System.Text.Json;

namespace Wsp.Gateway.GraphiQL;

/// <summary>
/// The partner queries of <c>examples/queries</c> (embedded at build time; a test runs each against the gateway), as
/// GraphiQL tabs: the page opens with one tab per example, its header comment naming the partner whose token it needs
/// and its example variables filled in.
/// </summary>
internal static class GraphiQLExamples
{
    private const string ResourcePrefix = "Wsp.Gateway.Examples.";

    /// <summary>Gets the examples as a JSON array of GraphiQL tabs (<c>query</c>, <c>variables</c>), by file name.</summary>
    public static string TabsJson { get; } = Load();

    private static string Load()
    {
        var assembly = typeof(GraphiQLExamples).Assembly;
        var tabs = new List<Dictionary<string, string>>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var query = reader.ReadToEnd().Replace("\r\n", "\n", StringComparison.Ordinal);
            var tab = new Dictionary<string, string>(StringComparer.Ordinal) { ["query"] = query };
            if (query.Split('\n').TakeWhile(l => l.StartsWith('#')).Select(l => l.TrimStart('#').Trim()).FirstOrDefault(l => l.StartsWith("variables:", StringComparison.Ordinal)) is { } line)
            {
                tab["variables"] = line["variables:".Length..].Trim();
            }

            tabs.Add(tab);
        }

        return JsonSerializer.Serialize(tabs);
    }
}
