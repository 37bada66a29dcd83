using System.Reflection;
using System.Text.Json;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The partner queries in <c>examples/queries</c> run against the gateway with the partner their header names
/// (<c># partner:</c>) and their example variables (<c># variables:</c>), so they never rot.
/// </summary>
public sealed class ExampleQueryTests(MatrixGateway gateway) : IClassFixture<MatrixGateway>
{
    private static string Folder =>
        Path.Combine(typeof(ExampleQueryTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!, "examples", "queries");

    public static TheoryData<string> Examples() => [.. Directory.GetFiles(Folder, "*.graphql").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void There_are_example_queries() => Assert.True(Examples().Count >= 4);

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task The_example_query_runs_without_errors(string file)
    {
        var text = await File.ReadAllTextAsync(Path.Combine(Folder, file));
        var header = text.Split('\n').TakeWhile(l => l.StartsWith('#')).Select(l => l.TrimStart('#').Trim()).ToArray();
        var partner = header.Single(l => l.StartsWith("partner:", StringComparison.Ordinal))["partner:".Length..].Trim();
        var variables = header.SingleOrDefault(l => l.StartsWith("variables:", StringComparison.Ordinal)) is { } line
            ? JsonSerializer.Deserialize<JsonElement>(line["variables:".Length..])
            : (object?)null;

        var answer = await gateway.PostAsync(text, variables, PartnerGateway.Partner(partner));

        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, $"{file}: {answer}");
        Assert.NotEqual(JsonValueKind.Null, answer.Data.ValueKind);
    }
}
