using System.CommandLine;
using Wsp.Cli.Import;

namespace Wsp.Cli.Commands;

/// <summary><c>wsp import placements FILE [--report FILE]</c>.</summary>
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
        return import;
    }
}
