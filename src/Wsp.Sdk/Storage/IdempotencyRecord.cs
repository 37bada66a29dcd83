using NodaTime;

namespace Wsp.Sdk.Storage;

/// <summary>
/// What a store keeps of a request a partner sent with an idempotency key (idempotentiesleutel, the IETF draft
/// "The Idempotency-Key HTTP Header Field"): whose key it is, a hash of the request it came with, and, once the request
/// has been answered, that first answer, to give again to a retry of the same request until the record expires.
/// </summary>
/// <remarks>
/// A record without a response is a request being processed: it expires after a short lease, so a key whose request
/// was never answered (the process stopped) is free again. This type is immutable and thread-safe.
/// </remarks>
public sealed record IdempotencyRecord
{
    /// <summary>The longest key, in characters.</summary>
    public const int MaxKeyLength = 255;

    private readonly string _partner = null!;
    private readonly string _key = null!;
    private readonly string _requestHash = null!;
    private readonly Instant _expiresAt;

    /// <summary>Initializes a record.</summary>
    /// <param name="partner">The partner whose key it is, as tokens name it (<c>UWV</c>, <c>GM0503</c>, …): keys are per partner.</param>
    /// <param name="key">The key, 1–255 characters.</param>
    /// <param name="requestHash">A hash of the request the key came with (the gateway's: SHA-256 of the body, in hex).</param>
    /// <param name="createdAt">When the first request with the key arrived.</param>
    /// <param name="expiresAt">When the record expires: after it, the key is free again; later than <paramref name="createdAt"/>.</param>
    /// <param name="response">The first answer, or null while the request is being processed.</param>
    /// <exception cref="ArgumentException">An argument is blank or out of range.</exception>
    public IdempotencyRecord(string partner, string key, string requestHash, Instant createdAt, Instant expiresAt, IdempotentResponse? response = null)
    {
        Partner = partner;
        Key = key;
        RequestHash = requestHash;
        CreatedAt = createdAt;
        ExpiresAt = expiresAt;
        Response = response;
    }

    /// <summary>Gets the partner whose key it is.</summary>
    public string Partner { get => _partner; init => _partner = Preconditions.CheckNotNullOrWhiteSpace(value); }

    /// <summary>Gets the key.</summary>
    public string Key
    {
        get => _key;
        init
        {
            Preconditions.CheckNotNullOrWhiteSpace(value);
            Preconditions.CheckArgument(value.Length <= MaxKeyLength, nameof(Key), $"An idempotency key has at most {MaxKeyLength} characters.");
            _key = value;
        }
    }

    /// <summary>Gets the hash of the request the key came with.</summary>
    public string RequestHash { get => _requestHash; init => _requestHash = Preconditions.CheckNotNullOrWhiteSpace(value); }

    /// <summary>Gets when the first request with the key arrived.</summary>
    public Instant CreatedAt { get; init; }

    /// <summary>Gets when the record expires.</summary>
    public Instant ExpiresAt
    {
        get => _expiresAt;
        init
        {
            Preconditions.CheckArgument(value > CreatedAt, nameof(ExpiresAt), "A record expires after it was created.");
            _expiresAt = value;
        }
    }

    /// <summary>Gets the first answer, or null while the request is being processed.</summary>
    public IdempotentResponse? Response { get; init; }

    /// <summary>Returns whether the record has expired at <paramref name="asOf"/>: its key is free again.</summary>
    /// <param name="asOf">The moment to judge at.</param>
    /// <returns>Whether <see cref="ExpiresAt"/> has been reached.</returns>
    public bool IsExpiredAt(Instant asOf) => ExpiresAt <= asOf;
}
