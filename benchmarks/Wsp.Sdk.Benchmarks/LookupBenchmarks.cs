using BenchmarkDotNet.Attributes;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Benchmarks;

/// <summary>
/// Municipality lookups in <see cref="Gazetteer.Default"/>. Targets (issue 3): by code at most 50 ns, by name at
/// most 300 ns; neither allocates.
/// </summary>
[MemoryDiagnoser]
public class LookupBenchmarks
{
    private readonly Gazetteer _gazetteer = Gazetteer.Default;
    private readonly string _codeText = "GM0363";
    private readonly MunicipalityCode _code = MunicipalityCode.Parse("GM0363");

    [GlobalSetup]
    public void Setup()
    {
        // Measure the paths the targets are about, not a miss: each name must give the answer it is chosen for.
        Expect(_gazetteer.FindMunicipality(_codeText)?.Name == "Amsterdam", "GM0363 is Amsterdam");
        Expect(_gazetteer.MatchMunicipality("Amsterdam").Value?.Code == _code, "Amsterdam is found");
        Expect(_gazetteer.MatchMunicipality("den haag").IsFound, "den haag is found");
        Expect(_gazetteer.MatchMunicipality("Súdwest-Fryslân").IsFound, "Súdwest-Fryslân is found");
        Expect(_gazetteer.MatchMunicipality("sudwest fryslan").IsFound, "sudwest fryslan is found");
        Expect(_gazetteer.MatchMunicipality("Bergen").Status == MatchStatus.Ambiguous, "Bergen is ambiguous");
    }

    [Benchmark(Description = "FindMunicipality(\"GM0363\")")]
    public Municipality? FindByCodeText() => _gazetteer.FindMunicipality(_codeText);

    [Benchmark(Description = "FindMunicipality(MunicipalityCode)")]
    public Municipality? FindByCode() => _gazetteer.FindMunicipality(_code);

    [Benchmark(Description = "MatchMunicipality(name)")]
    [Arguments("Amsterdam")]
    [Arguments("den haag")]
    [Arguments("Súdwest-Fryslân")]
    [Arguments("sudwest fryslan")]
    [Arguments("Bergen")]
    public NameMatch<Municipality> MatchByName(string name) => _gazetteer.MatchMunicipality(name);

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Benchmark precondition failed: {what}.");
        }
    }
}
