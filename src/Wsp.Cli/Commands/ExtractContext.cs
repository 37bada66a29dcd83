using System.CommandLine;
using NodaTime;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Geography;

namespace Wsp.Cli.Commands;

/// <summary>
/// What every <c>wsp extract</c> subcommand shares: the options <c>--out</c>, <c>--for</c> and <c>--threshold</c>, the
/// small-count suppression they select, the extract's directory, and the line that reports what was written.
/// </summary>
internal sealed class ExtractContext
{
    public ExtractContext(CliConsole console)
    {
        Console = console;
        Output = new Option<string?>("--out") { Description = "The directory to write the CSV and manifest.json to (default: extract-<kind>-<period> in the working directory).", Recursive = true };
        Audience = new Option<string?>("--for") { Description = "'ministry': suppress small counts (and never write a person-level field).", Recursive = true };
        Audience.AcceptOnlyFromAmong(ExtractSpec.Ministry);
        Threshold = new Option<int>("--threshold") { Description = "With --for ministry: counts above 0 and below this are withheld (default 5).", DefaultValueFactory = _ => SmallCountSuppression.DefaultThreshold, Recursive = true };
        Threshold.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--threshold: at least 1.");
            }
        });
    }

    public CliConsole Console { get; }

    public Option<string?> Output { get; }

    public Option<string?> Audience { get; }

    public Option<int> Threshold { get; }

    public static Instant Now => SystemClock.Instance.GetCurrentInstant();

    public bool ForMinistry(ParseResult parse) => parse.GetValue(Audience) == ExtractSpec.Ministry;

    public string AudienceOf(ParseResult parse) => ForMinistry(parse) ? ExtractSpec.Ministry : ExtractSpec.Partners;

    public (SmallCountSuppression Suppression, ManifestSuppression? Manifest) Suppression(ParseResult parse)
    {
        if (!ForMinistry(parse))
        {
            // Partners see every count; the table still carries honest totals.
            return (new SmallCountSuppression(1), null);
        }

        var suppression = new SmallCountSuppression(parse.GetValue(Threshold));
        return (suppression, new ManifestSuppression(
            suppression.Threshold,
            $"Counts above 0 and below {suppression.Threshold} are withheld (small-count); totals are computed from the unsuppressed data; where one withheld entry in a row or column could be derived from its total, the smallest other cell is withheld too (secondary). Withheld entries are kept, empty, and marked in 'suppressed'."));
    }

    public string Directory(ParseResult parse, string name) =>
        Console.PathOf(parse.GetValue(Output) ?? $"extract-{name}{(ForMinistry(parse) ? "-ministry" : "")}");

    public void Report(string directory, ExtractManifest manifest, string summary, TimeSpan elapsed) =>
        Console.Output.WriteLine($"Wrote {Path.Combine(directory, manifest.File)} ({manifest.RowCount:N0} rows; {summary}) and {Path.Combine(directory, ExtractManifest.FileName)} ({(manifest.Figure is { } f ? $"{f.Id}/{f.Version} from " : "")}{manifest.Definition.Id}/{manifest.Definition.Version}, sha256 {manifest.Sha256}) in {elapsed.TotalSeconds:0.00} s.");

    /// <summary>Writes a figure's extract into its directory and reports it.</summary>
    public async Task<int> WriteAsync(ParseResult parse, string name, ExtractSpec spec, IEnumerable<IReadOnlyList<string>> rows, string summary, TimeSpan elapsed, CancellationToken cancellationToken)
    {
        var directory = Directory(parse, name);
        var manifest = await ExtractWriter.WriteAsync(directory, spec, rows, Now, cancellationToken).ConfigureAwait(false);
        Report(directory, manifest, summary, elapsed);
        return ExitCodes.Ok;
    }

    /// <summary>A usage error (exit code 2) with its reason.</summary>
    public int Usage(string message)
    {
        Console.Fail($"wsp: {message}");
        return ExitCodes.Usage;
    }

    /// <summary>An optional <c>--region AMxx</c>: a code that is not a labour market region is a usage error.</summary>
    public static Option<string?> RegionOption(string description, bool required = false)
    {
        var option = new Option<string?>("--region") { Description = description, Required = required };
        option.Validators.Add(r =>
        {
            var text = r.GetValueOrDefault<string?>();
            if (text is not null && ParseRegion(text) is null)
            {
                r.AddError($"--region: '{text}' is not a labour market region code (AM01…AM38).");
            }
        });
        return option;
    }

    public static RegionCode? ParseRegion(string? text) =>
        text is not null && RegionCode.TryParse(text, out var code) && Gazetteer.Default.FindRegion(code) is not null ? code : null;
}
