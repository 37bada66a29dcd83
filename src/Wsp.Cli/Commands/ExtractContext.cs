using System.CommandLine;
using NodaTime;
using Wsp.Cli.Extracts;
using Wsp.Sdk;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Cli.Commands;

/// <summary>
/// What every <c>wsp extract</c> subcommand shares: the options <c>--out</c>, <c>--for</c> and <c>--threshold</c>, the
/// client they select (the ministry's, whose figures come with small counts withheld, or the operator's, exact), the
/// extract's directory, and the line that reports what was written. Which counts are withheld is the client's decision,
/// never the tool's.
/// </summary>
internal sealed class ExtractContext
{
    public ExtractContext(CliConsole console)
    {
        Console = console;
        Output = new Option<string?>("--out") { Description = "The directory to write the CSV and manifest.json to (default: extract-<kind>-<period> in the working directory).", Recursive = true };
        Audience = new Option<string?>("--for") { Description = "'ministry': suppress small counts (and never write a person-level field).", Recursive = true };
        Audience.AcceptOnlyFromAmong(ExtractSpec.Ministry);
        Threshold = new Option<int>("--threshold") { Description = "With --for ministry: counts above 0 and below this are withheld (default 5).", DefaultValueFactory = _ => WspClientOptions.Default.SmallCountThreshold, Recursive = true };
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

    /// <summary>
    /// The client the extract reads its figure through: for <c>--for ministry</c> the ministry's (aggregates only, small
    /// counts withheld below <c>--threshold</c>), else the store's operator's (every region, exact).
    /// </summary>
    public WspClient Client(OpenStore open, ParseResult parse) =>
        open.ClientFor(ForMinistry(parse) ? PartnerIdentity.Ministry : PartnerIdentity.Operator, new WspClientOptions { SmallCountThreshold = parse.GetValue(Threshold) });

    /// <summary>What an extract is, for whom it is, and how the client disclosed its figure.</summary>
    public ExtractSpec Spec(ParseResult parse, WspClient client, string csvName, IReadOnlyList<string> header, CountingDefinition definition, ManifestPeriod period) =>
        new(csvName, header, definition, period, AudienceOf(parse), ManifestDisclosure.Of(client.Disclosure));

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

    /// <summary>
    /// Runs an extract over the period <c>--from</c>–<c>--to</c> with the configured store: a <c>--to</c> before
    /// <c>--from</c> is a usage error (exit code 2), said before the store is opened.
    /// </summary>
    public Task<int> RunOverPeriodAsync(ParseResult parse, Option<LocalDate> from, Option<LocalDate> to, Func<OpenStore, DateInterval, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        var first = parse.GetValue(from);
        var last = parse.GetValue(to);
        return last < first
            ? Task.FromResult(Usage($"--to {Dates.Format(last)} is before --from {Dates.Format(first)}."))
            : Actions.RunWithStoreAsync(Console, parse, (open, ct) => work(open, new DateInterval(first, last), ct), cancellationToken);
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

    public static RegionCode? ParseRegion(string? text) => text is null ? null : Gazetteer.Default.FindRegion(text)?.Code;
}
