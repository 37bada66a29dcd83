using NodaTime;

namespace Wsp.Sdk.Cosmos.Tests;

/// <summary>The store's options check every value when it is set, so an instance is never invalid.</summary>
public sealed class CosmosStoreOptionsTests
{
    [Fact]
    public void The_defaults_are_the_documented_ones()
    {
        var options = new CosmosStoreOptions();

        Assert.Equal("wsp", options.DatabaseId);
        Assert.Equal("keys", options.KeysContainerId);
        Assert.True(options.UseBulkImport);
        Assert.Equal(16, options.ImportParallelism);
        Assert.Equal(1000, options.ImportChunkSize);
        Assert.Equal(1000, options.QueryPageSize);
        Assert.Null(options.DatabaseThroughput);
        Assert.Equal(Duration.FromMinutes(5), options.ReservationLease);
        Assert.Same(SystemClock.Instance, options.Clock);
    }

    [Fact]
    public void A_blank_id_is_refused_naming_the_option()
    {
        Assert.Equal("DatabaseId", Assert.Throws<ArgumentException>(() => new CosmosStoreOptions { DatabaseId = " " }).ParamName);
        Assert.Equal("KeysContainerId", Assert.Throws<ArgumentException>(() => new CosmosStoreOptions() with { KeysContainerId = "" }).ParamName);
    }

    [Fact]
    public void A_number_out_of_range_is_refused_naming_the_option()
    {
        Assert.Equal("ImportParallelism", Assert.Throws<ArgumentOutOfRangeException>(() => new CosmosStoreOptions { ImportParallelism = 0 }).ParamName);
        Assert.Equal("ImportChunkSize", Assert.Throws<ArgumentOutOfRangeException>(() => new CosmosStoreOptions { ImportChunkSize = 100_001 }).ParamName);
        Assert.Equal("QueryPageSize", Assert.Throws<ArgumentOutOfRangeException>(() => new CosmosStoreOptions { QueryPageSize = -1 }).ParamName);
        Assert.Equal("DatabaseThroughput", Assert.Throws<ArgumentOutOfRangeException>(() => new CosmosStoreOptions { DatabaseThroughput = 399 }).ParamName);
        Assert.Equal("ReservationLease", Assert.Throws<ArgumentOutOfRangeException>(() => new CosmosStoreOptions { ReservationLease = Duration.Zero }).ParamName);
        Assert.Equal("Clock", Assert.Throws<ArgumentNullException>(() => new CosmosStoreOptions { Clock = null! }).ParamName);
    }

    [Fact]
    public void Options_are_values()
    {
        Assert.Equal(new CosmosStoreOptions { DatabaseId = "a" }, new CosmosStoreOptions { DatabaseId = "a" });
        Assert.NotEqual(new CosmosStoreOptions { DatabaseId = "a" }, new CosmosStoreOptions { DatabaseId = "a", UseBulkImport = false });
    }
}
