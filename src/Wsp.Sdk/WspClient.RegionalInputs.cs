using Wsp.Sdk.Geography;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk;

/// <summary>A region's input data for its figures: regional projects (H6) and employers per sector (H5).</summary>
public partial class WspClient
{
    /// <summary>Lists a region's regional projects (H6), by id.</summary>
    /// <param name="region">The region.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The projects with their versions; for a reader of aggregates only without their vacancy ids (no record id reaches it).</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures.</exception>
    public virtual async Task<IReadOnlyList<Versioned<RegionalProject>>> ListRegionalProjectsAsync(RegionCode region, CancellationToken cancellationToken = default)
    {
        AggregateScope(region, "read regional projects");
        var projects = await _store.Projects.ListAsync(region, cancellationToken).ConfigureAwait(false);
        return Caller.ReadsRecords ? projects : [.. projects.Select(p => p with { Value = p.Value.WithoutVacancyIds() })];
    }

    /// <summary>
    /// Records a regional project (H6): by a municipality of the region, UWV or the national desk. A retry with the same
    /// id and project answers the project recorded the first time.
    /// </summary>
    /// <param name="project">The project.</param>
    /// <param name="cancellationToken">Stops the write until it is issued (the commit point).</param>
    /// <returns>The project with its first version.</returns>
    /// <exception cref="AccessDeniedException">The caller may not record the region's input data.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.AlreadyExists"/>: the region has another project with that id.</exception>
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while the write was in flight, or the store could not tell its outcome.</exception>
    public virtual Task<Versioned<RegionalProject>> RecordRegionalProjectAsync(RegionalProject project, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(project);
        EnsureCanRecordRegionalInputs(project.Region, "record regional project " + project.Id);
        return CreateOnceAsync(
            ct => _store.Projects.InsertAsync(project, ct),
            async ct => (await _store.Projects.FindAsync(project.Region, project.Id, ct).ConfigureAwait(false)) is { } stored && stored.Value.IsSameAs(project) ? stored : null,
            Records(RecordKind.RegionalProject, $"{project.Region}/{project.Id}"),
            cancellationToken);
    }

    /// <summary>Corrects a regional project over the version read (H6): a stale version is <see cref="StoreErrorCode.Conflict"/>.</summary>
    /// <param name="project">The corrected project (its region and id name it).</param>
    /// <param name="version">The version read.</param>
    /// <param name="cancellationToken">Stops the write until it is issued (the commit point).</param>
    /// <returns>The project with its new version.</returns>
    /// <exception cref="AccessDeniedException">The caller may not record the region's input data.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.Conflict"/> or <see cref="StoreErrorCode.NotFound"/>.</exception>
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while the write was in flight, or the store could not tell its outcome.</exception>
    public virtual Task<Versioned<RegionalProject>> CorrectRegionalProjectAsync(RegionalProject project, string version, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(project);
        EnsureCanRecordRegionalInputs(project.Region, "correct regional project " + project.Id);
        Preconditions.CheckNotNullOrWhiteSpace(version);
        return CommitPoint.WriteAsync(ct => _store.Projects.ReplaceAsync(project, version, ct), Records(RecordKind.RegionalProject, $"{project.Region}/{project.Id}"), cancellationToken);
    }

    /// <summary>
    /// Records all employers per sector in a region at a date with their source (H5): by a municipality of the region,
    /// UWV or the national desk. A retry with the same totals finds them stored and succeeds.
    /// </summary>
    /// <param name="totals">The totals.</param>
    /// <param name="cancellationToken">Stops the write until it is issued (the commit point).</param>
    /// <returns>A task that completes when they are stored.</returns>
    /// <exception cref="AccessDeniedException">The caller may not record the region's input data.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.AlreadyExists"/>: the region has other totals at the date.</exception>
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while the write was in flight, or the store could not tell its outcome.</exception>
    public virtual Task RecordSectorEmployerTotalsAsync(SectorEmployerTotals totals, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(totals);
        EnsureCanRecordRegionalInputs(totals.Region, "record sector employer totals");
        return CreateOnceAsync(
            async ct =>
            {
                await _store.EmployerTotals.InsertAsync(totals, ct).ConfigureAwait(false);
                return totals;
            },
            async ct => (await _store.EmployerTotals.ListAsync(totals.Region, ct).ConfigureAwait(false)).FirstOrDefault(t => t.IsSameAs(totals)),
            Records(RecordKind.SectorEmployerTotals, $"{totals.Region}/{totals.Date:uuuu-MM-dd}"),
            cancellationToken);
    }

    private void EnsureCanRecordRegionalInputs(RegionCode region, string action)
    {
        if (!Caller.CanRecordRegionalInputs(region))
        {
            throw new AccessDeniedException(Caller, action, "a region's projects and sector totals are recorded by its municipalities, UWV or the national desk", region);
        }
    }
}
