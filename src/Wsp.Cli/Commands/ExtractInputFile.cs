using System.CommandLine;
using System.Security.Cryptography;
using Wsp.Sdk.Text;

namespace Wsp.Cli.Commands;

/// <summary>
/// A figure's input file option (<c>--projects</c>, <c>--contacts</c>, <c>--baseline</c>): a missing file is a usage error (exit code 2), a
/// file with bad rows is refused with every reason (exit code 1), and the manifest names the file and its SHA-256.
/// </summary>
/// <remarks>
/// The file is read once: the bytes parsed are the bytes hashed, so the manifest's hash always describes what was counted,
/// even when the file changes while the extract runs. Input files are a region's projects or contacts: small.
/// </remarks>
internal static class ExtractInputFile
{
    public static Option<string?> Option(string name, string description) => new(name) { Description = description };

    /// <summary>Reads the file; on failure returns the exit code to end with, having said why.</summary>
    public static async Task<(IReadOnlyList<T>? Items, int Exit, string Parameter)> ReadAsync<T>(
        CliConsole console, string path, string option, Func<byte[], (IReadOnlyList<T> Items, IReadOnlyList<FieldError> Errors)> read, CancellationToken cancellationToken)
    {
        var full = console.PathOf(path);
        if (!File.Exists(full))
        {
            console.Fail($"wsp: {option}: the file '{path}' does not exist.");
            return (null, ExitCodes.Usage, "");
        }

        var bytes = await File.ReadAllBytesAsync(full, cancellationToken).ConfigureAwait(false);
        var (items, errors) = read(bytes);
        if (errors.Count > 0)
        {
            console.Output.WriteLine($"Refused: {path} has {errors.Select(e => e.Line).Distinct().Count()} bad row(s); nothing was written.");
            foreach (var error in errors)
            {
                console.Output.WriteLine($"  {error}");
            }

            return (null, ExitCodes.Refused, "");
        }

        return (items, ExitCodes.Ok, Describe(full, bytes));
    }

    /// <summary>How a manifest or an import names an input file: its name and the SHA-256 of the bytes read.</summary>
    public static string Describe(string path, byte[] bytes) => $"{Path.GetFileName(path)} sha256:{Convert.ToHexStringLower(SHA256.HashData(bytes))}";
}
