using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>Job-agreement jobs at a measuring date per group (rule H6): figure <c>job-agreement-breakdown/1</c>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class JobAgreementBreakdownResult
{
    internal JobAgreementBreakdownResult(LocalDate date, DimensionTallies tallies)
    {
        Date = date;
        Dimensions = tallies.By;
        var (keys, table) = tallies.ToTable();
        Table = table;
        Groups = new LazyGroups<JobAgreementGroup>(keys.Length, group => new JobAgreementGroup(keys[group], table.Cells[group].Measure, table.Cells[group].Count));
        HoursPerWeek = tallies.Grand.Measure;
        WorkingPersons = tallies.Grand.Count;
    }

    /// <summary>Gets the figure's id.</summary>
    public CountingDefinitionId Figure { get; } = ManagementFigures.JobAgreementBreakdown.Id;

    /// <summary>Gets the counting definition whose rule it applies.</summary>
    public CountingDefinitionId Definition { get; } = JobAgreementJobs.Definition.Id;

    /// <summary>Gets the measuring date (meetmoment).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the dimensions grouped by.</summary>
    public PlacementDimensions Dimensions { get; }

    /// <summary>Gets the groups that hold at least one placement, ordered by region, sector, employer, partner and arrangement.</summary>
    public IReadOnlyList<JobAgreementGroup> Groups { get; }

    /// <summary>Gets the paid hours per week in all.</summary>
    public decimal HoursPerWeek { get; }

    /// <summary>Gets the jobs in all (equal to those of job-agreement-jobs/2 at the date).</summary>
    public decimal Jobs => JobAgreement.ToJobs(HoursPerWeek);

    /// <summary>Gets the working persons in all: each distinct candidate per booking partner once (H3).</summary>
    public int WorkingPersons { get; }

    /// <summary>Gets the tallies (counts and cell keys) of the groups, rows, columns and total, for the disclosure.</summary>
    internal FigureTable Table { get; }
}
