using Ardalis.Specification;

namespace Wsp.Sdk.Storage.Contract;

// Specifications the SDK does not name, written here with Ardalis's builder: they check that a store evaluates any
// criteria, ordering and paging over the summaries, beyond the named specifications' shapes.

/// <summary>Vacancies registered more than 24 hours after receipt (rule H10), oldest registration first.</summary>
public sealed class LateRegisteredVacancies : Specification<VacancySummary>
{
    public LateRegisteredVacancies(int pageSize = 50) =>
        Query.Where(v => v.IsRegisteredLate).OrderBy(v => v.RegisteredAt).ThenBy(v => v.Id).Take(pageSize);
}

/// <summary>Vacancies of one owner, by id.</summary>
public sealed class VacanciesOwnedBy : Specification<VacancySummary>
{
    public VacanciesOwnedBy(string owner, int pageSize = 50) =>
        Query.Where(v => v.Owner == owner).OrderBy(v => v.Id).Take(pageSize);
}

/// <summary>Every vacancy in a region, ordered by title descending then id, in pages.</summary>
public sealed class VacanciesInRegion : Specification<VacancySummary>
{
    public VacanciesInRegion(string region, int pageSize) =>
        Query.Where(v => v.RegionCode == region).OrderByDescending(v => v.Title).ThenBy(v => v.Id).Take(pageSize);
}

/// <summary>Open vacancies with at least a number of workplaces (rule H13), unordered (the store picks a stable order).</summary>
public sealed class OpenVacanciesWithWorkplaces : Specification<VacancySummary>
{
    public OpenVacanciesWithWorkplaces(int atLeast, int pageSize = 50) =>
        Query.Where(v => v.IsOpen && v.Workplaces >= atLeast).Take(pageSize);
}

/// <summary>Accounts in a region owned by a partner, by name.</summary>
public sealed class AccountsOwnedBy : Specification<EmployerAccountSummary>
{
    public AccountsOwnedBy(string owner, int pageSize) =>
        Query.Where(a => a.Owner == owner).OrderBy(a => a.Name).ThenBy(a => a.Id).Take(pageSize);
}

/// <summary>Accounts without contact since a moment (rule H7): candidates for a takeover.</summary>
public sealed class AccountsWithoutContactSince : Specification<EmployerAccountSummary>
{
    public AccountsWithoutContactSince(NodaTime.Instant since) =>
        Query.Where(a => a.LastContact <= since).OrderBy(a => a.Id).Take(100);
}
