using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// <c>extra-jobs.csv</c> (extra-jobs/1): per region and employer kind the jobs at the measuring date, the baseline's jobs
/// (nulmeting) and the extra jobs (jobs − baseline), then the regions' and kinds' totals and the grand total (rows whose
/// region or kind is <c>TOTAL</c>), as the client disclosed them: the jobs as the job-agreement stock is disclosed (for
/// the ministry perturbed, withheld below the threshold: then the jobs and extra jobs are empty and marked), the baseline
/// always (it is an input). A baseline or extra jobs of a group the baseline has no cell for is empty, never 0.
/// </summary>
internal static class ExtraJobsTable
{
    public static readonly string[] Header = ["region_code", "employer_kind", "jobs", "baseline_jobs", "extra_jobs", "suppressed"];

    public static IEnumerable<IReadOnlyList<string>> Rows(DisclosedFigure<ExtraJobsReport, ExtraJobsCount> figure) =>
        figure.Entries.Select(e => (IReadOnlyList<string>)
        [
            e.Row ?? ExtractTables.Total,
            e.Column ?? ExtractTables.Total,
            Jobs(e.Measure),
            Fraction(DisclosedExtraJobs.BaselineJobsOf(figure, e)),
            Fraction(DisclosedExtraJobs.ExtraJobsOf(figure, e)),
            Mark(e.Suppression),
        ]);
}
