using System.CommandLine;
using Wsp.Sdk;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Text;

namespace Wsp.Cli.Commands;

/// <summary>
/// <c>wsp import ambitions|targets|baseline FILE</c>: a figure-input file read once, checked whole by the SDK's CSV v1
/// format (every bad row printed, nothing written), then imported as one new version through the client as the store's
/// operator; the import's source is the file's name and SHA-256, so a figure names exactly what it was measured against.
/// </summary>
internal static class FigureInputImportCommand
{
    public static Command Command<T>(
        CliConsole console,
        string name,
        string description,
        Func<byte[], string, (IReadOnlyList<T> Items, IReadOnlyList<FieldError> Errors)> read,
        Func<WspClient, T, string, CancellationToken, Task<FigureInputImport>> import)
        where T : class
    {
        var file = new Argument<string>("FILE") { Description = "A CSV v1 file (UTF-8, comma, header row)." };
        var command = new Command(name, description);
        command.Arguments.Add(file);
        command.SetAction((parse, cancellationToken) => Actions.RunWithStoreAsync(console, parse, async (open, ct) =>
        {
            var path = parse.GetRequiredValue(file);
            var full = console.PathOf(path);
            if (!File.Exists(full))
            {
                console.Fail($"wsp: no such file: {path}");
                return ExitCodes.Usage;
            }

            var bytes = await File.ReadAllBytesAsync(full, ct).ConfigureAwait(false);
            var source = ExtractInputFile.Describe(full, bytes);
            var (items, errors) = read(bytes, source);
            if (errors.Count > 0)
            {
                console.Output.WriteLine($"Refused: {path} has {errors.Select(e => e.Line).Distinct().Count()} bad row(s); nothing was written.");
                foreach (var error in errors)
                {
                    console.Output.WriteLine($"  {error}");
                }

                return ExitCodes.Refused;
            }

            var imported = await import(open.ClientFor(PartnerIdentity.Operator), items[0], source, ct).ConfigureAwait(false);
            console.Output.WriteLine($"Imported {path} as {FigureInputImport.CodeOf(imported.Kind)} version {imported.Version} ({source}).");
            return ExitCodes.Ok;
        }, cancellationToken));
        return command;
    }
}
