using System.CommandLine;
using Wsp.Cli.Extracts;
using Wsp.Cli.Import;

namespace Wsp.Cli.Commands;

/// <summary><c>wsp import placements FILE [--report FILE]</c>; <c>wsp import ambitions|targets|baseline FILE</c>.</summary>
internal static class ImportCommand
{
    public static Command Create(CliConsole console)
    {
        var file = new Argument<string>("FILE") { Description = "A Placements CSV v1 file (UTF-8, comma, header row)." };
        var report = new Option<string?>("--report") { Description = "Also write a machine-readable report (JSON) of the outcome and every bad row to this file." };
        var placements = new Command("placements", "Import a Placements CSV v1 file as one unit: all rows or, when any row is bad, none (every bad row is printed).");
        placements.Arguments.Add(file);
        placements.Options.Add(report);
        placements.SetAction((parse, cancellationToken) => Actions.RunWithStoreAsync(console, parse, (open, ct) =>
            new PlacementImport(console, open.Store, open.Charges).RunAsync(parse.GetRequiredValue(file), parse.GetValue(report), ct), cancellationToken));
        var import = new Command("import", "Import data into the store.");
        import.Subcommands.Add(placements);
        import.Subcommands.Add(FigureInputImportCommand.Command(
            console,
            "ambitions",
            "Import placement ambitions of any regions and years (Placement ambitions CSV v1: region_code,year,classification,sector_code,partner,ambition) as one new version; every bad row is printed and nothing written.",
            (file, _) => FigureInputs.ReadAmbitions(file),
            (client, tables, source, ct) => client.ImportAmbitionsAsync(tables, source, ct)));
        import.Subcommands.Add(FigureInputImportCommand.Command(
            console,
            "targets",
            "Import regional job-agreement targets (CSV v1: region_code,date,market,government,source) as one new version; every bad row is printed and nothing written.",
            (file, _) => FigureInputs.ReadTargets(file),
            (client, targets, source, ct) => client.ImportTargetsAsync(targets, source, ct)));
        import.Subcommands.Add(FigureInputImportCommand.Command(
            console,
            "baseline",
            "Import the job-agreement baseline (nulmeting, CSV v1: region_code,employer_kind,jobs) as one new version; extraJobs and the dashboard measure against the newest.",
            FigureInputs.ReadBaseline,
            (client, baseline, _, ct) => client.ImportBaselineAsync(baseline, ct)));
        return import;
    }
}
