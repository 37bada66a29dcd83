using NodaTime;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk;

/// <summary>
/// Options of a <see cref="WspClient"/> (clientinstellingen): the clock its rules read, how often a write is retried
/// over a concurrent change, and the threshold below which an aggregates-only caller's counts are withheld. Every
/// default is the one the gateway and the <c>wsp</c> tool run with.
/// </summary>
/// <remarks>Immutable and thread-safe: one instance may serve every client of a host.</remarks>
public sealed record WspClientOptions
{
    private readonly IClock _clock = SystemClock.Instance;
    private readonly int _updateAttempts = StoreUpdates.DefaultAttempts;
    private readonly int _smallCountThreshold = SmallCountSuppression.DefaultThreshold;

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
    /// Gets how many times a change of one aggregate (a vacancy, an account, an arrangement, the desk) is read, judged
    /// and written before a run of concurrent changes is reported as <see cref="StoreErrorCode.Conflict"/>. Default 8
    /// (<see cref="StoreUpdates.DefaultAttempts"/>): each attempt judges the rules again against what the other writer
    /// wrote, so a retry never loses an update; eight covers the bursts of bookings on one vacancy the contract tests
    /// make. From 1 to 100.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1…100.</exception>
    public int UpdateAttempts
    {
        get => _updateAttempts;
        init => _updateAttempts = Preconditions.CheckArgumentRange(value, 1, 100);
    }

    /// <summary>
    /// Gets the threshold of small-count suppression for a caller that reads aggregates only (the ministry,
    /// <see cref="Partners.PartnerIdentity.ReadsSuppressedFigures"/>): counts above zero and below it are withheld, with the
    /// secondary suppression that keeps them from being derived. Default 5 (<see cref="SmallCountSuppression.DefaultThreshold"/>,
    /// DESIGN.md: every count below 5 is withheld). At least 1 (1 withholds nothing). Other callers always get exact figures.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 1.</exception>
    public int SmallCountThreshold
    {
        get => _smallCountThreshold;
        init => _smallCountThreshold = Preconditions.CheckArgumentRange(value, 1, int.MaxValue);
    }
}
