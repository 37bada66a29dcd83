using BenchmarkDotNet.Attributes;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Benchmarks;

/// <summary>
/// The counting definitions over in-memory placements. Target (issue 3): <see cref="JobAgreementJobs.Count"/> over
/// 1,000,000 placements in at most 50 ms, allocating nothing per placement: the allocated bytes are the same for
/// 10,000 and 1,000,000 placements.
/// </summary>
[MemoryDiagnoser]
public class CountingBenchmarks
{
    private static readonly LocalDate s_measuringDate = new(2025, 12, 31);
    private static readonly DateInterval s_year = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));

    private Placement[] _placements = [];

    /// <summary>Gets or sets the number of placements.</summary>
    [Params(10_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _placements = PlacementData.Generate(N);
        Console.WriteLine($"// {PlacementData.Describe(_placements)}");
        var result = JobAgreementJobs.Count(_placements, s_measuringDate);
        Console.WriteLine($"// job-agreement-jobs/1 at {s_measuringDate:uuuu-MM-dd}: {result.WorkingPersons:N0} working persons, {result.Jobs:N1} jobs in {result.Groups.Count} groups");
    }

    /// <summary>Job-agreement jobs at 2025-12-31 (stock).</summary>
    [Benchmark]
    public JobAgreementStockResult JobAgreementJobs_Count() => JobAgreementJobs.Count(_placements, s_measuringDate);

    /// <summary>
    /// The floor, not an SDK method: read one field of every placement and nothing else. What this costs is the
    /// price of walking the objects in memory, which no per-placement count can beat.
    /// </summary>
    [Benchmark]
    public int Floor_ReadEachPlacement()
    {
        var count = 0;
        foreach (var placement in _placements)
        {
            if (placement.CountsForJobAgreement)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>Placements started in 2025 (flow) by region and sector; for information, no target.</summary>
    [Benchmark]
    public PlacementFlowResult PlacementsFlow_Count_RegionSector() =>
        PlacementsFlow.Count(_placements, s_year, PlacementDimensions.Region | PlacementDimensions.Sector);
}
