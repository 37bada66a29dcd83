using Wsp.Sdk.Employers;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Loading;

/// <summary>
/// The loaders of one request: employer accounts and vacancies by id, each batch one <c>FindManyAsync</c>; the national
/// desk, read once.
/// </summary>
internal sealed class StoreLoaders
{
    public StoreLoaders(IWspStore store)
    {
        Accounts = new BatchLoader<EmployerAccount>(async (ids, cancellationToken) =>
            (await store.Accounts.FindManyAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(a => a.Value.Id, a => a.Value, StringComparer.Ordinal));
        Vacancies = new BatchLoader<Vacancy>(async (ids, cancellationToken) =>
            (await store.Vacancies.FindManyAsync(ids, cancellationToken).ConfigureAwait(false)).ToDictionary(v => v.Value.Id, v => v.Value, StringComparer.Ordinal));
        Desk = new DeskCache(store.Desk);
    }

    public BatchLoader<EmployerAccount> Accounts { get; }

    public BatchLoader<Vacancy> Vacancies { get; }

    public DeskCache Desk { get; }
}
