using BenchmarkDotNet.Running;

// Pick benchmarks with BenchmarkDotNet's switches, for example: -- --filter '*' or -- --filter '*Lookup*'.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
