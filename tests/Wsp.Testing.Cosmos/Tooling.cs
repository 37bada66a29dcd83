using System.Diagnostics;
using System.Text;

namespace Wsp.Testing.Cosmos;

/// <summary>Finding the repository folder and the Node.js tools, and running a tool to completion.</summary>
internal static class Tooling
{
    public const string SolutionFileName = "Wsp.Sdk.sln";

    /// <summary>The folder holding the stand-in's package.json and server.js, found from the test's output folder.</summary>
    public static string FindStandInDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                var standIn = Path.Combine(directory.FullName, "tests", "cosmos-stand-in");
                if (!File.Exists(Path.Combine(standIn, "server.js")) || !File.Exists(Path.Combine(standIn, "package-lock.json")))
                {
                    throw new CosmosStandInException(
                        $"The Cosmos DB stand-in is missing from the repository: {standIn} should hold server.js and package-lock.json.");
                }

                return standIn;
            }
        }

        throw new CosmosStandInException(
            $"No {SolutionFileName} above {AppContext.BaseDirectory}: the Cosmos DB stand-in runs from a clone of the repository (tests/cosmos-stand-in).");
    }

    /// <summary>The full path of a command on PATH (with PATHEXT on Windows), or a clear failure naming it.</summary>
    public static string FindOnPath(string command)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        string[] extensions = OperatingSystem.IsWindows()
            ? (Environment.GetEnvironmentVariable("PATHEXT") ?? ".EXE;.CMD;.BAT").Split(';', StringSplitOptions.RemoveEmptyEntries)
            : [string.Empty];
        foreach (var directory in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var extension in extensions)
            {
                var candidate = Path.Combine(directory.Trim('"'), command + extension);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new CosmosStandInException(
            $"'{command}' was not found on PATH. The Cosmos DB tests run a stand-in server on Node.js: install Node.js 20 or "
            + "later with npm (Debian: apt-get install nodejs npm) and run the tests again. These tests are never skipped.");
    }

    /// <summary>Runs a tool to its end within a time limit, killing its process tree when the limit passes.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var output = new BoundedLog(64 * 1024);
        using var process = new Process { StartInfo = startInfo };
        process.OutputDataReceived += (_, e) => output.AppendLine(e.Data);
        process.ErrorDataReceived += (_, e) => output.AppendLine(e.Data);
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            KillTree(process);
            cancellationToken.ThrowIfCancellationRequested();
            throw new CosmosStandInException(
                $"'{Path.GetFileName(fileName)} {string.Join(' ', startInfo.ArgumentList)}' in {workingDirectory} did not finish "
                + $"within {timeout.TotalSeconds:0} s and was stopped. Its output:\n{output}");
        }

        // The exit is known; let the output readers reach the end of the streams.
        process.WaitForExit();
        return (process.ExitCode, output.ToString());
    }

    public static void KillTree(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // It exited in between.
        }
    }
}

/// <summary>The last <c>capacity</c> characters of a tool's output, safe to append from the output events.</summary>
internal sealed class BoundedLog
{
    private readonly int _capacity;
    private readonly StringBuilder _text = new();
    private readonly Lock _lock = new();

    public BoundedLog(int capacity) => _capacity = capacity;

    public void AppendLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lock)
        {
            _text.Append(line).Append('\n');
            if (_text.Length > _capacity)
            {
                _text.Remove(0, _text.Length - _capacity);
            }
        }
    }

    public override string ToString()
    {
        lock (_lock)
        {
            return _text.ToString();
        }
    }
}
