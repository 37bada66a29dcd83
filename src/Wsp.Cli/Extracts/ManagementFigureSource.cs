using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Extracts;

/// <summary>
/// The one place the tool gets management figures (managementinformatie) from: the SDK's
/// <see cref="ManagementInformationReader"/> over the store (pre-aggregates when the store keeps them), the reader the
/// gateway answers from, so an extract holds the numbers GraphQL gives. The tool never counts; it only turns a figure
/// into a table.
/// </summary>
internal sealed class ManagementFigureSource(IWspStore store)
{
    private readonly ManagementInformationReader _reader = new(store);

    /// <summary>Counts <c>placements-flow/1</c> over the period, grouped as asked.</summary>
    public Task<PlacementFlowResult> PlacementsFlowAsync(DateInterval period, PlacementDimensions by, CancellationToken cancellationToken) =>
        _reader.PlacementsFlowAsync(period, by, null, cancellationToken);

    /// <summary>Counts <c>job-agreement-jobs/1</c> at the date, per region and employer kind.</summary>
    public Task<JobAgreementStockResult> JobAgreementJobsAsync(LocalDate date, CancellationToken cancellationToken) =>
        _reader.JobAgreementJobsAsync(date, null, cancellationToken);

    public Task<ArrangementMonitoringReport> ArrangementMonitoringAsync(IReadOnlyList<Arrangement> arrangements, DateInterval period, CancellationToken cancellationToken) =>
        _reader.ArrangementMonitoringAsync(arrangements, period, null, cancellationToken);

    public Task<AmbitionRealisationReport> AmbitionRealisationAsync(PlacementAmbitionTable table, CancellationToken cancellationToken) =>
        _reader.AmbitionRealisationAsync(table, null, cancellationToken);

    public Task<JobAgreementBreakdownResult> JobAgreementBreakdownAsync(LocalDate date, PlacementDimensions by, RegionCode? region, CancellationToken cancellationToken) =>
        _reader.JobAgreementBreakdownAsync(date, by, Scope(region), cancellationToken);

    public Task<LateRegistrationReport> LateVacancyRegistrationsAsync(DateInterval period, RegionCode? region, CancellationToken cancellationToken) =>
        _reader.LateVacancyRegistrationsAsync(period, Scope(region), cancellationToken);

    public Task<IReadOnlyList<RegionalProjectCount>> RegionalProjectPlacementsAsync(IReadOnlyList<RegionalProject> projects, CancellationToken cancellationToken) =>
        _reader.RegionalProjectPlacementsAsync(projects, null, cancellationToken);

    /// <summary>The placements per regional project the region agreed and stored (H6).</summary>
    public Task<IReadOnlyList<RegionalProjectCount>> StoredProjectPlacementsAsync(RegionCode region, CancellationToken cancellationToken) =>
        _reader.RegionalProjectPlacementsAsync(region, cancellationToken);

    /// <summary>
    /// The coverage per sector against the newest stored totals on or before <paramref name="asOf"/>, over the employers in
    /// contact derived by the SDK from the records, or over those given (a what-if); null when no totals are stored.
    /// </summary>
    public Task<CoverageReport?> CoverageAsync(RegionCode region, LocalDate asOf, IReadOnlyList<EmployerContact>? contacts, CancellationToken cancellationToken) =>
        contacts is null ? _reader.CoverageAsync(region, asOf, cancellationToken) : _reader.CoverageAsync(region, asOf, contacts, cancellationToken);

    private static RegionCode[]? Scope(RegionCode? region) => region is { } only ? [only] : null;
}
