namespace Wsp.Sdk.Storage;

/// <summary>
/// How a read–change–write (<see cref="StoreUpdates"/>, <see cref="DeskUpdates"/>) tries again when another writer
/// changed the document first (een schrijfconflict, optimistic concurrency): at most <see cref="Attempts"/> attempts,
/// and before each retry a random wait below a bound that doubles from <see cref="BaseDelay"/> up to
/// <see cref="MaxDelay"/> (exponential backoff with full jitter), so writers that collided spread out instead of
/// colliding again in step.
/// </summary>
/// <remarks>
/// <para>
/// An attempt fails only when another write to the same document landed between its read and its write, and one
/// writer's attempts do not overlap, so each failed attempt is another writer's success. Up to <see cref="Attempts"/>
/// writers changing one document at the same time therefore all succeed, whatever the timing and whatever the random
/// waits: the bound, not the jitter, is what a caller can rely on. The waits only make it cheaper (fewer wasted reads
/// and writes; docs/cosmos.md has the figures).
/// </para>
/// <para>Each value is checked when it is set. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record ConflictRetry
{
    private static readonly TimeSpan s_longestDelay = TimeSpan.FromMinutes(1);

    private readonly int _attempts = 64;
    private readonly TimeSpan _baseDelay = TimeSpan.FromMilliseconds(5);
    private readonly TimeSpan _maxDelay = TimeSpan.FromMilliseconds(200);

    /// <summary>Gets the defaults: 64 attempts, waits from 5 ms doubling up to 200 ms.</summary>
    public static ConflictRetry Default { get; } = new();

    /// <summary>
    /// Gets how many times an operation is tried in all, 1–1,000. Default 64: the 64 concurrent bookings on one vacancy
    /// that the storage contract runs then all succeed by the reasoning above, not by luck. It is also the bound on how
    /// long a caller can wait: 63 retries of which the last 57 wait at most <see cref="MaxDelay"/>, on average half of
    /// it (≈ 6 s in all at the defaults), only ever reached when 64 writers change one document at once.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside 1–1,000.</exception>
    public int Attempts
    {
        get => _attempts;
        init => _attempts = Preconditions.CheckArgumentRange(value, 1, 1000, nameof(Attempts));
    }

    /// <summary>
    /// Gets the bound on the wait before the first retry, 0–1 minute; it doubles with every retry up to
    /// <see cref="MaxDelay"/>. Default 5 ms: about one read and write on Cosmos DB in the same Azure region, so the
    /// writers of a first collision spread over about one write's time.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or longer than a minute.</exception>
    public TimeSpan BaseDelay
    {
        get => _baseDelay;
        init => _baseDelay = CheckDelay(value, nameof(BaseDelay));
    }

    /// <summary>
    /// Gets the largest bound on a wait, 0–1 minute. Default 200 ms, the bound from the 7th retry on; by then 64 writers are spread
    /// over 200 ms, a dozen writes' time on Cosmos DB, where few collide again, and a partner still has its answer
    /// within the gateway's execution timeout.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative or longer than a minute.</exception>
    public TimeSpan MaxDelay
    {
        get => _maxDelay;
        init => _maxDelay = CheckDelay(value, nameof(MaxDelay));
    }

    /// <summary>
    /// The wait before retry number <paramref name="retry"/>: <paramref name="draw"/> times the bound
    /// min(<see cref="MaxDelay"/>, <see cref="BaseDelay"/> × 2^(retry − 1)).
    /// </summary>
    /// <param name="retry">Which retry, from 1 (the second attempt).</param>
    /// <param name="draw">A random number in [0, 1): the jitter.</param>
    /// <returns>How long to wait.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="retry"/> is below 1, or <paramref name="draw"/> lies outside [0, 1).</exception>
    public TimeSpan DelayBefore(int retry, double draw)
    {
        Preconditions.CheckArgumentRange(retry, 1, int.MaxValue);
        if (!(draw >= 0 && draw < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(draw), draw, "The draw lies in [0, 1).");
        }

        // 2^30 × a minute overflows no TimeSpan arithmetic below: the bound is capped before it is scaled.
        var doublings = Math.Min(retry - 1, 30);
        var bound = BaseDelay.Ticks * (double)(1L << doublings);
        return TimeSpan.FromTicks((long)(Math.Min(bound, MaxDelay.Ticks) * draw));
    }

    /// <summary>Runs <paramref name="attempt"/> until it succeeds, waiting between tries while <paramref name="isConflict"/> says the failure is worth another.</summary>
    internal async Task<T> RunAsync<T>(Func<Task<T>> attempt, Func<StoreException, bool> isConflict, CancellationToken cancellationToken)
    {
        for (var tried = 1; ; tried++)
        {
            try
            {
                return await attempt().ConfigureAwait(false);
            }
            catch (StoreException e) when (tried < Attempts && isConflict(e))
            {
                // Another writer won: wait a little, then judge the operation again against what it wrote.
            }

            await Task.Delay(DelayBefore(tried, Random.Shared.NextDouble()), cancellationToken).ConfigureAwait(false);
        }
    }

    private static TimeSpan CheckDelay(TimeSpan value, string paramName) =>
        value >= TimeSpan.Zero && value <= s_longestDelay
            ? value
            : throw new ArgumentOutOfRangeException(paramName, value, "A delay lies between zero and one minute.");
}
