using Wsp.Sdk.Employers;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk;

/// <summary>Finding employer accounts (werkgevers zoeken): by name, KvK number or postcode (rule H8), and those another partner may take over (rule H7).</summary>
public partial class WspClient
{
    /// <summary>
    /// Searches employer accounts by a forgiving name (as rule H8 matches: <c>korenbloem</c> finds <c>Bakkerij De
    /// Korenbloem B.V.</c>), a KvK number or a postcode, in the regions the caller may read, by name then id: the search
    /// an account manager makes before registering an employer.
    /// </summary>
    /// <param name="search">The term, region and page.</param>
    /// <param name="cancellationToken">Stops the search.</param>
    /// <returns>One page.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region asked, or reads aggregates only.</exception>
    public virtual async Task<RecordPage<EmployerAccountSummary>> SearchEmployersAsync(EmployerSearch search, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(search);
        var regions = RecordScope(search.Region, "search employers");
        var found = await _store.Accounts.SearchAsync(search.Term, regions, search.Skip, search.Take + 1, cancellationToken).ConfigureAwait(false);
        return new RecordPage<EmployerAccountSummary>([.. found.Take(search.Take)], found.Count > search.Take);
    }

    /// <summary>
    /// Lists the employer accounts the caller may take over (rule H7): twelve months or more without anything in their
    /// audit trail, in the regions it may read, not its own; the longest without contact first. Each summary carries its
    /// last contact.
    /// </summary>
    /// <param name="query">The region and page.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>One page.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region asked, or reads aggregates only.</exception>
    public virtual async Task<RecordPage<EmployerAccountSummary>> ListTakeOverCandidatesAsync(TakeOverQuery query, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(query);
        var regions = RecordScope(query.Region, "list take-over candidates");
        var cutoff = EmployerAccount.NoContactCutoff(Options.Clock.GetCurrentInstant());
        var page = await _store.Accounts.QueryAsync(new AccountsWithoutContactSince(regions, cutoff, Caller.BookingPartner, query.Skip, query.Take + 1), cancellationToken: cancellationToken).ConfigureAwait(false);
        return new RecordPage<EmployerAccountSummary>([.. page.Items.Take(query.Take)], page.Items.Count > query.Take);
    }
}
