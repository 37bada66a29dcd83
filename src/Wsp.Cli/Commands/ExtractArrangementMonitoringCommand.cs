using System.CommandLine;
using System.Diagnostics;
using NodaTime;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Storage;

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
        command.SetAction((parse, cancellationToken) =>
        {
            var first = parse.GetValue(from);
            var last = parse.GetValue(to);
            if (last < first)
            {
                return Task.FromResult(context.Usage($"--to {Dates.Format(last)} is before --from {Dates.Format(first)}."));
            }

            return Actions.RunWithStoreAsync(context.Console, parse, async (open, ct) =>
            {
                var clock = Stopwatch.StartNew();
                IReadOnlyList<Arrangement> arrangements;
                if (parse.GetValue(only) is { } id)
                {
                    var found = await open.Store.Arrangements.FindAsync(id, ct).ConfigureAwait(false);
                    if (found is null)
                    {
                        context.Console.Fail($"wsp: no arrangement has id '{id}' (wsp arrangements list shows them).");
                        return ExitCodes.Refused;
                    }

                    arrangements = [found.Value];
                }
                else
                {
                    arrangements = await open.Store.Arrangements.ListAsync(ArrangementFilter.All, ct).ConfigureAwait(false);
                }

                var period = new DateInterval(first, last);
                var report = await new ManagementFigureSource(open.Store).ArrangementMonitoringAsync(arrangements, period, ct).ConfigureAwait(false);
                var (suppression, manifestSuppression) = context.Suppression(parse);
                var spec = new ExtractSpec("arrangement-monitoring.csv", ArrangementMonitoringTable.Header, PlacementsFlow.Definition, new ManifestPeriod(From: Dates.Format(first), To: Dates.Format(last)), context.AudienceOf(parse), manifestSuppression)
                {
                    Figure = ManagementFigures.ArrangementMonitoring,
                    Parameters = parse.GetValue(only) is { } chosen ? new Dictionary<string, string> { ["arrangement"] = chosen } : null,
                };
                return await context.WriteAsync(
                    parse,
                    $"arrangement-monitoring-{Dates.Format(first)}_{Dates.Format(last)}",
                    spec,
                    ArrangementMonitoringTable.Rows(report, suppression),
                    $"{report.Arrangements.Count:N0} arrangements, {report.Arrangements.Sum(a => a.Placements):N0} placements",
                    clock.Elapsed,
                    ct).ConfigureAwait(false);
            }, cancellationToken);
        });
        return command;
    }
}
