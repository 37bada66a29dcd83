using System.Text.Json;
using Wsp.Testing.Node;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The public graphql-http audit suite (npm <c>graphql-http</c>, the GraphQL-over-HTTP specification's own checks),
/// run by Node.js against the gateway on a real Kestrel port. No MUST audit may fail. Needs Node.js and npm: a
/// missing one fails the test with a message saying so, never a skip.
/// </summary>
[Collection(KestrelTests.Name)]
public sealed class GraphQLHttpAuditTests
{
    private static readonly TimeSpan s_auditTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_gateway_passes_every_MUST_audit_of_graphql_http()
    {
        using var fixture = new GatewayFixture();
        using var factory = fixture.Factory;
        var address = factory.StartOnKestrel().ToString();

        var folder = Path.Combine(NodeTools.FindRepositoryRoot(), "tests", "graphql-http-audit");
        await NpmInstall.EnsureAsync(folder, "graphql-http", CancellationToken.None);

        var (exit, output) = await NodeTools.RunAsync("node", ["audit.mjs", $"{address.TrimEnd('/')}/graphql"], folder, s_auditTimeout, CancellationToken.None);
        Assert.True(exit == 0, $"The audit did not run ({exit}):\n{output}");
        var audits = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToArray();
        Assert.True(audits.Length >= 50, $"Only {audits.Length} audits ran:\n{output}");
        var mustFailures = audits
            .Where(a => a.GetProperty("name").GetString()!.StartsWith("MUST", StringComparison.Ordinal) && a.GetProperty("status").GetString() != "ok")
            .Select(a => $"{a.GetProperty("name").GetString()}: {a.GetProperty("reason")}")
            .ToArray();
        Assert.True(mustFailures.Length == 0, string.Join('\n', mustFailures));
    }
}
