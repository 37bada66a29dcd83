using NodaTime;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk;

/// <summary>
/// Writes a partner can retry (herhaalbare schrijfacties): every creating step takes the caller's id and answers a retry
/// with the same id and input as the first time; and the caller's idempotency keys, whose records hold the first answer
/// to a request for a retry of it (the IETF draft "The Idempotency-Key HTTP Header Field").
/// </summary>
public partial class WspClient
{
    /// <summary>
    /// Claims an idempotency key of the caller for a request: the first request with the key gets it (and then completes
    /// or releases the claim); a retry of the same request learns the first answer, or that it is still being processed;
    /// another request with the key learns so. Keys are the caller's own: another partner's same key is another key.
    /// </summary>
    /// <param name="key">The key, 1–255 characters, as the caller sent it.</param>
    /// <param name="requestHash">A hash of the request (the same request always gives the same hash).</param>
    /// <param name="lease">How long a claim without an answer holds the key: at least as long as the request may take, after which the key is free again.</param>
    /// <param name="cancellationToken">Stops the claim.</param>
    /// <returns>The outcome with the key's record.</returns>
    /// <exception cref="ArgumentException">The key is blank or too long, the hash blank, or the lease not positive.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.Conflict"/>: the key was claimed and released over and over meanwhile; try again.</exception>
    public virtual async Task<IdempotencyClaim> ClaimIdempotencyKeyAsync(string key, string requestHash, Duration lease, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(lease > Duration.Zero, nameof(lease), "A claim holds its key for some time.");
        var now = Options.Clock.GetCurrentInstant();
        var claim = new IdempotencyRecord(Caller.ToString(), key, requestHash, now, now + lease);
        for (var attempt = 0; attempt < ClaimAttempts; attempt++)
        {
            if (await _store.Idempotency.FindAsync(claim.Partner, claim.Key, now, cancellationToken).ConfigureAwait(false) is { } found)
            {
                var outcome = found.Value.RequestHash != claim.RequestHash ? IdempotencyClaimOutcome.OtherRequest
                    : found.Value.Response is null ? IdempotencyClaimOutcome.InProgress
                    : IdempotencyClaimOutcome.Completed;
                return new IdempotencyClaim(outcome, found);
            }

            try
            {
                return new IdempotencyClaim(IdempotencyClaimOutcome.Claimed, await _store.Idempotency.InsertAsync(claim, now, cancellationToken).ConfigureAwait(false));
            }
            catch (StoreException e) when (e.Code == StoreErrorCode.AlreadyExists)
            {
                // Another request with the key claimed it between our read and our write: read what it holds.
            }
        }

        throw new StoreException(StoreErrorCode.Conflict, $"Idempotency key '{key}' was claimed and released {ClaimAttempts} times while this request tried to claim it; try again.");
    }

    /// <summary>
    /// Records the first answer to the request of a claim, to give again to a retry of the same request until
    /// <see cref="WspClientOptions.IdempotencyWindow"/> has passed since the first request.
    /// </summary>
    /// <param name="claim">A <see cref="IdempotencyClaimOutcome.Claimed"/> claim of the caller.</param>
    /// <param name="response">The answer as it was sent.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>The record with the answer.</returns>
    /// <exception cref="ArgumentException">The claim is not a claimed one of the caller.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.Conflict"/> or <see cref="StoreErrorCode.NotFound"/>: the claim's lease ran out and the key was taken meanwhile.</exception>
    public virtual async Task<IdempotencyRecord> CompleteIdempotentRequestAsync(IdempotencyClaim claim, IdempotentResponse response, CancellationToken cancellationToken = default)
    {
        var record = Own(claim);
        Preconditions.CheckNotNull(response);
        var completed = record with { Response = response, ExpiresAt = record.CreatedAt + Options.IdempotencyWindow };
        return (await _store.Idempotency.ReplaceAsync(completed, claim.Stored.ETag, cancellationToken).ConfigureAwait(false)).Value;
    }

    /// <summary>
    /// Gives up a claim whose request ended without an answer worth repeating (it was stopped before it wrote anything, or
    /// the outcome of its write is unknown): the key is free again, so a retry runs the request anew. A key taken by
    /// another request meanwhile stays that request's.
    /// </summary>
    /// <param name="claim">A <see cref="IdempotencyClaimOutcome.Claimed"/> claim of the caller.</param>
    /// <param name="cancellationToken">Stops the removal.</param>
    /// <returns>A task that completes when the key is free or was taken by another.</returns>
    /// <exception cref="ArgumentException">The claim is not a claimed one of the caller.</exception>
    public virtual async Task ReleaseIdempotencyKeyAsync(IdempotencyClaim claim, CancellationToken cancellationToken = default)
    {
        var record = Own(claim);
        try
        {
            await _store.Idempotency.DeleteAsync(record.Partner, record.Key, claim.Stored.ETag, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e) when (e.Code is StoreErrorCode.NotFound or StoreErrorCode.Conflict)
        {
            // The lease ran out and the key is gone or another request's: nothing of this claim is left to release.
        }
    }

    private const int ClaimAttempts = 4;

    private IdempotencyRecord Own(IdempotencyClaim claim)
    {
        Preconditions.CheckNotNull(claim);
        Preconditions.CheckArgument(
            claim.Outcome == IdempotencyClaimOutcome.Claimed && claim.Record.Partner == Caller.ToString(),
            nameof(claim),
            $"Only a claim this caller made ({Caller}) and got is completed or released; this one is {claim.Outcome} of {claim.Record.Partner}.");
        return claim.Record;
    }

    /// <summary>
    /// Writes a new record at the commit point; when its id is taken, answers the stored record if the same step made it
    /// (a retry with the same id and input), else the store's refusal (<see cref="StoreErrorCode.AlreadyExists"/>).
    /// </summary>
    private static async Task<T> CreateOnceAsync<T>(Func<CancellationToken, Task<T>> insert, Func<CancellationToken, Task<T?>> findSame, IReadOnlyList<RecordReference> records, CancellationToken cancellationToken)
        where T : class
    {
        try
        {
            return await CommitPoint.WriteAsync(insert, records, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e) when (e.Code == StoreErrorCode.AlreadyExists)
        {
            if (await findSame(cancellationToken).ConfigureAwait(false) is { } same)
            {
                return same;
            }

            throw;
        }
    }

    private static RecordReference[] Records(RecordKind kind, string id) => [new(kind, id)];
}
