using System.CommandLine;
using System.Diagnostics;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Counting;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Commands;

/// <summary>
/// <c>wsp extract durability --from D --to D [--at D] [--by region,sector,target-group,partner] [--region AMxx]</c>:
/// durable placements (<c>placement-durability/1</c>), of the placements started in the period those still running 6 and
/// 12 months after their start, at the measuring date: one client call, as GraphQL's <c>placementDurability</c> makes.
/// </summary>
internal static class ExtractDurabilityCommand
{
    private static readonly (string Name, PlacementDimensions Dimension)[] s_dimensions =
    [
        ("region", PlacementDimensions.Region),
        ("sector", PlacementDimensions.Sector),
        ("target-group", PlacementDimensions.TargetGroup),
        ("partner", PlacementDimensions.Partner),
    ];

    public static Command Create(ExtractContext context)
    {
        var from = Dates.Option("--from", "The first start date counted (yyyy-MM-dd).");
        var to = Dates.Option("--to", "The last start date counted (yyyy-MM-dd).");
        var at = Dates.Optional("--at", "The measuring date (yyyy-MM-dd): a 6- or 12-month mark after it is not measured yet; today (Europe/Amsterdam) when left out, for the ministry the last month end.");
        var by = DimensionsOption.Create("Group by these, comma-separated: region, sector, target-group, partner (the total only when left out).", s_dimensions, required: false);
        var region = ExtractContext.RegionOption("Only this labour market region (AMxx).");
        var command = new Command("durability", "Placements started in a period still running 6 and 12 months after their start (placement-durability/1), grouped as asked, with the total.");
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(at);
        command.Options.Add(by);
        command.Options.Add(region);
        command.SetAction((parse, cancellationToken) => context.RunOverPeriodAsync(parse, from, to, async (open, period, ct) =>
        {
            var (first, last) = (period.Start, period.End);
            var clock = Stopwatch.StartNew();
            var dimensions = parse.GetValue(by);
            var only = ExtractContext.ParseRegion(parse.GetValue(region));
            var client = context.Client(open, parse);
            var figure = await client.PlacementDurabilityAsync(period, dimensions, parse.GetValue(at), only, ct).ConfigureAwait(false);
            var names = DimensionsOption.Names(dimensions, s_dimensions);
            var parameters = new Dictionary<string, string>();
            if (names.Length > 0)
            {
                parameters["by"] = names;
            }

            if (only is { } code)
            {
                parameters["region"] = code.ToString();
            }

            var result = figure.Result;
            var spec = context.Spec(parse, client, "durability.csv", DurabilityTable.Header(dimensions), PlacementDurability.Definition, new ManifestPeriod(Dates.Format(first), Dates.Format(last), Dates.Format(result.MeasuringDate))) with
            {
                Parameters = parameters.Count > 0 ? parameters : null,
            };
            var total = figure.Total;
            return await context.WriteAsync(
                parse,
                $"durability-{Dates.Format(first)}_{Dates.Format(last)}{(names.Length > 0 ? "-" + names.Replace(',', '-') : "")}{(only is { } r ? "-" + r : "")}",
                spec,
                DurabilityTable.Rows(figure),
                $"{Shown(total.Started.Count)} placements started, running at 6 months {Share(total.ShareRunningAtSixMonths)}, at 12 months {Share(total.ShareRunningAtTwelveMonths)} (at {Dates.Format(result.MeasuringDate)})",
                clock.Elapsed,
                ct).ConfigureAwait(false);
        }, cancellationToken));
        return command;
    }

    private static string Share(decimal? share) => share is { } s ? s.ToString("P1", System.Globalization.CultureInfo.InvariantCulture) : "not known";
}
