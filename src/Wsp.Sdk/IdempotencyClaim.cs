using Wsp.Sdk.Storage;

namespace Wsp.Sdk;

/// <summary>What became of an idempotency key a caller claimed for a request (de claim op een idempotentiesleutel).</summary>
public enum IdempotencyClaimOutcome
{
    /// <summary>The key was free: the request is the first with it; process it, then complete or release the claim.</summary>
    Claimed = 0,

    /// <summary>The same request was answered before: give its first answer again (<see cref="IdempotencyRecord.Response"/>).</summary>
    Completed = 1,

    /// <summary>The same request is being processed right now: answer that, and let the caller retry later.</summary>
    InProgress = 2,

    /// <summary>The key came before with another request: refuse it (the IETF draft's 422).</summary>
    OtherRequest = 3,
}

/// <summary>
/// The answer to <see cref="WspClient.ClaimIdempotencyKeyAsync"/>: the outcome, and the key's record as stored (de claim
/// op een idempotentiesleutel). Only a <see cref="IdempotencyClaimOutcome.Claimed"/> claim is completed or released.
/// </summary>
public sealed class IdempotencyClaim
{
    internal IdempotencyClaim(IdempotencyClaimOutcome outcome, Versioned<IdempotencyRecord> record)
    {
        Outcome = outcome;
        Stored = record;
    }

    /// <summary>Gets what became of the key.</summary>
    public IdempotencyClaimOutcome Outcome { get; }

    /// <summary>Gets the key's record as stored.</summary>
    public IdempotencyRecord Record => Stored.Value;

    internal Versioned<IdempotencyRecord> Stored { get; }
}
