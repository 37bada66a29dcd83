using System.CommandLine;
using System.Diagnostics;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Commands;

/// <summary><c>wsp extract job-agreement-breakdown --at D --by sector,employer,partner [--region AMxx]</c>: figure <c>job-agreement-breakdown/1</c> (H6).</summary>
internal static class ExtractJobAgreementBreakdownCommand
{
    private static readonly (string Name, PlacementDimensions Dimension)[] s_dimensions =
    [
        ("region", PlacementDimensions.Region),
        ("sector", PlacementDimensions.Sector),
        ("employer", PlacementDimensions.Employer),
        ("partner", PlacementDimensions.Partner),
        ("arrangement", PlacementDimensions.Arrangement),
    ];

    public static Command Create(ExtractContext context)
    {
        var at = Dates.Option("--at", "The measuring date (meetmoment, yyyy-MM-dd).");
        var by = DimensionsOption.Create(
            "Group by these, comma-separated: region, sector, employer, partner, arrangement (for example sector,employer,partner).",
            s_dimensions,
            required: true,
            name => name.Replace("-", "", StringComparison.Ordinal).Equals("targetgroup", StringComparison.OrdinalIgnoreCase)
                ? "--by: [H6] job-agreement jobs are not grouped by target group: a job is not split over the groups of its candidate."
                : null);
        var region = ExtractContext.RegionOption("Only this labour market region (AMxx).");
        var command = new Command("job-agreement-breakdown", "Job-agreement jobs at a date per sector, employer and/or partner (job-agreement-breakdown/1 from job-agreement-jobs/2, rule H6).");
        command.Options.Add(at);
        command.Options.Add(by);
        command.Options.Add(region);
        command.SetAction((parse, cancellationToken) => Actions.RunWithStoreAsync(context.Console, parse, async (open, ct) =>
        {
            var clock = Stopwatch.StartNew();
            var date = parse.GetValue(at);
            var dimensions = parse.GetValue(by);
            var only = ExtractContext.ParseRegion(parse.GetValue(region));
            var client = context.Client(open, parse);
            var figure = await client.JobAgreementBreakdownAsync(date, dimensions, only, ct).ConfigureAwait(false);
            var names = DimensionsOption.Names(dimensions, s_dimensions);
            var parameters = new Dictionary<string, string> { ["by"] = names };
            if (only is { } code)
            {
                parameters["region"] = code.ToString();
            }

            var spec = context.Spec(parse, client, "job-agreement-breakdown.csv", JobAgreementBreakdownTable.Header(dimensions), JobAgreementJobs.Definition, new ManifestPeriod(At: Dates.Format(date))) with
            {
                Figure = ManagementFigures.JobAgreementBreakdown,
                Parameters = parameters,
            };
            return await context.WriteAsync(
                parse,
                $"job-agreement-breakdown-{Dates.Format(date)}-{names.Replace(',', '-')}{(only is { } r ? "-" + r : "")}",
                spec,
                JobAgreementBreakdownTable.Rows(figure),
                $"{ShownJobs(figure.Total.Measure)} jobs, {Shown(figure.Total.Count)} working persons in {figure.Groups.Count:N0} groups",
                clock.Elapsed,
                ct).ConfigureAwait(false);
        }, cancellationToken));
        return command;
    }
}
