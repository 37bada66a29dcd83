using System.CommandLine;
using System.Diagnostics;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;

namespace Wsp.Cli.Commands;

/// <summary>
/// <c>wsp extract regional-projects --projects FILE [--region AMxx]</c>: figure <c>regional-project-placements/1</c> (H6).
/// The store keeps no regional projects yet, so the projects the region agreed come from a CSV file.
/// </summary>
internal static class ExtractRegionalProjectsCommand
{
    public static Command Create(ExtractContext context)
    {
        var projects = ExtractInputFile.Option("--projects", $"The regional projects, CSV with the header {string.Join(",", FigureInputs.ProjectsHeader)} (employer_kvks and vacancy_ids ;-separated).");
        var region = ExtractContext.RegionOption("Only the projects of this labour market region (AMxx).");
        var command = new Command("regional-projects", "Placements per regional project, per booking partner (regional-project-placements/1 from placements-flow/1, rule H6).");
        command.Options.Add(projects);
        command.Options.Add(region);
        command.SetAction((parse, cancellationToken) => Actions.Guard(context.Console, async () =>
        {
            var (read, exit, input) = await ExtractInputFile.ReadAsync(context.Console, parse.GetRequiredValue(projects), "--projects", FigureInputs.ReadProjects, cancellationToken).ConfigureAwait(false);
            if (read is null)
            {
                return exit;
            }

            var only = ExtractContext.ParseRegion(parse.GetValue(region));
            var chosen = read.Where(p => only is null || p.Region == only).ToArray();
            if (chosen.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count() != chosen.Length)
            {
                context.Console.Fail("wsp: --projects: a project id appears twice.");
                return ExitCodes.Refused;
            }

            return await Actions.RunWithStoreAsync(context.Console, parse, async (open, ct) =>
            {
                var clock = Stopwatch.StartNew();
                var counts = await new ManagementFigureSource(open.Store).RegionalProjectPlacementsAsync(chosen, ct).ConfigureAwait(false);
                var (suppression, manifestSuppression) = context.Suppression(parse);
                var parameters = new Dictionary<string, string> { ["projects"] = input };
                if (only is { } code)
                {
                    parameters["region"] = code.ToString();
                }

                var spec = new ExtractSpec("regional-projects.csv", RegionalProjectsTable.Header, PlacementsFlow.Definition, new ManifestPeriod(), context.AudienceOf(parse), manifestSuppression)
                {
                    Figure = ManagementFigures.RegionalProjectPlacements,
                    Parameters = parameters,
                };
                return await context.WriteAsync(
                    parse,
                    $"regional-projects{(only is { } r ? "-" + r : "")}",
                    spec,
                    RegionalProjectsTable.Rows(counts, suppression),
                    $"{counts.Count:N0} projects",
                    clock.Elapsed,
                    ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }
}
