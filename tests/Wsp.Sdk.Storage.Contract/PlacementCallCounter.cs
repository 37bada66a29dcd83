using System.Collections.Concurrent;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// A real store seen through a decorator that counts what is asked of its placements: how often each read runs and
/// which ids are looked up. Everything is forwarded to the store itself; nothing is answered here.
/// </summary>
public sealed class PlacementCallCounter(IWspStore inner) : IWspStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _idsLookedUp = new();

    public IEmployerAccountStore Accounts => inner.Accounts;

    public IVacancyStore Vacancies => inner.Vacancies;

    public IVisitStore Visits => inner.Visits;

    public IPlacementStore Placements => new Counted(inner.Placements, this);

    public IArrangementStore Arrangements => inner.Arrangements;

    public INationalDeskStore Desk => inner.Desk;

    public ISectorEmployerTotalsStore EmployerTotals => inner.EmployerTotals;

    public IRegionalProjectStore Projects => inner.Projects;

    public IFigureInputStore FigureInputs => inner.FigureInputs;
    public IIdempotencyStore Idempotency => inner.Idempotency;

    /// <summary>Gets every id looked up with <see cref="IPlacementStore.FindExistingIdsAsync"/>, as often as asked.</summary>
    public IReadOnlyCollection<string> IdsLookedUp => [.. _idsLookedUp];

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    /// <summary>Returns how often a method of the placements was called, by name (<c>StreamAsync</c>, …).</summary>
    public int Calls(string method) => _calls.GetValueOrDefault(method);

    private void Count(string method) => _calls.AddOrUpdate(method, 1, (_, n) => n + 1);

    private sealed class Counted(IPlacementStore placements, PlacementCallCounter counter) : IPlacementStore
    {
        public Task<IPlacementImport?> BeginImportAsync(string importId, CancellationToken cancellationToken = default)
        {
            counter.Count(nameof(BeginImportAsync));
            return placements.BeginImportAsync(importId, cancellationToken);
        }

        public Task<IReadOnlyCollection<string>> FindExistingIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        {
            counter.Count(nameof(FindExistingIdsAsync));
            foreach (var id in ids)
            {
                counter._idsLookedUp.Enqueue(id);
            }

            return placements.FindExistingIdsAsync(ids, cancellationToken);
        }

        public Task<int> RollbackImportAsync(string importId, CancellationToken cancellationToken = default)
        {
            counter.Count(nameof(RollbackImportAsync));
            return placements.RollbackImportAsync(importId, cancellationToken);
        }

        public IAsyncEnumerable<Placement> StreamAsync(PlacementFilter filter, CancellationToken cancellationToken = default)
        {
            counter.Count(nameof(StreamAsync));
            return placements.StreamAsync(filter, cancellationToken);
        }

        public Task<Page<Placement>> QueryAsync(PlacementQuery query, string? continuationToken = null, CancellationToken cancellationToken = default)
        {
            counter.Count(nameof(QueryAsync));
            return placements.QueryAsync(query, continuationToken, cancellationToken);
        }

        public Task<int> CountAsync(PlacementQuery query, CancellationToken cancellationToken = default)
        {
            counter.Count(nameof(CountAsync));
            return placements.CountAsync(query, cancellationToken);
        }
    }
}
