using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk;

/// <summary>
/// The counting definitions' figures and the management information (managementinformatie, rules H2–H6, H10, L5), over
/// the regions whose figures the caller may read, disclosed for the caller (<see cref="Disclosure"/>).
/// </summary>
public partial class WspClient
{
    /// <summary>Counts job-agreement jobs at a date per region and employer kind (job-agreement-jobs/2).</summary>
    /// <param name="measuringDate">The measuring date (meetmoment).</param>
    /// <param name="region">Only this region; null for every region the caller may read.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The stock, disclosed.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures.</exception>
    public virtual async Task<DisclosedFigure<JobAgreementStockResult, JobAgreementCount>> JobAgreementJobsAsync(LocalDate measuringDate, RegionCode? region = null, CancellationToken cancellationToken = default)
    {
        var scope = AggregateScope(region, "read job-agreement jobs");
        EnsurePublishedDate(measuringDate, "read job-agreement jobs");
        return Disclosure.Disclose(await _reader.JobAgreementJobsAsync(measuringDate, scope, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Counts job-agreement jobs at several dates (a line over time), per region and employer kind.</summary>
    /// <param name="dates">The measuring dates.</param>
    /// <param name="region">Only this region; null for every region the caller may read.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>One disclosed stock per date, in the order given.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures, or reads aggregates only and asked a date that is not a month's end.</exception>
    public virtual async Task<IReadOnlyList<DisclosedFigure<JobAgreementStockResult, JobAgreementCount>>> JobAgreementJobsAtAsync(IReadOnlyList<LocalDate> dates, RegionCode? region = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(dates);
        var scope = AggregateScope(region, "read job-agreement jobs");
        foreach (var date in dates)
        {
            EnsurePublishedDate(date, "read job-agreement jobs");
        }

        if (dates.Count == 0)
        {
            return [];
        }

        var stocks = await _reader.JobAgreementJobsAtAsync(dates, scope, cancellationToken).ConfigureAwait(false);
        return [.. stocks.Select(Disclosure.Disclose)];
    }

    /// <summary>Counts the placements that started in a period (placements-flow/1), grouped as asked.</summary>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="by">The dimensions to group by.</param>
    /// <param name="region">Only this region; null for every region the caller may read.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The flow, disclosed.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures.</exception>
    public virtual async Task<DisclosedFigure<PlacementFlowResult, PlacementCount>> PlacementsFlowAsync(DateInterval period, PlacementDimensions by = PlacementDimensions.None, RegionCode? region = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(period);
        var scope = AggregateScope(region, "read the placements flow");
        EnsurePublishedPeriod(period, "read the placements flow");
        EnsurePublishedGrouping(by, region, "read the placements flow");
        return Disclosure.Disclose(await _reader.PlacementsFlowAsync(period, by, scope, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Counts job-agreement jobs at a date grouped by sector, employer, partner, … (job-agreement-breakdown/1, H6).</summary>
    /// <param name="measuringDate">The measuring date (meetmoment).</param>
    /// <param name="by">Any of region, sector, employer, partner and arrangement.</param>
    /// <param name="region">Only this region; null for every region the caller may read.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The breakdown, disclosed.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures.</exception>
    /// <exception cref="ArgumentException"><paramref name="by"/> names target group.</exception>
    public virtual async Task<DisclosedFigure<JobAgreementBreakdownResult, JobAgreementGroup>> JobAgreementBreakdownAsync(LocalDate measuringDate, PlacementDimensions by, RegionCode? region = null, CancellationToken cancellationToken = default)
    {
        var scope = AggregateScope(region, "read the job-agreement breakdown");
        EnsurePublishedDate(measuringDate, "read the job-agreement breakdown");
        EnsurePublishedGrouping(by, region, "read the job-agreement breakdown");
        return Disclosure.Disclose(await _reader.JobAgreementBreakdownAsync(measuringDate, by, scope, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Monitors arrangements (arrangement-monitoring/1, L5): placements per arrangement per region in a period, against
    /// its job opportunities; of the arrangements the caller may see, with the standings and placements of the regions
    /// whose figures it may read.
    /// </summary>
    /// <param name="arrangementId">One arrangement; null for every one the caller may see.</param>
    /// <param name="period">The period, both ends included.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The report, disclosed; null when the arrangement asked for is none the caller may see.</returns>
    public virtual async Task<DisclosedFigure<ArrangementMonitoringReport, ArrangementRegionResult>?> ArrangementMonitoringAsync(string? arrangementId, DateInterval period, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(period);
        var scope = AggregateScope(null, "read arrangement monitoring");
        EnsurePublishedPeriod(period, "read arrangement monitoring");
        IReadOnlyList<Arrangement> arrangements;
        if (arrangementId is not null)
        {
            var found = (await _store.Arrangements.FindAsync(arrangementId, cancellationToken).ConfigureAwait(false))?.Value;
            if (found is null || !found.IsVisibleTo(Caller))
            {
                return null;
            }

            arrangements = [found];
        }
        else
        {
            arrangements = [.. (await _store.Arrangements.ListAsync(ArrangementFilter.All, cancellationToken).ConfigureAwait(false)).Where(a => a.IsVisibleTo(Caller))];
        }

        var report = await _reader.ArrangementMonitoringAsync(arrangements, period, scope, cancellationToken).ConfigureAwait(false);
        return Disclosure.Disclose(report.Within(Caller.CanReadAggregates));
    }

    /// <summary>
    /// Sets a region's placement ambition for a year against the placements realised per sector and partner
    /// (ambition-realisation/1, H4): the table of the newest import that names the region's year
    /// (<c>wsp import ambitions</c>), else the SDK's own example table (Haaglanden 2015).
    /// </summary>
    /// <param name="region">The region.</param>
    /// <param name="year">The year.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The realisation, disclosed, with the table and its import; null when no ambition table is known for the region and year.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures.</exception>
    public virtual async Task<DisclosedAmbitionRealisation?> AmbitionRealisationAsync(RegionCode region, int year, CancellationToken cancellationToken = default)
    {
        var scope = AggregateScope(region, "read the ambition realisation");
        var table = FigureInputHistory.AmbitionOf(await _store.FigureInputs.ListAmbitionImportsAsync(cancellationToken).ConfigureAwait(false), region, year);
        if (table is null)
        {
            return null;
        }

        var realisation = Disclosure.Disclose(await _reader.AmbitionRealisationAsync(table.Value, scope, cancellationToken).ConfigureAwait(false));
        realisation.AmbitionTable = table;
        return realisation;
    }

    /// <summary>Counts vacancies registered in a period and those registered late, per region (late-vacancy-registrations/1, H10).</summary>
    /// <param name="period">The period of registration dates (Dutch calendar).</param>
    /// <param name="region">Only this region; null for every region the caller may read.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The counts, disclosed (vacancies are counted, and withheld below the threshold, like people).</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures.</exception>
    public virtual async Task<DisclosedLateRegistrations> LateVacancyRegistrationsAsync(DateInterval period, RegionCode? region = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(period);
        var scope = AggregateScope(region, "read late vacancy registrations");
        EnsurePublishedPeriod(period, "read late vacancy registrations");
        return Disclosure.Disclose(await _reader.LateVacancyRegistrationsAsync(period, scope, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Computes the coverage per sector (coverage-ratio/1, H5) against the newest stored sector totals on or before a
    /// date: over the employers in contact derived from the records, or over those given (a what-if).
    /// </summary>
    /// <param name="region">The region.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="contacts">Employers in contact for a what-if; null to derive them from the records.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>The coverage, disclosed (employers are counted, and withheld below the threshold, like people), or null when no totals are stored on or before the date; for a reader of aggregates only without account ids.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures, or reads aggregates only and gave contacts (a what-if) or a date that is not a month's end.</exception>
    public virtual async Task<DisclosedCoverage?> CoverageAsync(RegionCode region, LocalDate asOf, IReadOnlyList<EmployerContact>? contacts = null, CancellationToken cancellationToken = default)
    {
        AggregateScope(region, "read the coverage");
        EnsurePublishedDate(asOf, "read the coverage");
        if (contacts is not null)
        {
            EnsureNoWhatIf("read the coverage of given contacts");
        }

        var report = contacts is null
            ? await _reader.CoverageAsync(region, asOf, cancellationToken).ConfigureAwait(false)
            : await _reader.CoverageAsync(region, asOf, contacts, cancellationToken).ConfigureAwait(false);

        // A reader of aggregates only sees no record id: the accounts lacking a staff count stay unnamed (the disclosure's).
        return report is null ? null : Disclosure.Disclose(Caller.ReadsRecords ? report : report.WithoutAccountIds());
    }

    /// <summary>Counts the placements of a region's stored regional projects per partner (regional-project-placements/1, H6).</summary>
    /// <param name="region">The region.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>One count per project, disclosed.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures.</exception>
    public virtual async Task<DisclosedFigure<IReadOnlyList<RegionalProjectCount>, RegionalProjectCount>> RegionalProjectPlacementsAsync(RegionCode region, CancellationToken cancellationToken = default)
    {
        AggregateScope(region, "read regional project placements");
        return Disclosure.Disclose(await _reader.RegionalProjectPlacementsAsync(region, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Counts the placements of projects given for a what-if (not stored), per partner (H6).</summary>
    /// <param name="projects">The projects; each in a region whose figures the caller may read.</param>
    /// <param name="cancellationToken">Stops the count.</param>
    /// <returns>One count per project, disclosed.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read a project's region's figures, or reads aggregates only (what-ifs are not offered to it).</exception>
    public virtual async Task<DisclosedFigure<IReadOnlyList<RegionalProjectCount>, RegionalProjectCount>> RegionalProjectPlacementsAsync(IReadOnlyList<RegionalProject> projects, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(projects);
        EnsureNoWhatIf("count regional projects given for a what-if");
        foreach (var project in projects)
        {
            AggregateScope(Preconditions.CheckNotNull(project, nameof(projects)).Region, "count regional project " + project.Id);
        }

        var scope = AggregateScope(null, "count regional projects");
        return Disclosure.Disclose(await _reader.RegionalProjectPlacementsAsync(projects, scope, cancellationToken).ConfigureAwait(false));
    }
}
