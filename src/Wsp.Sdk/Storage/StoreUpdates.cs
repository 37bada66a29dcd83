using Wsp.Sdk.Employers;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Read–change–write with optimistic concurrency: reads the aggregate, applies a domain operation, writes it over the
/// version read, and on a <see cref="StoreErrorCode.Conflict"/> waits a little, reads again and reapplies
/// (<see cref="ConflictRetry"/>), so no update is lost and the domain rules are judged against the latest state every
/// time.
/// </summary>
public static class StoreUpdates
{
    /// <summary>Changes a vacancy, retrying on concurrent changes.</summary>
    /// <param name="store">The store.</param>
    /// <param name="id">The vacancy's id.</param>
    /// <param name="change">The domain operation, for example <c>v =&gt; v.BookPlacement(booking, clock)</c>; it may run more than once.</param>
    /// <param name="retry">How often and how patiently to retry; <see cref="ConflictRetry.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the update.</param>
    /// <returns>The vacancy as written.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>, or <see cref="StoreErrorCode.Conflict"/> when every attempt met a concurrent change.</exception>
    /// <exception cref="Rules.RuleViolationException">The operation broke a rule; nothing is written.</exception>
    public static Task<Versioned<Vacancy>> UpdateAsync(this IVacancyStore store, string id, Func<Vacancy, Vacancy> change, ConflictRetry? retry = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNullOrWhiteSpace(id);
        Preconditions.CheckNotNull(change);
        return UpdateAsync(id, store.FindAsync, change, store.ReplaceAsync, retry ?? ConflictRetry.Default, "vacancy", cancellationToken);
    }

    /// <summary>Changes an employer account, retrying on concurrent changes.</summary>
    /// <param name="store">The store.</param>
    /// <param name="id">The account's id.</param>
    /// <param name="change">The domain operation; it may run more than once.</param>
    /// <param name="retry">How often and how patiently to retry; <see cref="ConflictRetry.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the update.</param>
    /// <returns>The account as written.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>, or <see cref="StoreErrorCode.Conflict"/> when every attempt met a concurrent change.</exception>
    /// <exception cref="Rules.RuleViolationException">The operation broke a rule; nothing is written.</exception>
    public static Task<Versioned<EmployerAccount>> UpdateAsync(this IEmployerAccountStore store, string id, Func<EmployerAccount, EmployerAccount> change, ConflictRetry? retry = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNullOrWhiteSpace(id);
        Preconditions.CheckNotNull(change);
        return UpdateAsync(id, store.FindAsync, change, store.ReplaceAsync, retry ?? ConflictRetry.Default, "employer account", cancellationToken);
    }

    /// <summary>The read–change–write of one document by id, for every aggregate kind.</summary>
    internal static Task<Versioned<T>> UpdateAsync<T>(
        string id,
        Func<string, CancellationToken, Task<Versioned<T>?>> read,
        Func<T, T> change,
        Func<T, string, CancellationToken, Task<Versioned<T>>> write,
        ConflictRetry retry,
        string kind,
        CancellationToken cancellationToken)
        where T : class =>
        retry.RunAsync(
            async () =>
            {
                var current = await read(id, cancellationToken).ConfigureAwait(false)
                    ?? throw new StoreException(StoreErrorCode.NotFound, $"No {kind} has id '{id}'.");
                return await write(change(current.Value), current.ETag, cancellationToken).ConfigureAwait(false);
            },
            e => e.Code == StoreErrorCode.Conflict,
            cancellationToken);
}
