using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Loading;

/// <summary>
/// The store as one request sees it: the store itself, but the national desk (rule L4) read at most once, however many
/// arrangements ask for their advisor or how many desk steps a mutation request holds. A desk the request writes replaces
/// the one read, so a later field of the same request sees the write; a write that meets another writer's change forgets
/// it, so the client's retry reads the desk again. One instance per request.
/// </summary>
internal sealed class RequestStore(IWspStore store) : IWspStore
{
    private readonly CachedDesk _desk = new(store.Desk);

    public IEmployerAccountStore Accounts => store.Accounts;

    public IVacancyStore Vacancies => store.Vacancies;

    public IVisitStore Visits => store.Visits;

    public IPlacementStore Placements => store.Placements;

    public IArrangementStore Arrangements => store.Arrangements;

    public INationalDeskStore Desk => _desk;

    public ISectorEmployerTotalsStore EmployerTotals => store.EmployerTotals;

    public IRegionalProjectStore Projects => store.Projects;

    public IFigureInputStore FigureInputs => store.FigureInputs;
    public IIdempotencyStore Idempotency => store.Idempotency;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => store.InitializeAsync(cancellationToken);

    private sealed class CachedDesk(INationalDeskStore desk) : INationalDeskStore
    {
        private readonly Lock _lock = new();
        private Task<Versioned<NationalDesk>?>? _read;

        public Task<Versioned<NationalDesk>?> FindAsync(CancellationToken cancellationToken = default)
        {
            lock (_lock)
            {
                return _read ??= desk.FindAsync(cancellationToken);
            }
        }

        public Task<Versioned<NationalDesk>> InsertAsync(NationalDesk value, CancellationToken cancellationToken = default) =>
            RememberAsync(desk.InsertAsync(value, cancellationToken));

        public Task<Versioned<NationalDesk>> ReplaceAsync(NationalDesk value, string etag, CancellationToken cancellationToken = default) =>
            RememberAsync(desk.ReplaceAsync(value, etag, cancellationToken));

        private async Task<Versioned<NationalDesk>> RememberAsync(Task<Versioned<NationalDesk>> write)
        {
            try
            {
                var written = await write.ConfigureAwait(false);
                lock (_lock)
                {
                    _read = Task.FromResult<Versioned<NationalDesk>?>(written);
                }

                return written;
            }
            catch (StoreException e) when (e.Code is StoreErrorCode.Conflict or StoreErrorCode.AlreadyExists)
            {
                lock (_lock)
                {
                    _read = null;
                }

                throw;
            }
        }
    }
}
