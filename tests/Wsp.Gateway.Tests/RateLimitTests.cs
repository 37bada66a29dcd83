using Wsp.Gateway.Hosting;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Tests;

/// <summary>
/// A gateway whose callers may each send 3 requests at once and then one every 1,000 s: a bucket empties within a test
/// and does not refill during it, whatever the machine's speed (no waiting on the clock).
/// </summary>
public sealed class RateLimitedGateway() : PartnerGateway(new Dictionary<string, string?>
{
    ["Wsp:Gateway:RateLimit:PermitsPerSecond"] = "0.001",
    ["Wsp:Gateway:RateLimit:Burst"] = "3",
});

/// <summary>
/// Rate limits per partner (NL GOV API Design Rules: 429 as problem+json): one partner's burst does not starve
/// another. Each test empties the bucket of a caller no other test of the class uses.
/// </summary>
public sealed class RateLimitTests(RateLimitedGateway gateway, PartnerGateway defaults) : IClassFixture<RateLimitedGateway>, IClassFixture<PartnerGateway>
{
    private const string Regions = "{ regions { code } }";

    [Fact]
    public async Task Security_a_partner_over_its_limit_gets_429_problem_json_with_Retry_After_while_another_partner_is_served()
    {
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(200, (await gateway.PostAsync(Regions, partner: PartnerIdentity.Ministry)).Status);
        }

        var refused = await gateway.PostAsync(Regions, partner: PartnerIdentity.Ministry);
        var other = await gateway.PostAsync(Regions, partner: PartnerIdentity.NationalDesk);

        Assert.Equal(429, refused.Status);
        Assert.Equal("application/problem+json", refused.Response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(429, refused.Body.GetProperty("status").GetInt32());
        Assert.Contains("partner MINISTRY", refused.Body.GetProperty("detail").GetString(), StringComparison.Ordinal);
        var retryAfter = int.Parse(Assert.Single(refused.Response.Headers.GetValues("Retry-After")), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 900, 1000);
        Assert.Equal(200, other.Status);
        Assert.Empty(other.ErrorCodes);
    }

    [Fact]
    public async Task Security_callers_without_a_token_share_the_bucket_of_their_address_and_partners_are_apart_from_it()
    {
        var anonymous = new List<int>();
        for (var i = 0; i < 4; i++)
        {
            anonymous.Add((await gateway.PostAsync(Regions)).Status);
        }

        var badToken = await gateway.PostAsync(Regions, token: "not-a-token");
        var partner = await gateway.PostAsync(Regions, partner: PartnerGateway.Partner("municipality B"));

        Assert.Equal([200, 200, 200, 429], anonymous);
        Assert.Equal(429, badToken.Status);
        Assert.Equal(200, partner.Status);
    }

    [Fact]
    public async Task Security_health_probes_are_never_limited()
    {
        for (var i = 0; i < 10; i++)
        {
            using var response = await gateway.Client.GetAsync("/healthz");
            Assert.Equal(200, (int)response.StatusCode);
        }
    }

    [Fact]
    public async Task Security_the_default_limit_lets_a_burst_of_one_partner_through()
    {
        var statuses = await Task.WhenAll(Enumerable.Range(0, 50).Select(_ => defaults.PostAsync(Regions, partner: PartnerIdentity.Uwv)));

        Assert.All(statuses, s => Assert.Equal(200, s.Status));
    }

    [Theory]
    [InlineData(0, 10)]
    [InlineData(-1, 10)]
    [InlineData(double.NaN, 10)]
    [InlineData(10, 0)]
    public void Security_a_rate_limit_outside_its_range_is_refused_at_start_up(double permitsPerSecond, int burst)
    {
        var limits = new GatewayLimits { RateLimit = new PartnerRateLimit { PermitsPerSecond = permitsPerSecond, Burst = burst } };

        var refused = Assert.Throws<InvalidOperationException>(limits.Validate);
        Assert.Contains("Wsp:Gateway:RateLimit", refused.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(50, 5, 100)]
    [InlineData(0.5, 1, 2000)]
    [InlineData(2000, 200, 100)]
    public void Security_the_bucket_refills_at_the_configured_rate(double permitsPerSecond, int tokensPerPeriod, int periodMilliseconds)
    {
        var bucket = new PartnerRateLimit { PermitsPerSecond = permitsPerSecond, Burst = 7 }.Bucket();

        Assert.Equal(7, bucket.TokenLimit);
        Assert.Equal(tokensPerPeriod, bucket.TokensPerPeriod);
        Assert.Equal(TimeSpan.FromMilliseconds(periodMilliseconds), bucket.ReplenishmentPeriod);
        Assert.Equal(0, bucket.QueueLimit);
    }
}
