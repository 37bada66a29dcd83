using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The baseline (nulmeting) of the job agreement per region and employer kind: the jobs that already existed at the
/// baseline date (end December 2012), with where the figures come from. Partners' records cannot give it, so it is an
/// input (<c>wsp extract extra-jobs --baseline FILE</c>, <c>wsp import baseline FILE</c>); <see cref="ExtraJobs"/>
/// subtracts it from the jobs at a measuring date.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class JobAgreementBaselineTable
{
    private readonly Dictionary<(RegionCode, EmployerKind), decimal> _jobs;

    /// <summary>Initializes a table.</summary>
    /// <param name="source">Where the figures come from, for example a file's name and SHA-256.</param>
    /// <param name="cells">At most one cell per region and employer kind.</param>
    /// <param name="date">The baseline date; <see cref="JobAgreement.BaselineDate"/> (31 December 2012) when null.</param>
    /// <exception cref="ArgumentException">The source is missing, a cell is null, or a region and kind occur twice.</exception>
    public JobAgreementBaselineTable(string source, IEnumerable<JobAgreementBaselineCell> cells, LocalDate? date = null)
    {
        Source = Preconditions.CheckNotNullOrWhiteSpace(source);
        Date = date ?? JobAgreement.BaselineDate;
        Cells = [.. Preconditions.CheckNotNull(cells).Select(c => Preconditions.CheckNotNull(c, nameof(cells))).OrderBy(c => c.Region).ThenBy(c => c.EmployerKind)];
        _jobs = [];
        foreach (var cell in Cells)
        {
            Preconditions.CheckArgument(_jobs.TryAdd((cell.Region, cell.EmployerKind), cell.Jobs), nameof(cells), $"{cell.Region} {KindCode(cell.EmployerKind)} occurs twice.");
        }
    }

    /// <summary>Gets the baseline date (nulmeting).</summary>
    public LocalDate Date { get; }

    /// <summary>Gets where the figures come from.</summary>
    public string Source { get; }

    /// <summary>Gets the cells, ordered by region, then kind.</summary>
    public IReadOnlyList<JobAgreementBaselineCell> Cells { get; }

    /// <summary>Returns the jobs of one region and kind at the baseline.</summary>
    /// <param name="region">The region.</param>
    /// <param name="kind">Market or government.</param>
    /// <returns>The jobs, or null when the table has no such cell.</returns>
    public decimal? JobsOf(RegionCode region, EmployerKind kind) => _jobs.TryGetValue((region, kind), out var jobs) ? jobs : null;

    /// <summary>Returns the table narrowed to some regions (a municipality's view counts its own regions only).</summary>
    /// <param name="regions">The regions kept; null keeps every region.</param>
    /// <returns>The narrowed table, with the same date and source.</returns>
    public JobAgreementBaselineTable Within(IReadOnlyCollection<RegionCode>? regions) =>
        regions is null ? this : new JobAgreementBaselineTable(Source, Cells.Where(c => regions.Contains(c.Region)), Date);

    private static string KindCode(EmployerKind kind) => kind == EmployerKind.Market ? "MARKET" : "GOVERNMENT";
}
