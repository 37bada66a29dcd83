using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.Counting;

/// <summary>The result of <see cref="JobAgreementJobs"/>: jobs and working persons at a measuring date, per region and employer kind.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class JobAgreementStockResult
{
    internal JobAgreementStockResult(LocalDate date, IReadOnlyList<JobAgreementCount> groups, FigureTable table)
    {
        Date = date;
        Groups = groups;
        Table = table;
        HoursPerWeek = table.Grand.Measure;
        WorkingPersons = table.Grand.Count;
    }

    /// <summary>Gets the definition that produced the result.</summary>
    public CountingDefinitionId Definition { get; } = JobAgreementJobs.Definition.Id;

    /// <summary>Gets the measuring date (meetmoment).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the counts per region and employer kind that hold at least one placement, ordered by region, then kind.</summary>
    public IReadOnlyList<JobAgreementCount> Groups { get; }

    /// <summary>Gets the paid hours per week in all.</summary>
    public decimal HoursPerWeek { get; }

    /// <summary>Gets the jobs in all.</summary>
    public decimal Jobs => JobAgreement.ToJobs(HoursPerWeek);

    /// <summary>Gets the working persons in all: distinct candidates per booking partner (H3), so a person with jobs in two regions counts once here.</summary>
    public int WorkingPersons { get; }

    /// <summary>Gets the tallies (counts and cell keys) of the groups, regions, kinds and total, for the disclosure.</summary>
    internal FigureTable Table { get; }

    /// <summary>Returns the jobs of one employer kind over all regions.</summary>
    /// <param name="kind">Market or government.</param>
    /// <returns>The jobs.</returns>
    public decimal JobsFor(EmployerKind kind) =>
        JobAgreement.ToJobs(Table.Columns.GetValueOrDefault(EmployerKinds.Code(Preconditions.CheckDefined(kind))).Measure);
}
