using Wsp.Cli;

return await WspCli.RunAsync(args, CliConsole.FromProcess()).ConfigureAwait(false);
