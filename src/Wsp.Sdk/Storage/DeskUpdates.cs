using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Sectors;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Read–change–write with optimistic concurrency for the national desk's documents (arrangements and the desk's
/// organisation), as <see cref="StoreUpdates"/> does for vacancies and accounts: on a
/// <see cref="StoreErrorCode.Conflict"/> the document is read again and the domain operation reapplied
/// (<see cref="ConflictRetry"/>), so the rules (L2, L4) are judged against the latest state every time. A write once
/// issued runs to its end, as <see cref="StoreUpdates"/> says.
/// </summary>
public static class DeskUpdates
{
    private static readonly RecordReference[] s_desk = [new(RecordKind.NationalDesk, "desk")];

    /// <summary>Changes an arrangement, retrying on concurrent changes.</summary>
    /// <param name="store">The store.</param>
    /// <param name="id">The arrangement's id.</param>
    /// <param name="change">The domain operation, for example <c>a =&gt; a.Join(region, contact, desk, clock)</c>; it may run more than once.</param>
    /// <param name="retry">How often and how patiently to retry; <see cref="ConflictRetry.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the update.</param>
    /// <returns>The arrangement as written.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>, or <see cref="StoreErrorCode.Conflict"/> when every attempt met a concurrent change.</exception>
    /// <exception cref="Rules.RuleViolationException">The operation broke a rule; nothing is written.</exception>
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while the write was in flight, or the store could not tell its outcome.</exception>
    public static Task<Versioned<Arrangement>> UpdateAsync(this IArrangementStore store, string id, Func<Arrangement, Arrangement> change, ConflictRetry? retry = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNullOrWhiteSpace(id);
        Preconditions.CheckNotNull(change);
        return StoreUpdates.UpdateAsync(id, store.FindAsync, change, store.ReplaceAsync, retry ?? ConflictRetry.Default, RecordKind.Arrangement, "arrangement", cancellationToken);
    }

    /// <summary>Changes the desk's organisation, starting from <see cref="NationalDesk.Empty"/> when it was never written, retrying on concurrent changes.</summary>
    /// <param name="store">The store.</param>
    /// <param name="change">The change, for example <c>d =&gt; d.WithContact(region, person)</c>; it may run more than once.</param>
    /// <param name="retry">How often and how patiently to retry; <see cref="ConflictRetry.Default"/> when null.</param>
    /// <param name="cancellationToken">Stops the update.</param>
    /// <returns>The desk as written.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.Conflict"/> when every attempt met a concurrent change.</exception>
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while the write was in flight, or the store could not tell its outcome.</exception>
    public static Task<Versioned<NationalDesk>> UpdateAsync(this INationalDeskStore store, Func<NationalDesk, NationalDesk> change, ConflictRetry? retry = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        Preconditions.CheckNotNull(change);
        return (retry ?? ConflictRetry.Default).RunAsync(
            async () =>
            {
                var current = await store.FindAsync(cancellationToken).ConfigureAwait(false);
                var changed = change(current?.Value ?? NationalDesk.Empty);
                return current is null
                    ? await CommitPoint.WriteAsync(ct => store.InsertAsync(changed, ct), s_desk, cancellationToken).ConfigureAwait(false)
                    : await CommitPoint.WriteAsync(ct => store.ReplaceAsync(changed, current.ETag, ct), s_desk, cancellationToken).ConfigureAwait(false);
            },

            // Another writer won, or wrote the first version: judge the change again against what it wrote.
            e => e.Code is StoreErrorCode.Conflict or StoreErrorCode.AlreadyExists,
            cancellationToken);
    }

    /// <summary>Reads the desk's organisation, or <see cref="NationalDesk.Empty"/> when it was never written.</summary>
    /// <param name="store">The store.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The desk.</returns>
    public static Task<NationalDesk> GetAsync(this INationalDeskStore store, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        return GetCoreAsync(store, cancellationToken);
    }

    private static async Task<NationalDesk> GetCoreAsync(INationalDeskStore store, CancellationToken cancellationToken)
    {
        return (await store.FindAsync(cancellationToken).ConfigureAwait(false))?.Value ?? NationalDesk.Empty;
    }

    /// <summary>Reads the newest totals of a region dated on or before <paramref name="asOf"/>, or null when there are none.</summary>
    /// <param name="store">The store.</param>
    /// <param name="region">The region.</param>
    /// <param name="asOf">The latest date to accept.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The totals, or null.</returns>
    public static Task<SectorEmployerTotals?> FindLatestAsync(this ISectorEmployerTotalsStore store, RegionCode region, LocalDate asOf, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(store);
        return FindLatestCoreAsync(store, region, asOf, cancellationToken);
    }

    private static async Task<SectorEmployerTotals?> FindLatestCoreAsync(ISectorEmployerTotalsStore store, RegionCode region, LocalDate asOf, CancellationToken cancellationToken)
    {
        var all = await store.ListAsync(region, cancellationToken).ConfigureAwait(false);
        return all.Where(t => t.Date <= asOf).MaxBy(t => t.Date);
    }
}
