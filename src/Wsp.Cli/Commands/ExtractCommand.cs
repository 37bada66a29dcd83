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
/// The management figures' extracts are in their own files (<c>Extract*Command.cs</c>).
/// </summary>
internal static class ExtractCommand
{
    public static Command Create(CliConsole console)
    {
        var context = new ExtractContext(console);
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
                return Task.FromResult(context.Usage($"--to {Dates.Format(last)} is before --from {Dates.Format(first)}."));
            }

            return Actions.RunWithStoreAsync(console, parse, async (open, ct) =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var period = new DateInterval(first, last);
                var flow = open.Store.Placements is IPlacementAggregates aggregates
                    ? await aggregates.CountPlacementsAsync(period, PlacementDimensions.Region | PlacementDimensions.Sector, ct).ConfigureAwait(false)
                    : await PlacementsFlow.CountAsync(open.Store.Placements.StreamAsync(PlacementFilter.StartedIn(period), ct), period, PlacementDimensions.Region | PlacementDimensions.Sector, ct).ConfigureAwait(false);
                var (suppression, manifestSuppression) = context.Suppression(parse);
                var directory = context.Directory(parse, $"placements-{Dates.Format(first)}_{Dates.Format(last)}");
                var manifest = await ExtractWriter.WriteAsync(
                    directory, "placements.csv", ExtractTables.PlacementsHeader, ExtractTables.Placements(flow, suppression), PlacementsFlow.Definition,
                    new ManifestPeriod(From: Dates.Format(first), To: Dates.Format(last)), manifestSuppression, SystemClock.Instance.GetCurrentInstant(), ct).ConfigureAwait(false);
                context.Report(directory, manifest, $"{flow.Total:N0} placements", clock.Elapsed);
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
            var (suppression, manifestSuppression) = context.Suppression(parse);
            var directory = context.Directory(parse, $"job-agreement-{Dates.Format(date)}");
            var manifest = await ExtractWriter.WriteAsync(
                directory, "job-agreement.csv", ExtractTables.JobAgreementHeader, ExtractTables.JobAgreement(stock, suppression), JobAgreementJobs.Definition,
                new ManifestPeriod(At: Dates.Format(date)), manifestSuppression, SystemClock.Instance.GetCurrentInstant(), ct).ConfigureAwait(false);
            context.Report(directory, manifest, $"{stock.Jobs:N2} jobs, {stock.WorkingPersons:N0} working persons", clock.Elapsed);
            return ExitCodes.Ok;
        }, cancellationToken));

        var extract = new Command("extract", "Write an extract (CSV plus manifest.json) of a counting definition or a management figure.");
        extract.Options.Add(context.Output);
        extract.Options.Add(context.Audience);
        extract.Options.Add(context.Threshold);
        extract.Subcommands.Add(placements);
        extract.Subcommands.Add(jobAgreement);
        extract.Subcommands.Add(ExtractArrangementMonitoringCommand.Create(context));
        extract.Subcommands.Add(ExtractAmbitionRealisationCommand.Create(context));
        extract.Subcommands.Add(ExtractJobAgreementBreakdownCommand.Create(context));
        extract.Subcommands.Add(ExtractLateVacanciesCommand.Create(context));
        extract.Subcommands.Add(ExtractRegionalProjectsCommand.Create(context));
        extract.Subcommands.Add(ExtractCoverageCommand.Create(context));
        return extract;
    }
}
