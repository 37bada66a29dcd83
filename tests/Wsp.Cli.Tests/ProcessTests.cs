using System.Diagnostics;
using System.Text;

namespace Wsp.Cli.Tests;

/// <summary>
/// The tool as a real process: exit codes as a shell sees them, and an import killed half-way, which must leave the
/// store exactly as it was (the import is one SQLite transaction that never commits).
/// </summary>
public sealed class ProcessTests : IDisposable
{
    private readonly CliRun _run = new();

    public void Dispose() => _run.Dispose();

    [Fact]
    public async Task Exit_codes_are_0_for_success_1_for_refused_input_and_2_for_usage_errors()
    {
        var good = _run.WriteCsv("good.csv", CliRun.GoodRows(20));
        var bad = _run.WriteCsv("bad.csv", CliRun.GoodRows(20).Append("X,V,1,GM0503,RETAIL,K,UWV,WW,2025-01-01,,99,MARKET,"));

        Assert.Equal(0, (await RunToEndAsync("import", "placements", good)).Exit);
        var refused = await RunToEndAsync("import", "placements", bad);
        Assert.Equal(1, refused.Exit);
        Assert.Contains("line 22", refused.Out, StringComparison.Ordinal);
        Assert.Equal(2, (await RunToEndAsync("import", "placements")).Exit);
        Assert.Equal(2, (await RunToEndAsync("no-such-command")).Exit);
    }

    [Fact]
    public async Task Killing_an_import_mid_way_leaves_the_store_as_it_was()
    {
        Assert.Equal(0, (await _run.RunAsync("import", "placements", _run.WriteCsv("before.csv", CliRun.GoodRows(25, prefix: "B")))).Exit);
        var before = (await _run.StoredPlacementsAsync()).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();

        // The file comes through named pipes, so the import cannot end before it is killed: the first pipe serves the
        // whole file to the import id's hash, and the second serves the rows but the last and is never ended, so the
        // import has read, checked and handed to its transaction every row that came and waits for more.
        var rows = CliRun.GoodRows(100_000, seed: 9, prefix: "K").Prepend(CliRun.Header).Select(row => row + "\n").ToList();
        var whole = Encoding.UTF8.GetBytes(string.Concat(rows));
        var allButLast = Encoding.UTF8.GetBytes(string.Concat(rows.SkipLast(1)));
        using var file = new PipedFile(_run.Directory, "big.csv");
        var hashed = file.NextPipe();
        using var process = Start("import", "placements", file.Path);
        var progress = new TaskCompletionSource();
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("rows read", StringComparison.Ordinal) == true)
            {
                progress.TrySetResult();
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var hash = await hashed.OpenWhenReadAsync(process);
        await hash.WriteAsync(whole);
        var read = file.NextPipe(); // before the hash's pipe ends, so the rows' open cannot find the first pipe
        await hash.DisposeAsync();
        var held = await read.OpenWhenReadAsync(process);
        await held.WriteAsync(allButLast);

        // Written means taken (a pipe holds 64 KiB); the progress line, 2 s in, shows the import running, not ended.
        var seen = await Task.WhenAny(progress.Task, process.WaitForExitAsync());
        if (seen != progress.Task)
        {
            Assert.Fail($"The import ended (exit code {process.ExitCode}) while its file was still open.");
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();

        Assert.NotEqual(0, process.ExitCode);
        var after = (await _run.StoredPlacementsAsync()).Select(p => p.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(before, after);
        var retried = await _run.RunAsync("stats");
        Assert.Equal(0, retried.Exit);
    }

    private Process Start(params string[] args)
    {
        var tool = Path.Combine(AppContext.BaseDirectory, "Wsp.Cli.dll");
        Assert.True(File.Exists(tool), $"The tool is not built next to the tests: {tool}");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var start = new ProcessStartInfo(dotnet)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = _run.Directory,
        };
        start.ArgumentList.Add(tool);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start)!;
    }

    private async Task<(int Exit, string Out, string Error)> RunToEndAsync(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}
