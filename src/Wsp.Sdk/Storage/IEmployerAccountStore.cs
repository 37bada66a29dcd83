using Ardalis.Specification;
using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Storage;

/// <summary>Stores employer accounts (werkgeversaccounts), one document each, written whole and guarded by its ETag.</summary>
public interface IEmployerAccountStore
{
    /// <summary>Reads an account by id (a point read).</summary>
    /// <param name="id">The account's id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The account with its version, or null when there is none.</returns>
    Task<Versioned<EmployerAccount>?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the accounts the duplicate check (rule H8) compares a new employer with, in every region: the same name key,
    /// an establishment at the postcode, or the same KvK number.
    /// </summary>
    /// <param name="name">The new employer's name.</param>
    /// <param name="postcode">The new establishment's postcode.</param>
    /// <param name="kvk">The new employer's KvK number, or null when it is not known.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The accounts, for <see cref="EmployerAccount.Register"/>.</returns>
    Task<IReadOnlyList<EmployerAccount>> FindByNameOrPostcodeAsync(string name, Postcode postcode, KvkNumber? kvk, CancellationToken cancellationToken = default);

    /// <summary>Reads the accounts the duplicate check (rule H8) compares a new employer without a known KvK number with: the same name key, or an establishment at the postcode.</summary>
    /// <param name="name">The new employer's name.</param>
    /// <param name="postcode">The new establishment's postcode.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The accounts, for <see cref="EmployerAccount.Register"/>.</returns>
    Task<IReadOnlyList<EmployerAccount>> FindByNameOrPostcodeAsync(string name, Postcode postcode, CancellationToken cancellationToken = default) =>
        FindByNameOrPostcodeAsync(name, postcode, null, cancellationToken);

    /// <summary>
    /// Searches account summaries by a name, KvK number or postcode (<see cref="EmployerSearchTerm.Matches"/>), by name then
    /// id, from an index: a name is a prefix of one of the name's search keys (<see cref="EmployerName.SearchKeysOf"/>).
    /// </summary>
    /// <param name="term">What to look for.</param>
    /// <param name="regions">The home regions to search, or null for every region; an empty collection finds nothing.</param>
    /// <param name="skip">How many to pass over first.</param>
    /// <param name="take">How many to return at most.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>The summaries found, in order.</returns>
    Task<IReadOnlyList<EmployerAccountSummary>> SearchAsync(EmployerSearchTerm term, IReadOnlyCollection<Geography.RegionCode>? regions, int skip, int take, CancellationToken cancellationToken = default);

    /// <summary>Writes a new account.</summary>
    /// <param name="account">The account.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The account with its first version.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.AlreadyExists"/>: an account has that id.</exception>
    Task<Versioned<EmployerAccount>> InsertAsync(EmployerAccount account, CancellationToken cancellationToken = default);

    /// <summary>Writes a changed account over the version it was read at.</summary>
    /// <param name="account">The changed account.</param>
    /// <param name="etag">The version the account was read at.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The account with its new version.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.Conflict"/> when it changed since, <see cref="StoreErrorCode.NotFound"/> when it is gone.</exception>
    Task<Versioned<EmployerAccount>> ReplaceAsync(EmployerAccount account, string etag, CancellationToken cancellationToken = default);

    /// <summary>Queries account summaries, one page at a time.</summary>
    /// <param name="specification">
    /// Criteria, ordering, skip and take over the summary (for example <see cref="Specifications.AccountsInRegions"/>); its
    /// <c>Take</c> is the page size. Search, includes, projections and post-processing are not supported.
    /// </param>
    /// <param name="continuationToken">The token of the previous page, or null for the first.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>One page.</returns>
    /// <exception cref="NotSupportedException">The specification uses a part the store cannot evaluate.</exception>
    Task<Page<EmployerAccountSummary>> QueryAsync(ISpecification<EmployerAccountSummary> specification, string? continuationToken = null, CancellationToken cancellationToken = default);

    /// <summary>Reads several accounts by id in one call (a batch read), for callers that would otherwise make a point read per id.</summary>
    /// <param name="ids">The ids; duplicates are read once.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The accounts found, each with its version, in no particular order; an id with none is left out.</returns>
    Task<IReadOnlyList<Versioned<EmployerAccount>>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);
}
