using BenchmarkDotNet.Running;
using Wsp.Sdk.Benchmarks;

// Pick benchmarks with BenchmarkDotNet's switches, for example: -- --filter '*' or -- --filter '*Lookup*'.
// `-- accuracy [--sqlite FILE]` measures what the ministry's disclosure costs in accuracy instead (nothing timed).
if (args.Length > 0 && args[0] == "accuracy")
{
    return await DisclosureAccuracy.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
