using System.Reflection;
using System.Security.Cryptography;
using CsvHelper;
using NodaTime;
using NodaTime.Text;
using Wsp.Sdk.Counting;

namespace Wsp.Cli.Extracts;

/// <summary>
/// Writes an extract: the CSV and its manifest, each to a temporary file in the target directory, then both renamed over
/// their final names, so a reader never sees half a file, and a manifest is only ever beside the CSV it describes.
/// </summary>
internal static class ExtractWriter
{
    public static string SdkVersion { get; } =
        typeof(CountingDefinition).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
        ?? typeof(CountingDefinition).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    public static async Task<ExtractManifest> WriteAsync(string directory, ExtractSpec spec, IEnumerable<IReadOnlyList<string>> rows, Instant generatedAt, CancellationToken cancellationToken)
    {
        var (csvName, header, definition, period, audience, disclosure) = spec;
        Directory.CreateDirectory(directory);
        var csvPath = Path.Combine(directory, csvName);
        var temporary = Temporary(csvPath);
        var manifestPath = Path.Combine(directory, ExtractManifest.FileName);
        var manifestTemporary = Temporary(manifestPath);
        long count = 0;
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            await using (var csv = CsvWriter.Create(stream, new CsvWriterOptions { NewLine = "\n" }, leaveOpen: false))
            {
                csv.WriteRecord([.. header]);
                foreach (var row in rows)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    csv.WriteRecord([.. row]);
                    count++;
                }
            }

            var manifest = new ExtractManifest
            {
                Definition = new ManifestDefinition(definition.Id.Name, definition.Id.Version, definition.Title),
                Figure = spec.Figure is { } figure ? new ManifestDefinition(figure.Id.Name, figure.Id.Version, figure.Title, figure.Description) : null,
                Period = period,
                Parameters = spec.Parameters,
                GeneratedAt = InstantPattern.ExtendedIso.Format(generatedAt),
                Audience = audience,
                Disclosure = disclosure,
                File = csvName,
                RowCount = count,
                Sha256 = await Sha256Async(temporary, cancellationToken).ConfigureAwait(false),
                SdkVersion = SdkVersion,
            };
            await File.WriteAllTextAsync(manifestTemporary, manifest.ToJson(), cancellationToken).ConfigureAwait(false);

            // Both files are complete before either is renamed, and nothing between the two renames can be cancelled:
            // an interruption before them leaves the previous extract whole, never a new CSV beside an old manifest.
            File.Move(temporary, csvPath, overwrite: true);
            File.Move(manifestTemporary, manifestPath, overwrite: true);
            return manifest;
        }
        finally
        {
            foreach (var leftover in new[] { temporary, manifestTemporary }.Where(File.Exists))
            {
                File.Delete(leftover);
            }
        }
    }

    public static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false));
    }

    private static string Temporary(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, "." + Path.GetFileName(path) + ".tmp-" + Guid.NewGuid().ToString("N"));
}

/// <summary>
/// What an extract is: its CSV's name and header, the counting definition (and, for management information, the figure)
/// it applies, its period, parameters, audience (<c>partners</c> or <c>ministry</c>) and how its counts were disclosed.
/// </summary>
internal sealed record ExtractSpec(string CsvName, IReadOnlyList<string> Header, CountingDefinition Definition, ManifestPeriod Period, string Audience, ManifestDisclosure Disclosure)
{
    public const string Partners = "partners";

    public const string Ministry = "ministry";

    public CountingDefinition? Figure { get; init; }

    public IReadOnlyDictionary<string, string>? Parameters { get; init; }
}
