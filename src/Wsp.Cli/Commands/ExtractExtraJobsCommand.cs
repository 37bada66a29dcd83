using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Commands;

/// <summary>
/// <c>wsp extract extra-jobs --at D [--baseline FILE] [--region AMxx]</c>: extra jobs per region and employer kind
/// (<c>extra-jobs/1</c> over <c>job-agreement-jobs/2</c>) against the baseline file given, or else the baseline imported
/// last (<c>wsp import baseline</c>): one client call, as GraphQL's <c>extraJobs</c> makes, so both give the same numbers.
/// The manifest names the baseline: the file's name and SHA-256 (of the very bytes parsed), or the import's version and source.
/// </summary>
internal static class ExtractExtraJobsCommand
{
    public static Command Create(ExtractContext context)
    {
        var at = Dates.Option("--at", "The measuring date (meetmoment, yyyy-MM-dd), after the baseline's date.");
        var baseline = ExtractInputFile.Option("--baseline", $"Measure against this baseline (nulmeting) instead of the imported one: CSV with the header {string.Join(",", FigureInputs.BaselineHeader)}.");
        var region = ExtractContext.RegionOption("Only this labour market region (AMxx).");
        var command = new Command("extra-jobs", "Extra job-agreement jobs at a date per region and employer kind: jobs (job-agreement-jobs/2) minus the baseline (extra-jobs/1).");
        command.Options.Add(at);
        command.Options.Add(baseline);
        command.Options.Add(region);
        command.SetAction((parse, cancellationToken) => Actions.Guard(context.Console, async () =>
        {
            JobAgreementBaselineTable? given = null;
            var parameters = new Dictionary<string, string> { ["jobsDefinition"] = JobAgreementJobs.Definition.Id.ToString() };
            if (parse.GetValue(baseline) is { } file)
            {
                var (read, exit, described) = await ExtractInputFile.ReadAsync(context.Console, file, "--baseline", bytes => FigureInputs.ReadBaseline(bytes, ExtractInputFile.Describe(file, bytes)), cancellationToken).ConfigureAwait(false);
                if (read is null)
                {
                    return exit;
                }

                given = read[0];
                parameters["baseline"] = described;
            }

            var date = parse.GetValue(at);
            var only = ExtractContext.ParseRegion(parse.GetValue(region));
            return await Actions.RunWithStoreAsync(context.Console, parse, async (open, ct) =>
            {
                var clock = Stopwatch.StartNew();
                var client = context.Client(open, parse);
                if (given is null)
                {
                    // The imported baseline is read once and handed to the count, so the manifest names the version counted against.
                    if (await client.JobAgreementBaselineAsync(ct).ConfigureAwait(false) is not { } imported)
                    {
                        context.Console.Fail("wsp: no job-agreement baseline is imported: import one with `wsp import baseline FILE`, or give one with --baseline FILE.");
                        return ExitCodes.Refused;
                    }

                    given = imported.Value;
                    parameters["baseline"] = $"imported version {imported.Import.Version.ToString(CultureInfo.InvariantCulture)}";
                    parameters["baselineSource"] = imported.Import.Source;
                }

                if (given.Date >= date)
                {
                    return context.Usage($"--at {Dates.Format(date)} is not after the baseline's date {Dates.Format(given.Date)}.");
                }

                parameters["baselineDate"] = Dates.Format(given.Date);
                if (only is { } code)
                {
                    parameters["region"] = code.ToString();
                }

                var figure = (await client.ExtraJobsAsync(date, given, only, ct).ConfigureAwait(false))!;
                var spec = context.Spec(parse, client, "extra-jobs.csv", ExtraJobsTable.Header, ExtraJobs.Definition, new ManifestPeriod(At: Dates.Format(date))) with { Parameters = parameters };
                var extra = DisclosedExtraJobs.ExtraJobs(figure) is { } e ? e.ToString("N2", CultureInfo.InvariantCulture) : "not known (withheld, or a group without a baseline)";
                return await context.WriteAsync(
                    parse,
                    $"extra-jobs-{Dates.Format(date)}{(only is { } r ? "-" + r : "")}",
                    spec,
                    ExtraJobsTable.Rows(figure),
                    $"{ShownJobs(figure.Total.Measure)} jobs, {extra} extra jobs against the baseline of {Dates.Format(given.Date)}",
                    clock.Elapsed,
                    ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }
}
