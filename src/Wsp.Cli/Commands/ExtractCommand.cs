using System.CommandLine;
using NodaTime;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Commands;

/// <summary>
/// <c>wsp extract placements --from D --to D</c> (<c>placements-flow/1</c> per region and sector) and
/// <c>wsp extract job-agreement --at D</c> (<c>job-agreement-jobs/1</c> per region and employer kind): CSV plus manifest.
/// Both count over the store's pre-aggregates when it keeps them, else over the streamed placements: same numbers.
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var output = new Option<string?>("--out") { Description = "The directory to write the CSV and manifest.json to (default: extract-<kind>-<period> in the working directory).", Recursive = true };
        var audience = new Option<string?>("--for") { Description = "'ministry': suppress small counts (and never write a person-level field).", Recursive = true };
        audience.AcceptOnlyFromAmong("ministry");
        var threshold = new Option<int>("--threshold") { Description = "With --for ministry: counts above 0 and below this are withheld (default 5).", DefaultValueFactory = _ => SmallCountSuppression.DefaultThreshold, Recursive = true };
        threshold.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--threshold: at least 1.");
            }
        });

        var from = Dates.Option("--from", "The first start date counted (yyyy-MM-dd).");
        var to = Dates.Option("--to", "The last start date counted (yyyy-MM-dd).");
        var placements = new Command("placements", "Placements that started in a period (placements-flow/1), per region and sector, with totals.");
        placements.Options.Add(from);
        placements.Options.Add(to);
        placements.SetAction((parse, cancellationToken) =>
        {
            var first = parse.GetValue(from);
            var last = parse.GetValue(to);
            if (last < first)
            {
                console.Fail($"wsp: --to {Dates.Format(last)} is before --from {Dates.Format(first)}.");
                return Task.FromResult(ExitCodes.Usage);
            }

            return Actions.RunWithStoreAsync(console, parse, async (open, ct) =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var period = new DateInterval(first, last);
                var flow = open.Store.Placements is IPlacementAggregates aggregates
                    ? await aggregates.CountPlacementsAsync(period, PlacementDimensions.Region | PlacementDimensions.Sector, ct).ConfigureAwait(false)
                    : await PlacementsFlow.CountAsync(open.Store.Placements.StreamAsync(PlacementFilter.StartedIn(period), ct), period, PlacementDimensions.Region | PlacementDimensions.Sector, ct).ConfigureAwait(false);
                var (suppression, manifestSuppression) = Suppression(parse, audience, threshold);
                var directory = Directory(console, parse, output, audience, $"placements-{Dates.Format(first)}_{Dates.Format(last)}");
                var manifest = await ExtractWriter.WriteAsync(
                    directory, "placements.csv", ExtractTables.PlacementsHeader, ExtractTables.Placements(flow, suppression), PlacementsFlow.Definition,
                    new ManifestPeriod(From: Dates.Format(first), To: Dates.Format(last)), manifestSuppression, SystemClock.Instance.GetCurrentInstant(), ct).ConfigureAwait(false);
                Report(console, directory, manifest, $"{flow.Total:N0} placements", clock.Elapsed);
                return ExitCodes.Ok;
            }, cancellationToken);
        });

        var at = Dates.Option("--at", "The measuring date (meetmoment, yyyy-MM-dd).");
        var jobAgreement = new Command("job-agreement", "Job-agreement jobs at a date (job-agreement-jobs/1), per region and employer kind, with totals.");
        jobAgreement.Options.Add(at);
        jobAgreement.SetAction((parse, cancellationToken) => Actions.RunWithStoreAsync(console, parse, async (open, ct) =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var date = parse.GetValue(at);
            var stock = open.Store.Placements is IPlacementAggregates aggregates
                ? await aggregates.CountJobAgreementJobsAsync(date, ct).ConfigureAwait(false)
                : await JobAgreementJobs.CountAsync(open.Store.Placements.StreamAsync(PlacementFilter.ActiveOn(date), ct), date, ct).ConfigureAwait(false);
            var (suppression, manifestSuppression) = Suppression(parse, audience, threshold);
            var directory = Directory(console, parse, output, audience, $"job-agreement-{Dates.Format(date)}");
            var manifest = await ExtractWriter.WriteAsync(
                directory, "job-agreement.csv", ExtractTables.JobAgreementHeader, ExtractTables.JobAgreement(stock, suppression), JobAgreementJobs.Definition,
                new ManifestPeriod(At: Dates.Format(date)), manifestSuppression, SystemClock.Instance.GetCurrentInstant(), ct).ConfigureAwait(false);
            Report(console, directory, manifest, $"{stock.Jobs:N2} jobs, {stock.WorkingPersons:N0} working persons", clock.Elapsed);
            return ExitCodes.Ok;
        }, cancellationToken));

        var extract = new Command("extract", "Write an extract (CSV plus manifest.json) of a counting definition.");
        extract.Options.Add(output);
        extract.Options.Add(audience);
        extract.Options.Add(threshold);
        extract.Subcommands.Add(placements);
        extract.Subcommands.Add(jobAgreement);
        return extract;
    }

    private static (SmallCountSuppression Suppression, ManifestSuppression? Manifest) Suppression(ParseResult parse, Option<string?> audience, Option<int> threshold)
    {
        if (parse.GetValue(audience) != "ministry")
        {
            // Partners see every count; the table still carries honest totals.
            return (new SmallCountSuppression(1), null);
        }

        var suppression = new SmallCountSuppression(parse.GetValue(threshold));
        return (suppression, new ManifestSuppression(
            suppression.Threshold,
            $"Counts above 0 and below {suppression.Threshold} are withheld (small-count); totals are computed from the unsuppressed data; where one withheld entry in a row or column could be derived from its total, the smallest other cell is withheld too (secondary). Withheld entries are kept, empty, and marked in 'suppressed'."));
    }

    private static string Directory(CliConsole console, ParseResult parse, Option<string?> output, Option<string?> audience, string name) =>
        console.PathOf(parse.GetValue(output) ?? $"extract-{name}{(parse.GetValue(audience) == "ministry" ? "-ministry" : "")}");

    private static void Report(CliConsole console, string directory, ExtractManifest manifest, string summary, TimeSpan elapsed) =>
        console.Output.WriteLine($"Wrote {Path.Combine(directory, manifest.File)} ({manifest.RowCount:N0} rows; {summary}) and {Path.Combine(directory, ExtractManifest.FileName)} ({manifest.Definition.Id}/{manifest.Definition.Version}, sha256 {manifest.Sha256}) in {elapsed.TotalSeconds:0.00} s.");
}
