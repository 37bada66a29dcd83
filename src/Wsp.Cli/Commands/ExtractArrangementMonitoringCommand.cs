using System.CommandLine;
using System.Diagnostics;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Commands;

/// <summary><c>wsp extract arrangement-monitoring --from D --to D [--arrangement ID]</c>: figure <c>arrangement-monitoring/1</c> (L5).</summary>
internal static class ExtractArrangementMonitoringCommand
{
    public static Command Create(ExtractContext context)
    {
        var from = Dates.Option("--from", "The first start date counted (yyyy-MM-dd).");
        var to = Dates.Option("--to", "The last start date counted (yyyy-MM-dd).");
        var only = new Option<string?>("--arrangement") { Description = "One arrangement's id; every arrangement when left out." };
        var command = new Command("arrangement-monitoring", "Placements per national arrangement per region in a period, against its job opportunities (arrangement-monitoring/1, rule L5).");
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(only);
        command.SetAction((parse, cancellationToken) => context.RunOverPeriodAsync(parse, from, to, async (open, period, ct) =>
        {
            var (first, last) = (period.Start, period.End);
            var clock = Stopwatch.StartNew();
            var client = context.Client(open, parse);
            var id = parse.GetValue(only);
            var figure = await client.ArrangementMonitoringAsync(id, period, ct).ConfigureAwait(false);
            if (figure is null)
            {
                context.Console.Fail($"wsp: no arrangement has id '{id}' (wsp arrangements list shows them).");
                return ExitCodes.Refused;
            }

            var spec = context.Spec(parse, client, "arrangement-monitoring.csv", ArrangementMonitoringTable.Header, PlacementsFlow.Definition, new ManifestPeriod(From: Dates.Format(first), To: Dates.Format(last))) with
            {
                Figure = ManagementFigures.ArrangementMonitoring,
                Parameters = id is not null ? new Dictionary<string, string> { ["arrangement"] = id } : null,
            };
            return await context.WriteAsync(
                parse,
                $"arrangement-monitoring-{Dates.Format(first)}_{Dates.Format(last)}",
                spec,
                ArrangementMonitoringTable.Rows(figure),
                $"{figure.Result.Arrangements.Count:N0} arrangements, {Shown(figure.Total.Count)} placements",
                clock.Elapsed,
                ct).ConfigureAwait(false);
        }, cancellationToken));
        return command;
    }
}
