using System.Diagnostics;

namespace Wsp.Testing.Node;

/// <summary>Finding the repository folder and the Node.js tools, and running a tool to completion.</summary>
public static class NodeTools
{
    /// <summary>The solution file that marks the repository's root folder.</summary>
    public const string SolutionFileName = "Wsp.Sdk.sln";

    /// <summary>The repository's root folder (the one holding <see cref="SolutionFileName"/>), found from the test's output folder.</summary>
    /// <returns>The folder's full path.</returns>
    /// <exception cref="NodeToolException">The tests do not run from a clone of the repository.</exception>
    public static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, SolutionFileName)))
            {
                return directory.FullName;
            }
        }

        throw new NodeToolException($"No {SolutionFileName} above {AppContext.BaseDirectory}: these tests run from a clone of the repository.");
    }

    /// <summary>The full path of a command on PATH (with PATHEXT on Windows), or a clear failure naming it.</summary>
    /// <param name="command">The command, for example <c>node</c> or <c>npm</c>.</param>
    /// <returns>The command's full path.</returns>
    /// <exception cref="NodeToolException">The command is not on PATH; the message says to install Node.js.</exception>
    public static string FindOnPath(string command)
    {
        ArgumentNullException.ThrowIfNull(command);
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

        throw new NodeToolException(
            $"'{command}' was not found on PATH. These tests run Node.js tools: install Node.js 20 or later with npm "
            + "(Debian: apt-get install nodejs npm) and run the tests again. These tests are never skipped.");
    }

    /// <summary>Runs a tool (found on PATH when not a full path) to its end within a time limit, killing its process tree when the limit passes.</summary>
    /// <param name="fileName">The tool's path, or its name on PATH.</param>
    /// <param name="arguments">Its arguments, passed as they are.</param>
    /// <param name="workingDirectory">The folder it runs in.</param>
    /// <param name="timeout">How long it may take.</param>
    /// <param name="cancellationToken">Stops the tool early.</param>
    /// <param name="environment">Extra environment variables, or null.</param>
    /// <returns>Its exit code and output.</returns>
    /// <exception cref="NodeToolException">The tool is not on PATH, or did not finish within <paramref name="timeout"/>.</exception>
    public static async Task<ToolResult> RunAsync(
        string fileName,
        IEnumerable<string> arguments,
        string workingDirectory,
        TimeSpan timeout,
        CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        ArgumentNullException.ThrowIfNull(arguments);
        var startInfo = new ProcessStartInfo(Path.IsPathRooted(fileName) ? fileName : FindOnPath(fileName))
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

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[name] = value;
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
            throw new NodeToolException(
                $"'{Path.GetFileName(fileName)} {string.Join(' ', startInfo.ArgumentList)}' in {workingDirectory} did not finish "
                + $"within {timeout.TotalSeconds:0} s and was stopped. Its output:\n{output}");
        }

        // The exit is known; let the output readers reach the end of the streams.
        process.WaitForExit();
        return new ToolResult(process.ExitCode, output.ToString());
    }

    /// <summary>Stops a process and its children, if it still runs.</summary>
    /// <param name="process">The process.</param>
    public static void KillTree(Process process)
    {
        ArgumentNullException.ThrowIfNull(process);
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
