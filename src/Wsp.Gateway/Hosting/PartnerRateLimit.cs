using System.Threading.RateLimiting;

namespace Wsp.Gateway.Hosting;

/// <summary>
/// The request rate limit (aanvraaglimiet) per partner, bound from <c>Wsp:Gateway:RateLimit</c>: a token bucket per
/// partner (per client address for callers without a token) holds <see cref="Burst"/> requests and refills at
/// <see cref="PermitsPerSecond"/>, so one partner's busy script cannot starve the others. Each gateway instance keeps
/// its own buckets (docs/gateway-security.md).
/// </summary>
internal sealed class PartnerRateLimit
{
    /// <summary>
    /// Gets or sets a value indicating whether requests are limited (default true). The load scripts turn it off: they
    /// measure one client address's throughput, which the limit is there to cap.
    /// </summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Gets or sets the sustained requests per second one partner may send (default 50). A script paging through its
    /// records sends one request at a time (some 10–100 a second); 50 a second for each of the partners that are busy at
    /// once stays below what one gateway core answers (1,900 large to 10,000 small queries a second, docs/performance.md).
    /// Fractions are allowed (0.5 is one request every two seconds).
    /// </summary>
    public double PermitsPerSecond { get; set; } = 50;

    /// <summary>
    /// Gets or sets how many requests a partner may send at once before the rate applies (default 200): a dashboard or
    /// GraphiQL session, and a test suite's gateway, send short bursts well above the sustained rate.
    /// </summary>
    public int Burst { get; set; } = 200;

    /// <summary>The bucket refills every 100 ms (or every token, when slower), so the rate is smooth within a second.</summary>
    public TokenBucketRateLimiterOptions Bucket()
    {
        var period = TimeSpan.FromSeconds(Math.Max(1 / PermitsPerSecond, 0.1));
        return new TokenBucketRateLimiterOptions
        {
            TokenLimit = Burst,
            TokensPerPeriod = Math.Max(1, (int)Math.Round(PermitsPerSecond * period.TotalSeconds)),
            ReplenishmentPeriod = period,
            AutoReplenishment = true,

            // No queue: a request over the limit is answered 429 at once, with Retry-After, rather than held.
            QueueLimit = 0,
        };
    }

    /// <summary>Returns what is wrong with the limit, or null when nothing is.</summary>
    public string? Problem() =>
        !(PermitsPerSecond >= 0.001 && PermitsPerSecond <= 1_000_000) || Burst < 1
            ? $"{GatewayLimits.SectionName}:RateLimit: PermitsPerSecond between 0.001 and 1,000,000 and Burst ≥ 1 are required (set Enabled=false to turn the limit off); got PermitsPerSecond {PermitsPerSecond}, Burst {Burst}."
            : null;
}
