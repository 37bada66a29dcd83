using System.Diagnostics;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The public graphql-http audit suite (npm <c>graphql-http</c>, the GraphQL-over-HTTP specification's own checks),
/// run by Node.js against the gateway on a real Kestrel port. No MUST audit may fail. Needs Node.js and npm: a
/// missing one fails the test with a message saying so, never a skip.
/// </summary>
public sealed class GraphQLHttpAuditTests
{
    private static readonly TimeSpan s_npmTimeout = TimeSpan.FromMinutes(5);
    private static readonly TimeSpan s_auditTimeout = TimeSpan.FromMinutes(2);

    [Fact]
    public async Task The_gateway_passes_every_MUST_audit_of_graphql_http()
    {
        using var fixture = new GatewayFixture();
        using var factory = fixture.Factory;
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var folder = Path.Combine(RepositoryRoot(), "tests", "graphql-http-audit");
        if (!File.Exists(Path.Combine(folder, "node_modules", "graphql-http", "package.json")))
        {
            var (ciExit, ciOutput) = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], folder, s_npmTimeout);
            Assert.True(ciExit == 0, $"'npm ci' in {folder} failed ({ciExit}):\n{ciOutput}");
        }

        var (exit, output) = await RunAsync("node", ["audit.mjs", $"{address.TrimEnd('/')}/graphql"], folder, s_auditTimeout);
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

    private static string RepositoryRoot() =>
        typeof(GraphQLHttpAuditTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    private static async Task<(int ExitCode, string Output)> RunAsync(string tool, string[] arguments, string directory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(tool)
        {
            WorkingDirectory = directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"'{tool}' could not be started: the graphql-http audit needs Node.js 20+ with npm on PATH. These tests are never skipped.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var limit = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"'{tool} {string.Join(' ', arguments)}' took longer than {timeout}.");
            }

            return (process.ExitCode, await stdout + await stderr);
        }
    }
}
