using Ardalis.Specification;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// The real store, with the vacancy writes observable and holdable: each write's token is recorded, and a write can be
/// held after the store committed it (<see cref="HoldCommittedWrites"/>), as a store whose answer is slow to come back.
/// Reads can run a step of the test between the read and the write (<see cref="AfterRead"/>). Nothing is faked: every
/// read and write is the real store's.
/// </summary>
public sealed class GatedStore(IWspStore inner) : IWspStore
{
    private readonly GatedVacancies _vacancies = new(inner.Vacancies);

    public IEmployerAccountStore Accounts => inner.Accounts;

    public IVacancyStore Vacancies => _vacancies;

    public IVisitStore Visits => inner.Visits;

    public IPlacementStore Placements => inner.Placements;

    public IArrangementStore Arrangements => inner.Arrangements;

    public INationalDeskStore Desk => inner.Desk;

    public ISectorEmployerTotalsStore EmployerTotals => inner.EmployerTotals;

    public IRegionalProjectStore Projects => inner.Projects;

    public IFigureInputStore FigureInputs => inner.FigureInputs;

    public IIdempotencyStore Idempotency => inner.Idempotency;

    /// <summary>Gets or sets what runs after each vacancy read, before its caller goes on.</summary>
    public Action AfterRead { get => _vacancies.AfterRead; set => _vacancies.AfterRead = value; }

    /// <summary>Gets whether every vacancy write was given a token that cannot be cancelled: the caller's commit point.</summary>
    public IReadOnlyList<bool> WriteTokensCancellable => _vacancies.WriteTokensCancellable;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    /// <summary>Holds every vacancy write after the store committed it until <paramref name="release"/> completes; <paramref name="committed"/> completes at the first.</summary>
    public void HoldCommittedWrites(TaskCompletionSource committed, Task release) => _vacancies.Hold = (committed, release);

    private sealed class GatedVacancies(IVacancyStore vacancies) : IVacancyStore
    {
        private readonly List<bool> _tokens = [];

        public Action AfterRead { get; set; } = () => { };

        public (TaskCompletionSource Committed, Task Release)? Hold { get; set; }

        public IReadOnlyList<bool> WriteTokensCancellable
        {
            get
            {
                lock (_tokens)
                {
                    return [.. _tokens];
                }
            }
        }

        public async Task<Versioned<Vacancy>?> FindAsync(string id, CancellationToken cancellationToken = default)
        {
            var found = await vacancies.FindAsync(id, cancellationToken);
            AfterRead();
            return found;
        }

        public Task<Versioned<Vacancy>> InsertAsync(Vacancy vacancy, CancellationToken cancellationToken = default) =>
            WriteAsync(() => vacancies.InsertAsync(vacancy, cancellationToken), cancellationToken);

        public Task<Versioned<Vacancy>> ReplaceAsync(Vacancy vacancy, string etag, CancellationToken cancellationToken = default) =>
            WriteAsync(() => vacancies.ReplaceAsync(vacancy, etag, cancellationToken), cancellationToken);

        public Task<Page<VacancySummary>> QueryAsync(ISpecification<VacancySummary> specification, string? continuationToken = null, CancellationToken cancellationToken = default) =>
            vacancies.QueryAsync(specification, continuationToken, cancellationToken);

        public Task<IReadOnlyList<Versioned<Vacancy>>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
            vacancies.FindManyAsync(ids, cancellationToken);

        private async Task<Versioned<Vacancy>> WriteAsync(Func<Task<Versioned<Vacancy>>> write, CancellationToken cancellationToken)
        {
            lock (_tokens)
            {
                _tokens.Add(cancellationToken.CanBeCanceled);
            }

            var written = await write();
            if (Hold is var (committed, release))
            {
                // Committed: the answer is on its way back, slowly, whatever the caller's token says.
                committed.TrySetResult();
                await release;
            }

            return written;
        }
    }
}
