using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;

namespace Wsp.Cli.Commands;

/// <summary><c>wsp verify DIR</c>: checks an extract against its manifest (file, SHA-256, row count, definition).</summary>
internal static class VerifyCommand
{
    public static Command Create(CliConsole console)
    {
        var directory = new Argument<string>("DIR") { Description = "The extract's directory (holding manifest.json)." };
        var verify = new Command("verify", "Check an extract's CSV against its manifest.json: exit code 0 when it matches, 1 with the reason when not.");
        verify.Arguments.Add(directory);
        verify.SetAction((parse, cancellationToken) => Actions.Guard(console, () => VerifyAsync(console, console.PathOf(parse.GetRequiredValue(directory)), cancellationToken)));
        return verify;
    }

    internal static async Task<int> VerifyAsync(CliConsole console, string directory, CancellationToken cancellationToken)
    {
        var manifestPath = Path.Combine(directory, ExtractManifest.FileName);
        if (!File.Exists(manifestPath))
        {
            return Refuse(console, directory, $"no {ExtractManifest.FileName} in it");
        }

        ExtractManifest? manifest;
        try
        {
            manifest = ExtractManifest.FromJson(await File.ReadAllTextAsync(manifestPath, cancellationToken).ConfigureAwait(false));
        }
        catch (JsonException e)
        {
            return Refuse(console, directory, $"{ExtractManifest.FileName} is not a manifest: {e.Message}");
        }

        if (manifest is null || manifest.Format != ExtractManifest.CurrentFormat)
        {
            return Refuse(console, directory, $"{ExtractManifest.FileName} is not a {ExtractManifest.CurrentFormat} manifest");
        }

        var id = $"{manifest.Definition.Id}/{manifest.Definition.Version.ToString(CultureInfo.InvariantCulture)}";
        if (!CountingDefinition.All.Concat(ManagementFigures.All).Any(d => d.Id.ToString() == id))
        {
            return Refuse(console, directory, $"the manifest names definition {id}, which this SDK does not ship");
        }

        if (manifest.Figure is { } figure && !ManagementFigures.All.Any(f => f.Id.Name == figure.Id && f.Id.Version == figure.Version))
        {
            return Refuse(console, directory, $"the manifest names the management figure {figure.Id}/{figure.Version.ToString(CultureInfo.InvariantCulture)}, which this SDK does not ship");
        }

        if (manifest.File.IndexOfAny(['/', '\\']) >= 0 || manifest.File is "." or "..")
        {
            return Refuse(console, directory, $"the manifest names the file '{manifest.File}', which is not a file name in the extract's directory");
        }

        var csvPath = Path.Combine(directory, manifest.File);
        if (!File.Exists(csvPath))
        {
            return Refuse(console, directory, $"{manifest.File}, named by the manifest, is missing");
        }

        var sha = await ExtractWriter.Sha256Async(csvPath, cancellationToken).ConfigureAwait(false);
        if (!string.Equals(sha, manifest.Sha256, StringComparison.OrdinalIgnoreCase))
        {
            return Refuse(console, directory, $"{manifest.File} does not match the manifest: its SHA-256 is {sha}, the manifest says {manifest.Sha256}");
        }

        var rows = CountRows(csvPath);
        if (rows != manifest.RowCount)
        {
            return Refuse(console, directory, $"{manifest.File} has {rows} data rows, the manifest says {manifest.RowCount}");
        }

        var shown = manifest.Figure is { } f ? $"{f.Id}/{f.Version.ToString(CultureInfo.InvariantCulture)} from {id}" : id;
        console.Output.WriteLine($"{directory}: ok ({shown}, {manifest.RowCount:N0} rows, sha256 {sha}, generated {manifest.GeneratedAt}, SDK {manifest.SdkVersion}).");
        return ExitCodes.Ok;
    }

    private static long CountRows(string path)
    {
        using var reader = CsvReader.Create(File.OpenRead(path), new CsvReaderOptions { Separator = ',', HasHeader = true }, leaveOpen: false);
        long rows = 0;
        while (reader.Read())
        {
            rows++;
        }

        return rows;
    }

    private static int Refuse(CliConsole console, string directory, string reason)
    {
        console.Fail($"{directory}: refused: {reason}.");
        return ExitCodes.Refused;
    }
}
