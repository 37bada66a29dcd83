using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Stores the figure inputs (stuurgegevens) partners' records cannot give: placement ambition tables (H4), regional
/// job-agreement targets (H2) and the job agreement's baseline (nulmeting). Each import is written as one unit, all or
/// nothing, and gets the next version of its kind; nothing is ever overwritten, so every earlier version stays readable.
/// Which version holds for a region and year is the SDK's to decide (<see cref="FigureInputHistory"/>), alike on every store.
/// </summary>
public interface IFigureInputStore
{
    /// <summary>Writes an import of ambition tables as one unit.</summary>
    /// <param name="tables">The tables, at least one.</param>
    /// <param name="source">What they were imported from.</param>
    /// <param name="importedAt">When.</param>
    /// <param name="cancellationToken">Stops the write; nothing is written then.</param>
    /// <returns>The import, with its version.</returns>
    /// <exception cref="ArgumentException">An argument is null or empty.</exception>
    /// <exception cref="StoreException">The store failed; nothing is written.</exception>
    Task<FigureInputImport> ImportAmbitionsAsync(IReadOnlyList<PlacementAmbitionTable> tables, string source, Instant importedAt, CancellationToken cancellationToken = default);

    /// <summary>Writes an import of regional targets as one unit.</summary>
    /// <param name="targets">The targets, each of a region, at least one.</param>
    /// <param name="source">What they were imported from.</param>
    /// <param name="importedAt">When.</param>
    /// <param name="cancellationToken">Stops the write; nothing is written then.</param>
    /// <returns>The import, with its version.</returns>
    /// <exception cref="ArgumentException">An argument is null or empty, or a target is national.</exception>
    /// <exception cref="StoreException">The store failed; nothing is written.</exception>
    Task<FigureInputImport> ImportTargetsAsync(IReadOnlyList<JobAgreementTarget> targets, string source, Instant importedAt, CancellationToken cancellationToken = default);

    /// <summary>Writes an import of a baseline as one unit; its source is the table's.</summary>
    /// <param name="baseline">The baseline.</param>
    /// <param name="importedAt">When.</param>
    /// <param name="cancellationToken">Stops the write; nothing is written then.</param>
    /// <returns>The import, with its version.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="baseline"/> is null.</exception>
    /// <exception cref="StoreException">The store failed; nothing is written.</exception>
    Task<FigureInputImport> ImportBaselineAsync(JobAgreementBaselineTable baseline, Instant importedAt, CancellationToken cancellationToken = default);

    /// <summary>Reads every import of ambition tables, oldest version first.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The imports with their tables.</returns>
    Task<IReadOnlyList<Imported<IReadOnlyList<PlacementAmbitionTable>>>> ListAmbitionImportsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads every import of regional targets, oldest version first.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The imports with their targets.</returns>
    Task<IReadOnlyList<Imported<IReadOnlyList<JobAgreementTarget>>>> ListTargetImportsAsync(CancellationToken cancellationToken = default);

    /// <summary>Reads every import of a baseline, oldest version first.</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The imports with their baselines.</returns>
    Task<IReadOnlyList<Imported<JobAgreementBaselineTable>>> ListBaselineImportsAsync(CancellationToken cancellationToken = default);
}
