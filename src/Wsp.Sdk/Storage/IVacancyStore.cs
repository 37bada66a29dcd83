using Ardalis.Specification;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Stores vacancies (vacatures) with their referrals and booked placements, one document each, written whole and
/// guarded by its ETag: booking a placement and raising the workplaces (rule H13) is one atomic write.
/// </summary>
public interface IVacancyStore
{
    /// <summary>Reads a vacancy by id (a point read).</summary>
    /// <param name="id">The vacancy's id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The vacancy with its version, or null when there is none.</returns>
    Task<Versioned<Vacancy>?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Writes a new vacancy.</summary>
    /// <param name="vacancy">The vacancy.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The vacancy with its first version.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.AlreadyExists"/>: a vacancy has that id.</exception>
    Task<Versioned<Vacancy>> InsertAsync(Vacancy vacancy, CancellationToken cancellationToken = default);

    /// <summary>Writes a changed vacancy over the version it was read at.</summary>
    /// <param name="vacancy">The changed vacancy.</param>
    /// <param name="etag">The version it was read at.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The vacancy with its new version.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.Conflict"/> when it changed since, <see cref="StoreErrorCode.NotFound"/> when it is gone.</exception>
    Task<Versioned<Vacancy>> ReplaceAsync(Vacancy vacancy, string etag, CancellationToken cancellationToken = default);

    /// <summary>Queries vacancy summaries, one page at a time.</summary>
    /// <param name="specification">
    /// Criteria, ordering, skip and take over the summary (for example <see cref="Specifications.VacanciesInRegions"/>); its
    /// <c>Take</c> is the page size. Search, includes, projections and post-processing are not supported.
    /// </param>
    /// <param name="continuationToken">The token of the previous page, or null for the first.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>One page.</returns>
    /// <exception cref="NotSupportedException">The specification uses a part the store cannot evaluate.</exception>
    Task<Page<VacancySummary>> QueryAsync(ISpecification<VacancySummary> specification, string? continuationToken = null, CancellationToken cancellationToken = default);

    /// <summary>Reads several vacancies by id in one call (a batch read), for callers that would otherwise make a point read per id.</summary>
    /// <param name="ids">The ids; duplicates are read once.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The vacancies found, each with its version, in no particular order; an id with none is left out.</returns>
    Task<IReadOnlyList<Versioned<Vacancy>>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
}
