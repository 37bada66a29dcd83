using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Disclosure;

/// <summary>The disclosure of extra jobs (extra-jobs/1).</summary>
public sealed partial class FigureDisclosure
{
    /// <summary>
    /// Discloses extra jobs (extra-jobs/1): the jobs at the date are disclosed as the job-agreement stock is (working persons
    /// per region and employer kind, the hours travelling with them, the stock's cell keys, so each cell and total gets the
    /// same answer here as in the stock); the baseline is an input and always shown, so a group with a baseline is listed
    /// whatever its count, and the extra jobs are withheld exactly when the jobs are (the jobs are the extra jobs plus the
    /// baseline).
    /// </summary>
    /// <param name="report">The extra jobs.</param>
    /// <returns>The disclosed figure; read its extra jobs with <see cref="DisclosedExtraJobs"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public DisclosedFigure<ExtraJobsReport, ExtraJobsCount> Disclose(ExtraJobsReport report) =>
        new(Preconditions.CheckNotNull(report), report.Groups, report.Table, this);
}
