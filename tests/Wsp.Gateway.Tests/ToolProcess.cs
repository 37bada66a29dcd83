using System.Diagnostics;

namespace Wsp.Gateway.Tests;

/// <summary>The built <c>wsp</c> tool (referenced by this project, so it sits next to the tests) run as a real process, as a user runs it.</summary>
internal static class ToolProcess
{
    /// <summary>Runs <c>wsp ARGS</c> in <paramref name="directory"/> with extra environment variables (<c>Wsp__Store</c>, …); killed after 3 minutes.</summary>
    public static async Task<ToolRun> RunAsync(string directory, IReadOnlyDictionary<string, string?> environment, params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "Wsp.Cli.dll");
        Assert.True(File.Exists(tool), $"The tool is not built next to the tests: {tool}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return new ToolRun(string.Join(' ', args), process.ExitCode, await output, await error);
    }
}

/// <summary>What a run of the tool did: its exit code and what it wrote.</summary>
internal sealed record ToolRun(string Command, int Exit, string Out, string Error)
{
    public override string ToString() => $"wsp {Command}: exit {Exit}\n{Out}\n{Error}";
}
