using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Disclosure;

/// <summary>Small-count suppression of extra jobs (extra-jobs/1).</summary>
public static partial class SuppressedFigures
{
    /// <summary>
    /// Suppresses extra jobs (extra-jobs/1) as the job-agreement stock: the count is the working persons at the date, the
    /// hours travel with them; rows are regions, columns the employer kinds <c>MARKET</c> and <c>GOVERNMENT</c>. A group
    /// with a baseline but no one at work is a cell of 0, published.
    /// </summary>
    /// <param name="report">The extra jobs.</param>
    /// <param name="suppression">The suppression.</param>
    /// <returns>The report's groups in its order, suppressed, with the table's totals.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static SuppressedFigure<ExtraJobsCount> Of(ExtraJobsReport report, SmallCountSuppression suppression)
    {
        Preconditions.CheckNotNull(report);
        return Apply(suppression, report.Groups, g => new SuppressionCell(g.Region.ToString(), KindCode(g.EmployerKind), g.WorkingPersons, g.HoursPerWeek));
    }
}
