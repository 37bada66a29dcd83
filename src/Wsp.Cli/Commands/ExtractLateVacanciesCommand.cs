using System.CommandLine;
using System.Diagnostics;
using Wsp.Cli.Extracts;
using Wsp.Sdk.ManagementInformation;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Commands;

/// <summary><c>wsp extract late-vacancies --from D --to D [--region AMxx]</c>: figure <c>late-vacancy-registrations/1</c> (H10).</summary>
internal static class ExtractLateVacanciesCommand
{
    public static Command Create(ExtractContext context)
    {
        var from = Dates.Option("--from", "The first registration date counted (yyyy-MM-dd, Dutch calendar date).");
        var to = Dates.Option("--to", "The last registration date counted (yyyy-MM-dd).");
        var region = ExtractContext.RegionOption("Only this labour market region (AMxx).");
        var command = new Command("late-vacancies", "Vacancies registered in a period and those registered more than 24 hours after receipt, per region (late-vacancy-registrations/1, rule H10).");
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(region);
        command.SetAction((parse, cancellationToken) => context.RunOverPeriodAsync(parse, from, to, async (open, period, ct) =>
        {
            var (first, last) = (period.Start, period.End);
            var clock = Stopwatch.StartNew();
            var only = ExtractContext.ParseRegion(parse.GetValue(region));
            var client = context.Client(open, parse);
            var report = await client.LateVacancyRegistrationsAsync(period, only, ct).ConfigureAwait(false);

            // The figure has no counting definition of its own: its rule is H10's late flag on each vacancy, so the
            // manifest names the figure as its definition too. Vacancies are counted like people: for the ministry
            // the client withheld and perturbed them (cell key method).
            var spec = context.Spec(parse, client, "late-vacancies.csv", LateVacanciesTable.Header, ManagementFigures.LateVacancyRegistrations, new ManifestPeriod(From: Dates.Format(first), To: Dates.Format(last))) with
            {
                Figure = ManagementFigures.LateVacancyRegistrations,
                Parameters = only is { } code ? new Dictionary<string, string> { ["region"] = code.ToString() } : null,
            };
            return await context.WriteAsync(
                parse,
                $"late-vacancies-{Dates.Format(first)}_{Dates.Format(last)}{(only is { } r ? "-" + r : "")}",
                spec,
                LateVacanciesTable.Rows(report),
                $"{Shown(report.Registered.Count)} vacancies registered, {Shown(report.Late.Count)} late",
                clock.Elapsed,
                ct).ConfigureAwait(false);
        }, cancellationToken));
        return command;
    }
}
