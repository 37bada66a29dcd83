using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Counting;

/// <summary>
/// Counting definition <c>extra-jobs/1</c>: extra job-agreement jobs (extra banen) = jobs at the measuring date
/// (<see cref="JobAgreementJobs"/>) − jobs at the baseline (nulmeting), per employer kind. The national targets
/// (<see cref="JobAgreements.JobAgreementTargets"/>) are expressed in extra jobs.
/// </summary>
/// <remarks>Methods are thread-safe.</remarks>
public static class ExtraJobs
{
    /// <summary>Gets the definition's id and description.</summary>
    public static CountingDefinition Definition { get; } = new(
        new CountingDefinitionId("extra-jobs", 1),
        "Extra job-agreement jobs against a baseline",
        "Jobs at the measuring date (job-agreement-jobs/2) minus the jobs at the given baseline (nulmeting, an input: partners' records cannot give it), per region and employer kind (market, government).");

    /// <summary>Computes the extra jobs at the date of <paramref name="stock"/>.</summary>
    /// <param name="stock">The jobs at the measuring date.</param>
    /// <param name="baseline">The baseline; its date lies before the measuring date.</param>
    /// <returns>The extra jobs.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the baseline is not before the measuring date.</exception>
    public static ExtraJobsResult Compute(JobAgreementStockResult stock, JobAgreementBaseline baseline)
    {
        Preconditions.CheckNotNull(stock);
        Preconditions.CheckNotNull(baseline);
        Preconditions.CheckArgument(baseline.Date < stock.Date, nameof(baseline), $"The baseline {baseline.Date:uuuu-MM-dd} lies before the measuring date {stock.Date:uuuu-MM-dd}.");
        return new ExtraJobsResult(
            stock.Date,
            baseline,
            stock.JobsFor(EmployerKind.Market) - baseline.MarketJobs,
            stock.JobsFor(EmployerKind.Government) - baseline.GovernmentJobs);
    }

    /// <summary>
    /// Computes the extra jobs at the date of <paramref name="stock"/> per region and employer kind: for every region and
    /// kind with jobs at the date or a baseline cell, the jobs minus the baseline's; a group the baseline has no cell for
    /// gets no extra jobs (null), never a baseline of 0.
    /// </summary>
    /// <param name="stock">The jobs at the measuring date, per region and employer kind.</param>
    /// <param name="baseline">The baseline per region and kind; its date lies before the measuring date.</param>
    /// <returns>The extra jobs per region and kind.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the baseline is not before the measuring date.</exception>
    public static ExtraJobsReport Compute(JobAgreementStockResult stock, JobAgreementBaselineTable baseline)
    {
        Preconditions.CheckNotNull(stock);
        Preconditions.CheckNotNull(baseline);
        Preconditions.CheckArgument(baseline.Date < stock.Date, nameof(baseline), $"The baseline {baseline.Date:uuuu-MM-dd} lies before the measuring date {stock.Date:uuuu-MM-dd}.");
        var counted = new Dictionary<(RegionCode Region, EmployerKind Kind), (JobAgreementCount Count, Tally Tally)>();
        for (var i = 0; i < stock.Groups.Count; i++)
        {
            var group = stock.Groups[i];
            counted[(group.Region, group.EmployerKind)] = (group, stock.Table.Cells[i]);
        }

        var keys = counted.Keys.Union(baseline.Cells.Select(c => (c.Region, Kind: c.EmployerKind))).OrderBy(k => k.Region).ThenBy(k => k.Kind);
        ExtraJobsCount[] groups =
        [
            .. keys.Select(k => counted.TryGetValue(k, out var jobs)
                ? new ExtraJobsCount(k.Region, k.Kind, jobs.Count.HoursPerWeek, jobs.Count.WorkingPersons, baseline.JobsOf(k.Region, k.Kind), jobs.Tally)
                : new ExtraJobsCount(k.Region, k.Kind, 0m, 0, baseline.JobsOf(k.Region, k.Kind), Tally.Zero)),
        ];

        // The totals are the stock's, counted from the records (a person working in two regions is one in the nation's),
        // so the extra jobs' totals are disclosed as the stock's are: one cell, one answer, whichever figure shows it.
        bool[] listed = [.. groups.Select(g => g.BaselineJobs is not null)];
        var table = new FigureTable(
            [.. groups.Select(g => g.Tally)],
            listed,
            () => ([.. groups.Select(g => g.Region.ToString())], [.. groups.Select(g => EmployerKinds.Code(g.EmployerKind))]),
            () => stock.Table.Rows,
            () => stock.Table.Columns,
            stock.Table.Grand);
        return new ExtraJobsReport(stock.Date, baseline, groups, table);
    }
}
