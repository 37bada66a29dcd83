using Wsp.Testing.Node;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The schema evolution check CI runs (<c>scripts/schema-check</c>, graphql-inspector): NL GOV API Design Rules allow a
/// breaking schema change only with a new major version (in 0.x: a new minor), after deprecation. Each test runs the
/// check itself on a copy of the schema changed as the test says, against the released schema, under a version.
/// </summary>
public sealed class SchemaEvolutionCheckTests : IDisposable
{
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);
    private static readonly string s_root = NodeTools.FindRepositoryRoot();
    private static readonly string s_folder = Path.Combine(s_root, "scripts", "schema-check");
    private static readonly string s_schema = File.ReadAllText(Path.Combine(s_root, "schema", "wsp.graphql"));
    private const string Provinces = "  \"The twelve provinces.\"\n  provinces: [Province!]!\n";

    private readonly string _directory = Directory.CreateTempSubdirectory("wsp-schema-check-").FullName;

    [Fact]
    public async Task The_repository_schema_may_ship_under_its_API_version()
    {
        var (exit, output) = await RunAsync([]);

        Assert.True(exit == 0, output);
        Assert.Contains("against the released", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0.3.0")]
    [InlineData("0.3.1")]
    public async Task A_breaking_change_without_a_new_minor_version_in_0x_fails(string version)
    {
        var (exit, output) = await CheckAsync(s_schema.Replace(Provinces, "", StringComparison.Ordinal), released: "0.3.0", version);

        Assert.Equal(1, exit);
        Assert.Contains("Field 'provinces' was removed from object type 'Query'", output, StringComparison.Ordinal);
        Assert.Contains("need a new minor version (0.4.0)", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_breaking_change_with_a_new_minor_version_in_0x_passes()
    {
        var (exit, output) = await CheckAsync(s_schema.Replace(Provinces, "", StringComparison.Ordinal), released: "0.3.0", version: "0.4.0");

        Assert.True(exit == 0, output);
    }

    [Theory]
    [InlineData("1.1.0", 1)]
    [InlineData("2.0.0", 0)]
    public async Task From_1_0_0_on_a_breaking_change_needs_a_new_major_version(string version, int expected)
    {
        var (exit, output) = await CheckAsync(s_schema.Replace(Provinces, "", StringComparison.Ordinal), released: "1.0.0", version);

        Assert.True(exit == expected, output);
    }

    [Fact]
    public async Task A_deprecation_and_an_addition_pass_without_a_new_version()
    {
        var changed = s_schema.Replace(Provinces, "  \"The twelve provinces.\"\n  provinces: [Province!]! @deprecated(reason: \"Read a municipality's province.\")\n  \"A new field.\"\n  novelty: String\n", StringComparison.Ordinal);

        var (exit, output) = await CheckAsync(changed, released: "0.3.0", version: "0.3.0");

        Assert.True(exit == 0, output);
        Assert.Contains("0 breaking", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_version_older_than_the_released_one_fails()
    {
        var (exit, output) = await CheckAsync(s_schema, released: "0.3.0", version: "0.2.9");

        Assert.Equal(1, exit);
        Assert.Contains("versions only go up", output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private async Task<ToolResult> CheckAsync(string schema, string released, string version)
    {
        var releasedFolder = Directory.CreateDirectory(Path.Combine(_directory, "released")).FullName;
        await File.WriteAllTextAsync(Path.Combine(releasedFolder, $"wsp-{released}.graphql"), s_schema);
        await File.WriteAllTextAsync(Path.Combine(_directory, "wsp.graphql"), schema);
        await File.WriteAllTextAsync(Path.Combine(_directory, "ApiVersion.cs"), $"internal static class ApiVersion {{ public const string Current = \"{version}\"; }}");
        return await RunAsync(["--released", releasedFolder, "--schema", Path.Combine(_directory, "wsp.graphql"), "--version-file", Path.Combine(_directory, "ApiVersion.cs")]);
    }

    private static async Task<ToolResult> RunAsync(string[] arguments)
    {
        Assert.Contains(Provinces, s_schema, StringComparison.Ordinal);
        await NpmInstall.EnsureAsync(s_folder, "@graphql-inspector/cli", CancellationToken.None);
        return await NodeTools.RunAsync("node", ["check.mjs", .. arguments], s_folder, s_timeout, CancellationToken.None);
    }
}
