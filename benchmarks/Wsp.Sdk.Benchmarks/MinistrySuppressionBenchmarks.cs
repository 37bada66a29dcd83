using BenchmarkDotNet.Attributes;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.ManagementInformation;

namespace Wsp.Sdk.Benchmarks;

/// <summary>
/// What the ministry's disclosure (the cell key method, docs/disclosure.md) adds to the ministry's national job-agreement breakdown
/// by region and employer over 1,000,000 placements (some 208,000 groups; DESIGN.md, Security model; the ≤ 1 s target
/// of issue 7 is for the whole query): the breakdown is computed once, the benchmark is the disclosure alone (every entry made).
/// </summary>
[MemoryDiagnoser]
public class MinistrySuppressionBenchmarks
{
    private static readonly LocalDate s_measuringDate = new(2025, 12, 31);
    private static readonly FigureDisclosure s_ministry = FigureDisclosure.CellKey();

    private JobAgreementBreakdownResult _breakdown = null!;

    /// <summary>Gets or sets the number of placements.</summary>
    [Params(1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _breakdown = JobAgreementBreakdown.Count(PlacementData.Generate(N), s_measuringDate, PlacementDimensions.Region | PlacementDimensions.Employer);
        Console.WriteLine($"// {_breakdown.Groups.Count} groups, {_breakdown.WorkingPersons} working persons");
    }

    /// <summary>The ministry's disclosure of the national breakdown by region and employer (cell-key/1, threshold 5).</summary>
    [Benchmark]
    public int Suppress_RegionEmployer() => s_ministry.Disclose(_breakdown).Entries.Count;
}
