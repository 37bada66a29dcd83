using System.CommandLine;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Counting;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Commands;

/// <summary>
/// <c>wsp extract placements --from D --to D</c> (<c>placements-flow/1</c> per region and sector) and
/// <c>wsp extract job-agreement --at D</c> (<c>job-agreement-jobs/2</c> per region and employer kind): CSV plus manifest.
/// Both get their figure from one <see cref="Wsp.Sdk.WspClient"/> call, disclosed for the extract's reader, as every other
/// extract, the gateway and the dashboard do, so the counting extracts hold the numbers GraphQL gives.
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
        placements.SetAction((parse, cancellationToken) => context.RunOverPeriodAsync(parse, from, to, async (open, period, ct) =>
        {
            var (first, last) = (period.Start, period.End);
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var client = context.Client(open, parse);
            var flow = await client.PlacementsFlowAsync(period, PlacementDimensions.Region | PlacementDimensions.Sector, cancellationToken: ct).ConfigureAwait(false);
            var spec = context.Spec(parse, client, "placements.csv", ExtractTables.PlacementsHeader, PlacementsFlow.Definition, new ManifestPeriod(From: Dates.Format(first), To: Dates.Format(last)));
            return await context.WriteAsync(
                parse, $"placements-{Dates.Format(first)}_{Dates.Format(last)}", spec, ExtractTables.Placements(flow), $"{Shown(flow.Total.Count)} placements", clock.Elapsed, ct).ConfigureAwait(false);
        }, cancellationToken));

        var at = Dates.Option("--at", "The measuring date (meetmoment, yyyy-MM-dd).");
        var jobAgreement = new Command("job-agreement", "Job-agreement jobs at a date (job-agreement-jobs/2), per region and employer kind, with totals.");
        jobAgreement.Options.Add(at);
        jobAgreement.SetAction((parse, cancellationToken) => Actions.RunWithStoreAsync(console, parse, async (open, ct) =>
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var date = parse.GetValue(at);
            var client = context.Client(open, parse);
            var stock = await client.JobAgreementJobsAsync(date, cancellationToken: ct).ConfigureAwait(false);
            var spec = context.Spec(parse, client, "job-agreement.csv", ExtractTables.JobAgreementHeader, JobAgreementJobs.Definition, new ManifestPeriod(At: Dates.Format(date)));
            return await context.WriteAsync(
                parse, $"job-agreement-{Dates.Format(date)}", spec, ExtractTables.JobAgreement(stock), $"{ShownJobs(stock.Total.Measure)} jobs, {Shown(stock.Total.Count)} working persons", clock.Elapsed, ct).ConfigureAwait(false);
        }, cancellationToken));

        var extract = new Command("extract", "Write an extract (CSV plus manifest.json) of a counting definition or a management figure.");
        extract.Options.Add(context.Output);
        extract.Options.Add(context.Audience);
        extract.Options.Add(context.Threshold);
        extract.Subcommands.Add(placements);
        extract.Subcommands.Add(jobAgreement);
        extract.Subcommands.Add(ExtractExtraJobsCommand.Create(context));
        extract.Subcommands.Add(ExtractDurabilityCommand.Create(context));
        extract.Subcommands.Add(ExtractArrangementMonitoringCommand.Create(context));
        extract.Subcommands.Add(ExtractAmbitionRealisationCommand.Create(context));
        extract.Subcommands.Add(ExtractJobAgreementBreakdownCommand.Create(context));
        extract.Subcommands.Add(ExtractLateVacanciesCommand.Create(context));
        extract.Subcommands.Add(ExtractRegionalProjectsCommand.Create(context));
        extract.Subcommands.Add(ExtractCoverageCommand.Create(context));
        return extract;
    }
}
