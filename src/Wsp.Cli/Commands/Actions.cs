using System.CommandLine;
using Microsoft.Extensions.Configuration;
using Wsp.Sdk;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Commands;

/// <summary>Runs a command's work with the configured store and turns the SDK's typed refusals (the store's, a rule's, the client's access decision) into exit codes.</summary>
internal static class Actions
{
    public static async Task<int> RunWithStoreAsync(CliConsole console, ParseResult parse, Func<OpenStore, CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        IConfiguration configuration;
        try
        {
            configuration = StoreOptions.Configuration(parse, console);
        }
        catch (InvalidDataException e)
        {
            console.Fail($"wsp: appsettings.json: {e.Message}");
            return ExitCodes.Usage;
        }

        OpenStore open;
        try
        {
            open = await StoreOptions.OpenAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidOperationException e)
        {
            console.Fail($"wsp: {e.Message}");
            return ExitCodes.Usage;
        }
        catch (Exception e) when (e is StoreException or Microsoft.Azure.Cosmos.CosmosException or HttpRequestException)
        {
            // A Cosmos account that cannot be reached or answers a misconfigured client (Direct mode against an
            // emulator: 400 "no route") is the operator's to fix: said plainly, never as a stack trace.
            console.Fail($"wsp: the store ({StoreOptions.Describe(configuration)}) is unavailable: {StoreOptions.Explain(configuration, e)}");
            return ExitCodes.Refused;
        }

        await using (open.ConfigureAwait(false))
        {
            return await Guard(console, () => work(open, cancellationToken)).ConfigureAwait(false);
        }
    }

    public static async Task<int> Guard(CliConsole console, Func<Task<int>> work)
    {
        try
        {
            return await work().ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            console.Fail($"wsp: refused by the store ({e.Code}): {e.Message}");
            return ExitCodes.Refused;
        }
        catch (RuleViolationException e)
        {
            console.Fail($"wsp: {e.Message}");
            return ExitCodes.Refused;
        }
        catch (AccessDeniedException e)
        {
            console.Fail($"wsp: refused by the client: {e.Message}");
            return ExitCodes.Refused;
        }
        catch (OperationCanceledException)
        {
            console.Fail("wsp: interrupted; nothing half-written.");
            return ExitCodes.Refused;
        }
    }
}
