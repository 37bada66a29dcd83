using Wsp.Sdk.Counting;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>
/// The figures of the management information (managementinformatie, rules H4–H6, H10, L5), each with a stable id and
/// version like a counting definition. Every figure is computed from a counting definition (named in its
/// description), never from a counting rule of its own; docs/management-information.md explains each.
/// </summary>
public static class ManagementFigures
{
    /// <summary>Gets <c>arrangement-monitoring/1</c> (rule L5).</summary>
    public static CountingDefinition ArrangementMonitoring { get; } = new(
        new CountingDefinitionId("arrangement-monitoring", 1),
        "Placements per national arrangement per region against its job opportunities",
        "placements-flow/1 over the period grouped by region and arrangement; per arrangement the placements of every region with a decision or a placement, each region's participation and signed version, against the job opportunities of the current version.");

    /// <summary>Gets <c>ambition-realisation/1</c> (rule H4).</summary>
    public static CountingDefinition AmbitionRealisation { get; } = new(
        new CountingDefinitionId("ambition-realisation", 1),
        "Placement ambition against realisation per sector and partner in a year",
        "placements-flow/1 over the ambition's year (1 January to 31 December) grouped by region, sector and booking partner, set against each cell of the region's placement ambition table; placements outside the table's sectors or partners are shown apart.");

    /// <summary>Gets <c>sector-coverage/1</c> (rule H5).</summary>
    public static CountingDefinition SectorCoverage { get; } = new(
        new CountingDefinitionId("sector-coverage", 1),
        "Coverage ratio per sector with the totals' source and date",
        "coverage-ratio/1 over the employers in contact, against stored totals per sector (input data with source and date); contacts in sectors without a total are counted apart.");

    /// <summary>Gets <c>job-agreement-breakdown/1</c> (rule H6).</summary>
    public static CountingDefinition JobAgreementBreakdown { get; } = new(
        new CountingDefinitionId("job-agreement-breakdown", 1),
        "Job-agreement jobs per sector, employer and partner",
        "job-agreement-jobs/2 at a measuring date, grouped by sector, employer and/or booking partner (and region) instead of region and employer kind; the groups add up to the definition's totals.");

    /// <summary>Gets <c>regional-project-placements/1</c> (rule H6).</summary>
    public static CountingDefinition RegionalProjectPlacements { get; } = new(
        new CountingDefinitionId("regional-project-placements", 1),
        "Placements per regional project",
        "placements-flow/1 over each project's period, of the placements in the project's region at its employers or on its vacancies, per booking partner.");

    /// <summary>Gets <c>late-vacancy-registrations/1</c> (rule H10).</summary>
    public static CountingDefinition LateVacancyRegistrations { get; } = new(
        new CountingDefinitionId("late-vacancy-registrations", 1),
        "Late vacancy registrations per region and period",
        "Vacancies registered in the period (by the Dutch calendar date of registration), per region: registered, registered more than 24 hours after receipt (H10), and the late share. A chain partner's duplicate of a vacancy (H15) is no new vacancy and is not counted.");

    /// <summary>Gets every management figure.</summary>
    public static IReadOnlyList<CountingDefinition> All { get; } =
    [
        ArrangementMonitoring,
        AmbitionRealisation,
        SectorCoverage,
        JobAgreementBreakdown,
        RegionalProjectPlacements,
        LateVacancyRegistrations,
    ];
}
