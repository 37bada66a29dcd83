using BenchmarkDotNet.Attributes;
using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Benchmarks;

/// <summary>
/// The management figures (issue 7) over 1,000,000 in-memory placements: what the SDK computation costs once the
/// placements are read. No target yet; the ≤ 1 s target of issue 7 is for the whole query from the store.
/// </summary>
[MemoryDiagnoser]
public class ManagementInformationBenchmarks
{
    private static readonly LocalDate s_measuringDate = new(2025, 12, 31);
    private static readonly DateInterval s_year = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
    private static readonly PlacementAmbitionTable s_ambition = PlacementAmbitions.Haaglanden2015;

    private Placement[] _placements = [];
    private Arrangement[] _arrangements = [];

    /// <summary>Gets or sets the number of placements.</summary>
    [Params(1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _placements = PlacementData.Generate(N);

        // The figures only read an arrangement's id, status, versions and decisions: restored from state, one per id in the data.
        _arrangements = [.. _placements.Select(p => p.ArrangementId).OfType<string>().Distinct().Select(id => Arrangement.FromState(new ArrangementState
        {
            Id = id,
            AccountId = "EA-" + id,
            EmployerName = "Employer " + id,
            Kind = ArrangementKind.Municipal,
            AdvisorId = "ADV-1",
            Status = ArrangementStatus.Final,
            Versions = [new ArrangementVersion(1, "Terms", 120, Instant.FromUtc(2024, 1, 1, 0, 0))],
            Inputs = [],
            Decisions = [],
            RegionalAgreements = [],
            UwvReferences = [],
        }))];
        Console.WriteLine($"// {PlacementData.Describe(_placements)}; {_arrangements.Length} arrangements");
    }

    /// <summary>Ambition 2015 of Haaglanden against the placements of 2015 (H4).</summary>
    [Benchmark]
    public AmbitionRealisationReport AmbitionRealisation_Compute() => AmbitionRealisation.Compute(s_ambition, _placements);

    /// <summary>Job-agreement jobs at 2025-12-31 per sector, employer and partner (H6).</summary>
    [Benchmark]
    public JobAgreementBreakdownResult JobAgreementBreakdown_SectorEmployerPartner() =>
        JobAgreementBreakdown.Count(_placements, s_measuringDate, PlacementDimensions.Sector | PlacementDimensions.Employer | PlacementDimensions.Partner);

    /// <summary>Placements of 2025 per arrangement per region (L5).</summary>
    [Benchmark]
    public ArrangementMonitoringReport ArrangementMonitoring_Compute() => ArrangementMonitoring.Compute(_arrangements, _placements, s_year);
}
