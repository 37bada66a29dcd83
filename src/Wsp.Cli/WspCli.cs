using System.CommandLine;
using Wsp.Cli.Commands;

namespace Wsp.Cli;

/// <summary>
/// The <c>wsp</c> command line: the commands, their parsing (System.CommandLine: help, completion, typed options) and
/// the exit codes of DESIGN.md (0 success, 1 refused input with the reasons printed, 2 usage error).
/// </summary>
internal static class WspCli
{
    public static RootCommand Create(CliConsole console)
    {
        var root = new RootCommand("wsp: import placements, write and verify extracts (counting definitions and management information), the national desk's arrangements, demo data, development tokens and statistics over the Wsp store (SQLite or Cosmos DB).");
        foreach (var option in StoreOptions.All)
        {
            root.Options.Add(option);
        }

        root.Subcommands.Add(ImportCommand.Create(console));
        root.Subcommands.Add(ExtractCommand.Create(console));
        root.Subcommands.Add(VerifyCommand.Create(console));
        root.Subcommands.Add(DemoCommand.Create(console));
        root.Subcommands.Add(TokenCommand.Create(console));
        root.Subcommands.Add(StatsCommand.Create(console));
        root.Subcommands.Add(ArrangementsCommand.Create(console));
        return root;
    }

    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var parse = Create(console).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"wsp: {error.Message}");
            }

            console.Error.WriteLine("Run 'wsp --help' (or 'wsp COMMAND --help') for usage.");
            return ExitCodes.Usage;
        }

        return await parse.InvokeAsync(new InvocationConfiguration { Output = console.Output, Error = console.Error }, cancellationToken).ConfigureAwait(false);
    }
}
