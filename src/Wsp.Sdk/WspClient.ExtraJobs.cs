using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk;

/// <summary>Extra jobs (extra banen, extra-jobs/1): the job-agreement jobs at a date against the baseline (nulmeting), per region and employer kind.</summary>
public partial class WspClient
{
    /// <summary>
    /// Counts the extra jobs at a date per region and employer kind (extra-jobs/1): the job-agreement jobs at the date
    /// (job-agreement-jobs/2) minus the baseline given, or else the baseline imported last (<c>wsp import baseline</c>).
    /// </summary>
    /// <param name="measuringDate">The measuring date (meetmoment), after the baseline's date.</param>
    /// <param name="baseline">The baseline to measure against; null for the imported one.</param>
    /// <param name="region">Only this region; null for every region the caller may read.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The extra jobs, disclosed (read them with <see cref="DisclosedExtraJobs"/>); null when no baseline was given and none is imported.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures.</exception>
    /// <exception cref="ArgumentException">The baseline's date is not before the measuring date.</exception>
    public virtual async Task<DisclosedFigure<ExtraJobsReport, ExtraJobsCount>?> ExtraJobsAsync(LocalDate measuringDate, JobAgreementBaselineTable? baseline = null, RegionCode? region = null, CancellationToken cancellationToken = default)
    {
        var scope = AggregateScope(region, "read extra jobs");
        EnsurePublishedDate(measuringDate, "read extra jobs");
        if (baseline is not null && baseline.Date >= measuringDate)
        {
            throw new ArgumentException($"The baseline {baseline.Date:uuuu-MM-dd} lies before the measuring date {measuringDate:uuuu-MM-dd}.", nameof(baseline));
        }

        baseline ??= FigureInputHistory.BaselineOf(await _store.FigureInputs.ListBaselineImportsAsync(cancellationToken).ConfigureAwait(false))?.Value;
        if (baseline is null)
        {
            return null;
        }

        var stock = await _reader.JobAgreementJobsAsync(measuringDate, scope, cancellationToken).ConfigureAwait(false);
        return Disclosure.Disclose(ExtraJobs.Compute(stock, baseline.Within(scope)));
    }

    /// <summary>
    /// Counts the extra jobs at several measuring dates against the imported baseline (extra-jobs/1), each disclosed as
    /// <see cref="ExtraJobsAsync"/> discloses it, from one read of the records (a year's month ends on the dashboard).
    /// </summary>
    /// <param name="measuringDates">The measuring dates, each after the baseline's date.</param>
    /// <param name="region">Only this region; null for every region the caller may read.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The extra jobs per date, in the order asked; null when no baseline is imported.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures, or a date lies outside its query space.</exception>
    /// <exception cref="ArgumentException"><paramref name="measuringDates"/> is null, or a date is not after the baseline's.</exception>
    public virtual async Task<IReadOnlyList<DisclosedFigure<ExtraJobsReport, ExtraJobsCount>>?> ExtraJobsAtAsync(IReadOnlyList<LocalDate> measuringDates, RegionCode? region = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(measuringDates);
        var scope = AggregateScope(region, "read extra jobs");
        foreach (var date in measuringDates)
        {
            EnsurePublishedDate(date, "read extra jobs");
        }

        if (FigureInputHistory.BaselineOf(await _store.FigureInputs.ListBaselineImportsAsync(cancellationToken).ConfigureAwait(false))?.Value is not { } baseline)
        {
            return null;
        }

        Preconditions.CheckArgument(measuringDates.All(d => d > baseline.Date), nameof(measuringDates), $"Every measuring date lies after the baseline's date {baseline.Date:uuuu-MM-dd}.");
        if (measuringDates.Count == 0)
        {
            return [];
        }

        var within = baseline.Within(scope);
        var stocks = await _reader.JobAgreementJobsAtAsync(measuringDates, scope, cancellationToken).ConfigureAwait(false);
        return [.. stocks.Select(stock => Disclosure.Disclose(ExtraJobs.Compute(stock, within)))];
    }
}
