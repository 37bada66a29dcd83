using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk;

/// <summary>
/// The figure inputs records cannot give (stuurgegevens): placement ambition tables (H4), regional job-agreement targets
/// (H2) and the baseline (nulmeting), imported as a whole and versioned by import, and read as they hold for a region.
/// </summary>
public partial class WspClient
{
    /// <summary>
    /// Imports ambition tables of any regions and years as one unit (<c>wsp import ambitions</c>): each replaces, from this
    /// version on, the table of its region's year; earlier versions stay stored.
    /// </summary>
    /// <param name="tables">The tables, as <see cref="Interchange.PlacementAmbitionsCsvV1.Tables"/> built them; at least one.</param>
    /// <param name="source">What they were imported from, for example the file's name and SHA-256.</param>
    /// <param name="cancellationToken">Stops the import; nothing is written then.</param>
    /// <returns>The import, with its version.</returns>
    /// <exception cref="ArgumentException">An argument is null or empty.</exception>
    /// <exception cref="AccessDeniedException">The caller may not record the inputs of a table's region (the store's operator, a region's municipalities, UWV and the national desk may).</exception>
    public virtual Task<FigureInputImport> ImportAmbitionsAsync(IReadOnlyList<PlacementAmbitionTable> tables, string source, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(tables);
        Preconditions.CheckArgument(tables.Count > 0, nameof(tables), "An import holds at least one table.");
        Preconditions.CheckNotNullOrWhiteSpace(source);
        EnsureCanImportFigureInputs(tables.Select(t => Preconditions.CheckNotNull(t, nameof(tables)).Region), "import placement ambitions");
        return _store.FigureInputs.ImportAmbitionsAsync(tables, source, Options.Clock.GetCurrentInstant(), cancellationToken);
    }

    /// <summary>
    /// Imports regional job-agreement targets as one unit (<c>wsp import targets</c>): each replaces, from this version on,
    /// the target of its region and date; earlier versions stay stored.
    /// </summary>
    /// <param name="targets">The targets, each of a region; at least one.</param>
    /// <param name="source">What they were imported from.</param>
    /// <param name="cancellationToken">Stops the import; nothing is written then.</param>
    /// <returns>The import, with its version.</returns>
    /// <exception cref="ArgumentException">An argument is null or empty, or a target is national (the national ones are the SDK's, <see cref="JobAgreementTargets"/>).</exception>
    /// <exception cref="AccessDeniedException">The caller may not record the inputs of a target's region.</exception>
    public virtual Task<FigureInputImport> ImportTargetsAsync(IReadOnlyList<JobAgreementTarget> targets, string source, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(targets);
        Preconditions.CheckArgument(targets.Count > 0, nameof(targets), "An import holds at least one target.");
        Preconditions.CheckNotNullOrWhiteSpace(source);
        var regions = targets.Select(t => Preconditions.CheckNotNull(t, nameof(targets)).Region
            ?? throw new ArgumentException("A national target is not imported: the SDK ships the national schedule.", nameof(targets)));
        EnsureCanImportFigureInputs([.. regions], "import regional job-agreement targets");
        return _store.FigureInputs.ImportTargetsAsync(targets, source, Options.Clock.GetCurrentInstant(), cancellationToken);
    }

    /// <summary>Imports the job agreement's baseline per region and employer kind (nulmeting) as one unit (<c>wsp import baseline</c>); it holds as a whole from this version on.</summary>
    /// <param name="baseline">The baseline, with its source.</param>
    /// <param name="cancellationToken">Stops the import; nothing is written then.</param>
    /// <returns>The import, with its version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/> is null.</exception>
    /// <exception cref="AccessDeniedException">The caller may not record the inputs of a region of the baseline.</exception>
    public virtual Task<FigureInputImport> ImportBaselineAsync(JobAgreementBaselineTable baseline, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(baseline);
        EnsureCanImportFigureInputs(baseline.Cells.Select(c => c.Region), "import the job-agreement baseline");
        return _store.FigureInputs.ImportBaselineAsync(baseline, Options.Clock.GetCurrentInstant(), cancellationToken);
    }

    /// <summary>Lists the ambition tables that hold for a region, one per year: the newest import's, else the SDK's own example table.</summary>
    /// <param name="region">The region.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The tables in year order, each with its import.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures.</exception>
    public virtual async Task<IReadOnlyList<Imported<PlacementAmbitionTable>>> PlacementAmbitionsAsync(RegionCode region, CancellationToken cancellationToken = default)
    {
        AggregateScope(region, "read placement ambitions");
        return FigureInputHistory.AmbitionsOf(await _store.FigureInputs.ListAmbitionImportsAsync(cancellationToken).ConfigureAwait(false), region);
    }

    /// <summary>Lists the regional job-agreement targets that hold for a region, one per date: the newest import's, else the SDK's own (Haaglanden 2016).</summary>
    /// <param name="region">The region.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The targets in date order, each with its import.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region's figures.</exception>
    public virtual async Task<IReadOnlyList<Imported<JobAgreementTarget>>> RegionalJobAgreementTargetsAsync(RegionCode region, CancellationToken cancellationToken = default)
    {
        AggregateScope(region, "read regional job-agreement targets");
        return FigureInputHistory.TargetsOf(await _store.FigureInputs.ListTargetImportsAsync(cancellationToken).ConfigureAwait(false), region);
    }

    /// <summary>Reads the baseline that holds (the newest imported), narrowed to the regions whose figures the caller reads.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The baseline with its import, or null when none was imported.</returns>
    public virtual async Task<Imported<JobAgreementBaselineTable>?> JobAgreementBaselineAsync(CancellationToken cancellationToken = default)
    {
        var scope = AggregateScope(null, "read the job-agreement baseline");
        var baseline = FigureInputHistory.BaselineOf(await _store.FigureInputs.ListBaselineImportsAsync(cancellationToken).ConfigureAwait(false));
        return baseline is null ? null : baseline with { Value = baseline.Value.Within(scope) };
    }

    /// <summary>Refuses an import naming a region whose inputs the caller may not record (the store's operator records any region's).</summary>
    private void EnsureCanImportFigureInputs(IEnumerable<RegionCode> regions, string action)
    {
        if (Caller.Kind == PartnerKind.Operator)
        {
            return;
        }

        foreach (var region in regions.Distinct())
        {
            if (!Caller.CanRecordRegionalInputs(region))
            {
                throw new AccessDeniedException(Caller, action, "a region's ambitions, targets and baseline are recorded by its municipalities, UWV, the national desk or the store's operator", region);
            }
        }
    }
}
