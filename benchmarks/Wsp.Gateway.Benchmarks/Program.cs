using BenchmarkDotNet.Running;

namespace Wsp.Gateway.Benchmarks;

/// <summary>Runs the benchmarks BenchmarkDotNet's arguments select (<c>--filter '*'</c> for all).</summary>
internal static class BenchmarkProgram
{
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
