using NodaTime;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk;

/// <summary>
/// Options of a <see cref="WspClient"/> (clientinstellingen): the clock its rules read, how a write is retried over a
/// concurrent change, the threshold below which an aggregates-only caller's counts are withheld, and how long the
/// first answer to a request with an idempotency key is kept. Every default is the one the gateway and the <c>wsp</c>
/// tool run with.
/// </summary>
/// <remarks>Immutable and thread-safe: one instance may serve every client of a host.</remarks>
public sealed record WspClientOptions
{
    private readonly IClock _clock = SystemClock.Instance;
    private readonly ConflictRetry _retry = ConflictRetry.Default;
    private readonly int _smallCountThreshold = Disclosure.FigureDisclosure.DefaultThreshold;
    private readonly Duration _idempotencyWindow = Duration.FromHours(24);

    /// <summary>Gets the options every default stands in.</summary>
    public static WspClientOptions Default { get; } = new();

    /// <summary>
    /// Gets the clock every rule that reads "now" uses: registration (H10), contact (H7), expiry (H15), the stamps on
    /// referrals, visits and arrangement decisions. Default: the system clock. Tests give a fake clock, so no rule ever
    /// reads the wall clock behind a test's back.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public IClock Clock
    {
        get => _clock;
        init => _clock = Preconditions.CheckNotNull(value);
    }

    /// <summary>
    /// Gets how a change of one aggregate (a vacancy, an account, an arrangement, the desk) is retried when another writer
    /// changed it first: read, judged by the aggregate's rules and written again, with a short random wait between
    /// attempts. Default <see cref="ConflictRetry.Default"/> (64 attempts): an attempt fails only when another writer
    /// succeeded in between, so up to 64 concurrent writers on one document all succeed, and each retry judges the rules
    /// against what the other wrote, so no update is ever lost.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public ConflictRetry Retry
    {
        get => _retry;
        init => _retry = Preconditions.CheckNotNull(value);
    }

    /// <summary>
    /// Gets the threshold of the cell key method for a caller that reads aggregates only (the ministry,
    /// <see cref="Partners.PartnerIdentity.ReadsSuppressedFigures"/>): counts below it, zero included, are withheld, and so
    /// are counts perturbed below it (docs/disclosure.md). Default 5 (<see cref="Disclosure.FigureDisclosure.DefaultThreshold"/>,
    /// DESIGN.md: every count below 5 is withheld). At least 1. Other callers always get exact figures.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int SmallCountThreshold
    {
        get => _smallCountThreshold;
        init => _smallCountThreshold = Preconditions.CheckArgumentRange(value, 1, int.MaxValue);
    }

    /// <summary>
    /// Gets how long the first answer to a request with an idempotency key is given again to a retry with the same key
    /// and request (<see cref="WspClient.ClaimIdempotencyKeyAsync"/>), counted from the first request: 1 minute to 7
    /// days. Default 24 hours, the window the IETF draft's examples and the partners' own retry schedules (a nightly batch
    /// retried the next morning) fit in; after it the key is free again.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1 minute to 7 days.</exception>
    public Duration IdempotencyWindow
    {
        get => _idempotencyWindow;
        init => _idempotencyWindow = value >= Duration.FromMinutes(1) && value <= Duration.FromDays(7)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(IdempotencyWindow), value, "The window lies between 1 minute and 7 days.");
    }
}
