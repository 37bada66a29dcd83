using Wsp.Sdk.Employers;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Read–change–write with optimistic concurrency: reads the aggregate, applies a domain operation, writes it over the
/// version read, and on a <see cref="StoreErrorCode.Conflict"/> waits a little, reads again and reapplies
/// (<see cref="ConflictRetry"/>), so no update is lost and the domain rules are judged against the latest state every
/// time. A change that returns the aggregate it was given (a step already taken, such as a booking retried) writes
/// nothing and answers the version read.
/// </summary>
/// <remarks>
/// The cancellation token stops the reads, the waits between attempts and a write not yet issued; a write once issued
/// runs to its end (the commit point): cancelled while it is in flight, the update throws
/// <see cref="WriteOutcomeUnknownException"/> naming the document, never a cancellation that hides a stored write.
/// </remarks>
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
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while the write was in flight, or the store could not tell its outcome.</exception>
    public static Task<Versioned<Vacancy>> UpdateAsync(this IVacancyStore store, string id, Func<Vacancy, Vacancy> change, ConflictRetry? retry = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNullOrWhiteSpace(id);
        Preconditions.CheckNotNull(change);
        return UpdateAsync(id, store.FindAsync, change, store.ReplaceAsync, retry ?? ConflictRetry.Default, RecordKind.Vacancy, "vacancy", cancellationToken);
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
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while the write was in flight, or the store could not tell its outcome.</exception>
    public static Task<Versioned<EmployerAccount>> UpdateAsync(this IEmployerAccountStore store, string id, Func<EmployerAccount, EmployerAccount> change, ConflictRetry? retry = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNullOrWhiteSpace(id);
        Preconditions.CheckNotNull(change);
        return UpdateAsync(id, store.FindAsync, change, store.ReplaceAsync, retry ?? ConflictRetry.Default, RecordKind.EmployerAccount, "employer account", cancellationToken);
    }

    /// <summary>The read–change–write of one document by id, for every aggregate kind.</summary>
    internal static Task<Versioned<T>> UpdateAsync<T>(
        string id,
        Func<string, CancellationToken, Task<Versioned<T>?>> read,
        Func<T, T> change,
        Func<T, string, CancellationToken, Task<Versioned<T>>> write,
        ConflictRetry retry,
        RecordKind record,
        string kind,
        CancellationToken cancellationToken)
        where T : class =>
        retry.RunAsync(
            async () =>
            {
                var current = await read(id, cancellationToken).ConfigureAwait(false)
                    ?? throw new StoreException(StoreErrorCode.NotFound, $"No {kind} has id '{id}'.");
                var changed = change(current.Value);
                return ReferenceEquals(changed, current.Value)
                    ? current
                    : await CommitPoint.WriteAsync(ct => write(changed, current.ETag, ct), [new RecordReference(record, id)], cancellationToken).ConfigureAwait(false);
            },
            e => e.Code == StoreErrorCode.Conflict,
            cancellationToken);
}
