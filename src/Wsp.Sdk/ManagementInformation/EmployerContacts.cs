using System.Runtime.CompilerServices;
using Ardalis.Specification;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>
/// Derives the employers in contact (werkgevers in contact) of the coverage ratio (dekkingsgraad, rule H5) from the
/// stored records, so the ratio's numerator is not typed in.
/// </summary>
/// <remarks>
/// <para>
/// <b>Decision: what "in contact" means.</b> An employer is in contact with region R at date D when, in the twelve
/// months up to and including D (UTC days), either its account — with R as home region — has a contact in its audit
/// trail (its registration after a vacancy or a visit (H8), a company visit (H9), any recorded contact), or a vacancy of
/// the account in R was registered (H10). It mirrors rule H7, where "no contact" is twelve months without reported
/// vacancies, filled work agreements or anything in the audit trail.
/// </para>
/// <para>
/// Its staff count and sector are the account's newest <see cref="EmployerStaffCount"/> on or before D (from the KvK
/// handelsregister, recorded with <see cref="EmployerAccount.RecordStaff"/>). An account in contact without one, or
/// without a KvK number, is listed apart (<see cref="EmployerContactsResult.AccountsWithoutStaffCount"/>): it is not
/// guessed to have 10 staff or more. Methods are thread-safe.
/// </para>
/// </remarks>
public static class EmployerContacts
{
    private const int PageSize = 500;

    /// <summary>Gets the instants of the contact window of a date: from the start (UTC) of the day twelve months before the day after, to the end of the date.</summary>
    /// <param name="asOf">The date.</param>
    /// <returns>The window, start included, end excluded.</returns>
    public static Interval Window(LocalDate asOf) => EmployerAccount.ContactWindow(asOf);

    /// <summary>Derives the employers in contact of a region at a date from accounts and vacancies.</summary>
    /// <param name="region">The labour market region.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="accounts">The accounts to judge: at least the region's and those of <paramref name="vacancies"/>.</param>
    /// <param name="vacancies">The vacancies to judge; those of other regions or outside the window are ignored.</param>
    /// <returns>The contacts and the accounts in contact without a staff count.</returns>
    /// <exception cref="ArgumentException">An argument is null or uninitialized, or a sequence holds a null.</exception>
    public static EmployerContactsResult Derive(RegionCode region, LocalDate asOf, IEnumerable<EmployerAccount> accounts, IEnumerable<VacancySummary> vacancies)
    {
        Preconditions.CheckInitialized(region);
        var all = Preconditions.CheckNotNull(accounts).Select(a => Preconditions.CheckNotNull(a, nameof(accounts))).ToArray();
        var window = Window(asOf);
        var code = region.ToString();
        var withVacancy = Preconditions.CheckNotNull(vacancies)
            .Select(v => Preconditions.CheckNotNull(v, nameof(vacancies)))
            .Where(v => v.RegionCode == code && window.Contains(v.RegisteredAt))
            .Select(v => v.AccountId)
            .ToHashSet(StringComparer.Ordinal);
        var contacts = new Dictionary<KvkNumber, EmployerContact>();
        var without = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var account in all.DistinctBy(a => a.Id))
        {
            var inContact = withVacancy.Contains(account.Id) || (account.Region.Code == region && account.IsInContactAt(asOf));
            if (!inContact)
            {
                continue;
            }

            if (account.Kvk is not { } kvk || account.StaffAt(asOf) is not { } staff)
            {
                without.Add(account.Id);
                continue;
            }

            // Two accounts of one employer (KvK number) are one employer: the definition counts distinct employers.
            contacts.TryAdd(kvk, new EmployerContact(kvk, staff.SectorCode, staff.Employees));
        }

        return new EmployerContactsResult(region, asOf, [.. contacts.Values.OrderBy(c => c.Employer)], [.. without]);
    }

    /// <summary>
    /// Derives the employers in contact of a region at a date from a store: the region's accounts with a contact since
    /// the window's start, and the accounts of the region's vacancies registered in the window.
    /// </summary>
    /// <param name="store">The store.</param>
    /// <param name="region">The labour market region.</param>
    /// <param name="asOf">The date.</param>
    /// <param name="cancellationToken">Stops the reads.</param>
    /// <returns>The contacts and the accounts in contact without a staff count.</returns>
    /// <exception cref="ArgumentException">An argument is null or uninitialized.</exception>
    /// <exception cref="StoreException">The store failed.</exception>
    public static Task<EmployerContactsResult> DeriveAsync(IWspStore store, RegionCode region, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckInitialized(region);
        return DeriveFromStoreAsync(store, region, asOf, cancellationToken);
    }

    private static async Task<EmployerContactsResult> DeriveFromStoreAsync(IWspStore store, RegionCode region, LocalDate asOf, CancellationToken cancellationToken)
    {
        var window = Window(asOf);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var account in PagesAsync(store.Accounts.QueryAsync, new AccountsInContactSince(region, window.Start, PageSize), cancellationToken).ConfigureAwait(false))
        {
            ids.Add(account.Id);
        }

        var vacancies = new List<VacancySummary>();
        await foreach (var vacancy in PagesAsync(store.Vacancies.QueryAsync, new VacanciesRegisteredIn(window, region, PageSize), cancellationToken).ConfigureAwait(false))
        {
            vacancies.Add(vacancy);
            ids.Add(vacancy.AccountId);
        }

        var accounts = new List<EmployerAccount>(ids.Count);
        foreach (var chunk in ids.Order(StringComparer.Ordinal).Chunk(PageSize))
        {
            accounts.AddRange((await store.Accounts.FindManyAsync(chunk, cancellationToken).ConfigureAwait(false)).Select(v => v.Value));
        }

        return Derive(region, asOf, accounts, vacancies);
    }

    private static async IAsyncEnumerable<T> PagesAsync<T>(
        Func<ISpecification<T>, string?, CancellationToken, Task<Page<T>>> query,
        ISpecification<T> specification,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        string? continuation = null;
        do
        {
            var page = await query(specification, continuation, cancellationToken).ConfigureAwait(false);
            foreach (var item in page.Items)
            {
                yield return item;
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }
}
