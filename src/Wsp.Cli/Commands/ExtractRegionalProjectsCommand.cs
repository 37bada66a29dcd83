using System.CommandLine;
using System.Diagnostics;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.RegionalProjects;

namespace Wsp.Cli.Commands;

/// <summary>
/// <c>wsp extract regional-projects --region AMxx [--projects FILE]</c>: figure <c>regional-project-placements/1</c> (H6),
/// over the projects the region stored (recorded through the gateway), or over the projects of a CSV file for a what-if.
/// </summary>
internal static class ExtractRegionalProjectsCommand
{
    public static Command Create(ExtractContext context)
    {
        var projects = ExtractInputFile.Option("--projects", $"Count these projects instead of the stored ones (a what-if): CSV with the header {string.Join(",", FigureInputs.ProjectsHeader)} (employer_kvks and vacancy_ids ;-separated).");
        var region = ExtractContext.RegionOption("The labour market region whose stored projects are counted (AMxx); with --projects, only that region's projects of the file.");
        var command = new Command("regional-projects", "Placements per regional project, per booking partner (regional-project-placements/1 from placements-flow/1, rule H6).");
        command.Options.Add(projects);
        command.Options.Add(region);
        command.SetAction((parse, cancellationToken) => Actions.Guard(context.Console, async () =>
        {
            var only = ExtractContext.ParseRegion(parse.GetValue(region));
            IReadOnlyList<RegionalProject>? given = null;
            var input = only is { } stored ? $"stored projects of {stored}" : "";
            if (parse.GetValue(projects) is { } file)
            {
                var (read, exit, described) = await ExtractInputFile.ReadAsync(context.Console, file, "--projects", FigureInputs.ReadProjects, cancellationToken).ConfigureAwait(false);
                if (read is null)
                {
                    return exit;
                }

                given = [.. read.Where(p => only is null || p.Region == only)];
                input = described;
                if (given.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() != given.Count)
                {
                    context.Console.Fail("wsp: --projects: a project id appears twice.");
                    return ExitCodes.Refused;
                }
            }
            else if (only is null)
            {
                return context.Usage("regional-projects: give --region AMxx (its stored projects are counted) or --projects FILE.");
            }

            return await Actions.RunWithStoreAsync(context.Console, parse, async (open, ct) =>
            {
                var clock = Stopwatch.StartNew();
                var client = context.Client(open, parse);
                var figure = given is not null
                    ? await client.RegionalProjectPlacementsAsync(given, ct).ConfigureAwait(false)
                    : await client.RegionalProjectPlacementsAsync(only!.Value, ct).ConfigureAwait(false);
                var parameters = new Dictionary<string, string> { ["projects"] = input };
                if (only is { } code)
                {
                    parameters["region"] = code.ToString();
                }

                var spec = context.Spec(parse, client, "regional-projects.csv", RegionalProjectsTable.Header, PlacementsFlow.Definition, new ManifestPeriod()) with
                {
                    Figure = ManagementFigures.RegionalProjectPlacements,
                    Parameters = parameters,
                };
                return await context.WriteAsync(
                    parse,
                    $"regional-projects{(only is { } r ? "-" + r : "")}",
                    spec,
                    RegionalProjectsTable.Rows(figure),
                    $"{figure.Result.Count:N0} projects",
                    clock.Elapsed,
                    ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }
}
