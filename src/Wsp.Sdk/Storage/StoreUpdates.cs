using Wsp.Sdk.Employers;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Read–change–write with optimistic concurrency: reads the aggregate, applies a domain operation, writes it over the
/// version read, and on a <see cref="StoreErrorCode.Conflict"/> reads again and reapplies, so no update is lost and
/// the domain rules are judged against the latest state every time.
/// </summary>
public static class StoreUpdates
{
    /// <summary>The attempts <see cref="UpdateAsync(IVacancyStore, string, Func{Vacancy, Vacancy}, int, CancellationToken)"/> makes by default.</summary>
    public const int DefaultAttempts = 8;

    /// <summary>Changes a vacancy, retrying on concurrent changes.</summary>
    /// <param name="store">The store.</param>
    /// <param name="id">The vacancy's id.</param>
    /// <param name="change">The domain operation, for example <c>v =&gt; v.BookPlacement(booking, clock)</c>; it may run more than once.</param>
    /// <param name="attempts">How many times to try, at least 1.</param>
    /// <param name="cancellationToken">Stops the update.</param>
    /// <returns>The vacancy as written.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>, or <see cref="StoreErrorCode.Conflict"/> when every attempt met a concurrent change.</exception>
    /// <exception cref="Rules.RuleViolationException">The operation broke a rule; nothing is written.</exception>
    public static Task<Versioned<Vacancy>> UpdateAsync(this IVacancyStore store, string id, Func<Vacancy, Vacancy> change, int attempts = DefaultAttempts, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNullOrWhiteSpace(id);
        Preconditions.CheckNotNull(change);
        Preconditions.CheckArgumentRange(attempts, 1, 100);
        return UpdateAsync(id, store.FindAsync, change, store.ReplaceAsync, attempts, "vacancy", cancellationToken);
    }

    /// <summary>Changes an employer account, retrying on concurrent changes.</summary>
    /// <param name="store">The store.</param>
    /// <param name="id">The account's id.</param>
    /// <param name="change">The domain operation; it may run more than once.</param>
    /// <param name="attempts">How many times to try, at least 1.</param>
    /// <param name="cancellationToken">Stops the update.</param>
    /// <returns>The account as written.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>, or <see cref="StoreErrorCode.Conflict"/> when every attempt met a concurrent change.</exception>
    /// <exception cref="Rules.RuleViolationException">The operation broke a rule; nothing is written.</exception>
    public static Task<Versioned<EmployerAccount>> UpdateAsync(this IEmployerAccountStore store, string id, Func<EmployerAccount, EmployerAccount> change, int attempts = DefaultAttempts, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNullOrWhiteSpace(id);
        Preconditions.CheckNotNull(change);
        Preconditions.CheckArgumentRange(attempts, 1, 100);
        return UpdateAsync(id, store.FindAsync, change, store.ReplaceAsync, attempts, "employer account", cancellationToken);
    }

    private static async Task<Versioned<T>> UpdateAsync<T>(
        string id,
        Func<string, CancellationToken, Task<Versioned<T>?>> read,
        Func<T, T> change,
        Func<T, string, CancellationToken, Task<Versioned<T>>> write,
        int attempts,
        string kind,
        CancellationToken cancellationToken)
        where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var current = await read(id, cancellationToken).ConfigureAwait(false)
                ?? throw new StoreException(StoreErrorCode.NotFound, $"No {kind} has id '{id}'.");
            try
            {
                return await write(change(current.Value), current.ETag, cancellationToken).ConfigureAwait(false);
            }
            catch (StoreException e) when (e.Code == StoreErrorCode.Conflict && attempt < attempts)
            {
                // Another writer won: judge the operation again against what it wrote.
            }
        }
    }
}
