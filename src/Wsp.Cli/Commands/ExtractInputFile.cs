using System.CommandLine;
using Wsp.Cli.Extracts;

namespace Wsp.Cli.Commands;

/// <summary>
/// A figure's input file option (<c>--projects</c>, <c>--contacts</c>): a missing file is a usage error (exit code 2), a
/// file with bad rows is refused with every reason (exit code 1), and the manifest names the file and its SHA-256.
/// </summary>
internal static class ExtractInputFile
{
    public static Option<string?> Option(string name, string description) => new(name) { Description = description };

    /// <summary>Reads the file; on failure returns the exit code to end with, having said why.</summary>
    public static async Task<(IReadOnlyList<T>? Items, int Exit, string Parameter)> ReadAsync<T>(
        CliConsole console, string path, string option, Func<string, (IReadOnlyList<T> Items, IReadOnlyList<string> Errors)> read, CancellationToken cancellationToken)
    {
        var full = console.PathOf(path);
        if (!File.Exists(full))
        {
            console.Fail($"wsp: {option}: the file '{path}' does not exist.");
            return (null, ExitCodes.Usage, "");
        }

        var (items, errors) = read(full);
        if (errors.Count > 0)
        {
            console.Output.WriteLine($"Refused: {path} has {errors.Count} bad row(s); nothing was written.");
            foreach (var error in errors)
            {
                console.Output.WriteLine($"  {error}");
            }

            return (null, ExitCodes.Refused, "");
        }

        var sha = await ExtractWriter.Sha256Async(full, cancellationToken).ConfigureAwait(false);
        return (items, ExitCodes.Ok, $"{Path.GetFileName(full)} sha256:{sha}");
    }
}
