using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Tests.Storage;

public sealed class ConflictRetryTests
{
    [Fact]
    public void The_defaults_are_64_attempts_and_waits_from_5_ms_doubling_up_to_200_ms()
    {
        var retry = ConflictRetry.Default;

        Assert.Equal(64, retry.Attempts);
        Assert.Equal(TimeSpan.FromMilliseconds(5), retry.BaseDelay);
        Assert.Equal(TimeSpan.FromMilliseconds(200), retry.MaxDelay);
    }

    [Theory]
    [InlineData(1, 5)]
    [InlineData(2, 10)]
    [InlineData(3, 20)]
    [InlineData(6, 160)]
    [InlineData(7, 200)]
    [InlineData(63, 200)]
    [InlineData(int.MaxValue, 200)]
    public void The_bound_on_a_wait_doubles_per_retry_up_to_the_maximum(int retry, int boundMilliseconds)
    {
        var bound = TimeSpan.FromMilliseconds(boundMilliseconds);

        // The bound itself is never reached: the draw lies in [0, 1).
        Assert.Equal(TimeSpan.Zero, ConflictRetry.Default.DelayBefore(retry, 0));
        Assert.Equal(bound / 2, ConflictRetry.Default.DelayBefore(retry, 0.5));
        Assert.True(ConflictRetry.Default.DelayBefore(retry, Math.BitDecrement(1.0)) < bound);
    }

    [Fact]
    public void Without_delays_a_retry_follows_at_once()
    {
        var retry = new ConflictRetry { BaseDelay = TimeSpan.Zero };

        Assert.Equal(TimeSpan.Zero, retry.DelayBefore(10, 0.99));
    }

    [Fact]
    public void A_maximum_below_the_base_caps_every_wait()
    {
        var retry = new ConflictRetry { BaseDelay = TimeSpan.FromSeconds(1), MaxDelay = TimeSpan.FromMilliseconds(10) };

        Assert.Equal(TimeSpan.FromMilliseconds(5), retry.DelayBefore(1, 0.5));
    }

    [Fact]
    public void Values_outside_their_range_are_refused_when_set_naming_the_property()
    {
        Assert.Equal("Attempts", Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictRetry { Attempts = 0 }).ParamName);
        Assert.Equal("Attempts", Assert.Throws<ArgumentOutOfRangeException>(() => ConflictRetry.Default with { Attempts = 1001 }).ParamName);
        Assert.Equal("BaseDelay", Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictRetry { BaseDelay = TimeSpan.FromTicks(-1) }).ParamName);
        Assert.Equal("MaxDelay", Assert.Throws<ArgumentOutOfRangeException>(() => new ConflictRetry { MaxDelay = TimeSpan.FromMinutes(2) }).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => ConflictRetry.Default.DelayBefore(0, 0.5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConflictRetry.Default.DelayBefore(1, 1.0));
        Assert.Throws<ArgumentOutOfRangeException>(() => ConflictRetry.Default.DelayBefore(1, double.NaN));
    }

    [Fact]
    public void Two_retries_with_the_same_values_are_equal()
    {
        Assert.Equal(ConflictRetry.Default, new ConflictRetry());
        Assert.NotEqual(ConflictRetry.Default, ConflictRetry.Default with { Attempts = 3 });
    }
}
