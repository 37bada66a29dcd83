using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Wsp.Hosting.Storage;

namespace Wsp.Hosting.Tests;

/// <summary>Reaching a Cosmos DB account from configuration alone: Azure by default, an emulator by a few keys.</summary>
public sealed class WspCosmosOptionsTests
{
    private const string EmulatorKey = "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==";
    private const string EmulatorConnectionString = $"AccountEndpoint=https://127.0.0.1:8081/;AccountKey={EmulatorKey};DisableServerCertificateValidation=True;";

    private static IConfiguration Configuration(params (string Key, string? Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    private static WspCosmosOptions Options(params (string Key, string? Value)[] settings) => WspCosmosOptions.From(Configuration(settings));

    [Fact]
    public void The_defaults_suit_Azure_direct_mode_bulk_imports_and_the_SDK_s_own_throttling_retries()
    {
        var options = Options();

        Assert.Null(options.ConnectionString);
        Assert.Equal("wsp", options.Database);
        Assert.Equal(ConnectionMode.Direct, options.ConnectionMode);
        Assert.True(options.BulkExecution);
        Assert.Equal(9, options.MaxRetryAttemptsOnRateLimitedRequests);
        Assert.Equal(TimeSpan.FromSeconds(30), options.MaxRetryWaitTimeOnRateLimitedRequests);
    }

    [Fact]
    public void An_emulator_is_a_connection_string_gateway_mode_and_no_bulk_mode()
    {
        var options = Options(
            ("Wsp:Cosmos:ConnectionString", EmulatorConnectionString),
            ("Wsp:Cosmos:ConnectionMode", "gateway"),
            ("Wsp:Cosmos:BulkExecution", "false"),
            ("Wsp:Cosmos:Database", "wsp-demo"),
            ("Wsp:Cosmos:MaxRetryAttemptsOnRateLimitedRequests", "3"),
            ("Wsp:Cosmos:MaxRetryWaitTimeOnRateLimitedRequests", "00:00:05"));

        using var client = options.CreateClient("wsp-tests");

        Assert.Equal(new Uri("https://127.0.0.1:8081/"), client.Endpoint);
        Assert.Equal(ConnectionMode.Gateway, client.ClientOptions.ConnectionMode);
        Assert.False(client.ClientOptions.AllowBulkExecution);
        Assert.Equal(3, client.ClientOptions.MaxRetryAttemptsOnRateLimitedRequests);
        Assert.Equal(TimeSpan.FromSeconds(5), client.ClientOptions.MaxRetryWaitTimeOnRateLimitedRequests);
        Assert.Equal("https://127.0.0.1:8081/", options.AccountEndpoint);
        var store = options.StoreOptions();
        Assert.Equal("wsp-demo", store.DatabaseId);
        Assert.False(store.UseBulkImport);
    }

    [Fact]
    public void Endpoint_and_key_with_the_defaults_make_a_direct_mode_bulk_client()
    {
        var options = Options(("Wsp:Cosmos:Endpoint", "https://wsp.documents.azure.com:443/"), ("Wsp:Cosmos:Key", EmulatorKey));

        using var client = options.CreateClient("wsp-tests", o => o.ApplicationRegion = Regions.WestEurope);

        Assert.Equal(ConnectionMode.Direct, client.ClientOptions.ConnectionMode);
        Assert.True(client.ClientOptions.AllowBulkExecution);
        Assert.Equal(Regions.WestEurope, client.ClientOptions.ApplicationRegion);
        Assert.Equal("wsp-tests", client.ClientOptions.ApplicationName);
        Assert.True(options.StoreOptions().UseBulkImport);
    }

    [Fact]
    public void No_account_is_refused_naming_both_ways_to_give_one()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Options(("Wsp:Cosmos:Endpoint", "https://wsp.documents.azure.com/")).Validate());

        Assert.Contains("Wsp:Cosmos:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains("Wsp:Cosmos:Key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_account_given_twice_is_refused()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            Options(("Wsp:Cosmos:ConnectionString", EmulatorConnectionString), ("Wsp:Cosmos:Endpoint", "https://wsp.documents.azure.com/")).Validate());

        Assert.Contains("give one of them", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AccountEndpoint=https://127.0.0.1:8081/;", "needs both AccountEndpoint and AccountKey")]
    [InlineData("AccountKey=secret-key-value;", "needs both AccountEndpoint and AccountKey")]
    [InlineData("AccountEndpoint=http://127.0.0.1:8081/;AccountKey=secret-key-value;", "not an https URL")]
    [InlineData("AccountKey='secret-key-value", "not a connection string")]
    public void A_connection_string_without_its_parts_is_refused_without_repeating_the_key(string connectionString, string reason)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Options(("Wsp:Cosmos:ConnectionString", connectionString)).Validate());

        Assert.Contains("Wsp:Cosmos:ConnectionString", error.Message, StringComparison.Ordinal);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret-key-value", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Wsp:Cosmos:MaxRetryAttemptsOnRateLimitedRequests", "-1")]
    [InlineData("Wsp:Cosmos:MaxRetryWaitTimeOnRateLimitedRequests", "01:00:00")]
    [InlineData("Wsp:Cosmos:Database", " ")]
    public void A_value_out_of_range_is_refused_naming_its_key(string key, string value)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Options(("Wsp:Cosmos:ConnectionString", EmulatorConnectionString), (key, value)).Validate());

        Assert.Contains(key, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_connection_mode_is_refused_naming_its_key()
    {
        var error = Assert.Throws<InvalidOperationException>(() => Options(("Wsp:Cosmos:ConnectionMode", "Tcp")));

        Assert.Contains("Wsp:Cosmos:ConnectionMode", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddWspStore_refuses_a_cosmos_store_without_an_account_when_it_is_registered_not_at_first_use()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<InvalidOperationException>(() => services.AddWspStore(Configuration(("Wsp:Store", "cosmos")), "wsp-tests"));

        Assert.Contains("Wsp:Cosmos:ConnectionString", error.Message, StringComparison.Ordinal);
    }
}
