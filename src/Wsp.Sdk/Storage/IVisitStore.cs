using Wsp.Sdk.Visits;

namespace Wsp.Sdk.Storage;

/// <summary>Stores company visits (bedrijfsbezoeken) with their reports (rule H9).</summary>
public interface IVisitStore
{
    /// <summary>Writes a new visit.</summary>
    /// <param name="visit">The visit.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>A task that completes when the visit is written.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.AlreadyExists"/>: a visit has that id.</exception>
    Task InsertAsync(CompanyVisit visit, CancellationToken cancellationToken = default);

    /// <summary>Reads the visits to an account, newest first.</summary>
    /// <param name="accountId">The account's id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The visits.</returns>
    Task<IReadOnlyList<CompanyVisit>> ListForAccountAsync(string accountId, CancellationToken cancellationToken = default);

    /// <summary>Counts the visits of every account in one read (for overviews, instead of a read per account).</summary>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The number of visits per account id; an account without visits is absent.</returns>
    Task<IReadOnlyDictionary<string, int>> CountPerAccountAsync(CancellationToken cancellationToken = default);
}
