using System.Collections.Concurrent;
using Ardalis.Specification;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Tests;

/// <summary>A decorator over the real store that counts every call by name (not a fake: every call reaches SQLite).</summary>
public sealed class CountingStore(IWspStore inner) : IWspStore
{
    private readonly ConcurrentDictionary<string, int> _calls = new(StringComparer.Ordinal);

    public IEmployerAccountStore Accounts => new CountingAccounts(inner.Accounts, this);

    public IVacancyStore Vacancies => new CountingVacancies(inner.Vacancies, this);

    public IVisitStore Visits => inner.Visits;

    public IPlacementStore Placements => new CountingPlacements(inner.Placements, this);

    public IArrangementStore Arrangements => inner.Arrangements;

    public INationalDeskStore Desk => new CountingDesk(inner.Desk, this);

    public ISectorEmployerTotalsStore EmployerTotals => inner.EmployerTotals;

    public IRegionalProjectStore Projects => inner.Projects;

    public IFigureInputStore FigureInputs => inner.FigureInputs;
    public IIdempotencyStore Idempotency => inner.Idempotency;

    public IReadOnlyDictionary<string, int> Calls => new Dictionary<string, int>(_calls, StringComparer.Ordinal);

    public int Total => _calls.Values.Sum();

    public void Reset() => _calls.Clear();

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    private void Count(string name) => _calls.AddOrUpdate(name, 1, (_, n) => n + 1);

    private sealed class CountingAccounts(IEmployerAccountStore inner, CountingStore counter) : IEmployerAccountStore
    {
        public Task<Versioned<EmployerAccount>?> FindAsync(string id, CancellationToken cancellationToken = default)
        {
            counter.Count("Accounts.FindAsync");
            return inner.FindAsync(id, cancellationToken);
        }

        public Task<IReadOnlyList<Versioned<EmployerAccount>>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        {
            counter.Count("Accounts.FindManyAsync");
            return inner.FindManyAsync(ids, cancellationToken);
        }

        public Task<IReadOnlyList<EmployerAccount>> FindByNameOrPostcodeAsync(string name, Postcode postcode, KvkNumber? kvk, CancellationToken cancellationToken = default)
        {
            counter.Count("Accounts.FindByNameOrPostcodeAsync");
            return inner.FindByNameOrPostcodeAsync(name, postcode, kvk, cancellationToken);
        }

        public Task<IReadOnlyList<EmployerAccountSummary>> SearchAsync(EmployerSearchTerm term, IReadOnlyCollection<Sdk.Geography.RegionCode>? regions, int skip, int take, CancellationToken cancellationToken = default)
        {
            counter.Count("Accounts.SearchAsync");
            return inner.SearchAsync(term, regions, skip, take, cancellationToken);
        }

        public Task<Versioned<EmployerAccount>> InsertAsync(EmployerAccount account, CancellationToken cancellationToken = default)
        {
            counter.Count("Accounts.InsertAsync");
            return inner.InsertAsync(account, cancellationToken);
        }

        public Task<Versioned<EmployerAccount>> ReplaceAsync(EmployerAccount account, string etag, CancellationToken cancellationToken = default)
        {
            counter.Count("Accounts.ReplaceAsync");
            return inner.ReplaceAsync(account, etag, cancellationToken);
        }

        public Task<Page<EmployerAccountSummary>> QueryAsync(ISpecification<EmployerAccountSummary> specification, string? continuationToken = null, CancellationToken cancellationToken = default)
        {
            counter.Count("Accounts.QueryAsync");
            return inner.QueryAsync(specification, continuationToken, cancellationToken);
        }
    }

    private sealed class CountingVacancies(IVacancyStore inner, CountingStore counter) : IVacancyStore
    {
        public Task<Versioned<Vacancy>?> FindAsync(string id, CancellationToken cancellationToken = default)
        {
            counter.Count("Vacancies.FindAsync");
            return inner.FindAsync(id, cancellationToken);
        }

        public Task<IReadOnlyList<Versioned<Vacancy>>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        {
            counter.Count("Vacancies.FindManyAsync");
            return inner.FindManyAsync(ids, cancellationToken);
        }

        public Task<Versioned<Vacancy>> InsertAsync(Vacancy vacancy, CancellationToken cancellationToken = default)
        {
            counter.Count("Vacancies.InsertAsync");
            return inner.InsertAsync(vacancy, cancellationToken);
        }

        public Task<Versioned<Vacancy>> ReplaceAsync(Vacancy vacancy, string etag, CancellationToken cancellationToken = default)
        {
            counter.Count("Vacancies.ReplaceAsync");
            return inner.ReplaceAsync(vacancy, etag, cancellationToken);
        }

        public Task<Page<VacancySummary>> QueryAsync(ISpecification<VacancySummary> specification, string? continuationToken = null, CancellationToken cancellationToken = default)
        {
            counter.Count("Vacancies.QueryAsync");
            return inner.QueryAsync(specification, continuationToken, cancellationToken);
        }
    }

    private sealed class CountingPlacements(IPlacementStore inner, CountingStore counter) : IPlacementStore
    {
        public Task<ImportResult> ImportAsync(string importId, IAsyncEnumerable<Placement> placements, CancellationToken cancellationToken = default) =>
            inner.ImportAsync(importId, placements, cancellationToken);

        public Task<IPlacementImport?> BeginImportAsync(string importId, CancellationToken cancellationToken = default) => inner.BeginImportAsync(importId, cancellationToken);

        public Task<IReadOnlyCollection<string>> FindExistingIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        {
            counter.Count("Placements.FindExistingIdsAsync");
            return inner.FindExistingIdsAsync(ids, cancellationToken);
        }

        public Task<int> RollbackImportAsync(string importId, CancellationToken cancellationToken = default) => inner.RollbackImportAsync(importId, cancellationToken);

        public IAsyncEnumerable<Placement> StreamAsync(PlacementFilter filter, CancellationToken cancellationToken = default)
        {
            counter.Count("Placements.StreamAsync");
            return inner.StreamAsync(filter, cancellationToken);
        }

        public Task<Page<Placement>> QueryAsync(PlacementQuery query, string? continuationToken = null, CancellationToken cancellationToken = default)
        {
            counter.Count("Placements.QueryAsync");
            return inner.QueryAsync(query, continuationToken, cancellationToken);
        }

        public Task<int> CountAsync(PlacementQuery query, CancellationToken cancellationToken = default)
        {
            counter.Count("Placements.CountAsync");
            return inner.CountAsync(query, cancellationToken);
        }
    }

    private sealed class CountingDesk(INationalDeskStore inner, CountingStore counter) : INationalDeskStore
    {
        public Task<Versioned<NationalDesk>?> FindAsync(CancellationToken cancellationToken = default)
        {
            counter.Count("Desk.FindAsync");
            return inner.FindAsync(cancellationToken);
        }

        public Task<Versioned<NationalDesk>> InsertAsync(NationalDesk desk, CancellationToken cancellationToken = default)
        {
            counter.Count("Desk.InsertAsync");
            return inner.InsertAsync(desk, cancellationToken);
        }

        public Task<Versioned<NationalDesk>> ReplaceAsync(NationalDesk desk, string etag, CancellationToken cancellationToken = default)
        {
            counter.Count("Desk.ReplaceAsync");
            return inner.ReplaceAsync(desk, etag, cancellationToken);
        }
    }
}
