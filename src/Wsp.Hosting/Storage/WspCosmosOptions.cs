using System.Data.Common;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Configuration;
using Wsp.Sdk.Cosmos;

namespace Wsp.Hosting.Storage;

/// <summary>
/// How the gateway and the tool reach the Cosmos DB account (de productie-opslag), bound from <c>Wsp:Cosmos</c>: the
/// account (a connection string, or endpoint and key), the connection mode, bulk execution and the retries on
/// throttling. The defaults suit Azure; an emulator or the test stand-in needs
/// <c>ConnectionString = AccountEndpoint=…;AccountKey=…;DisableServerCertificateValidation=True</c>,
/// <c>ConnectionMode = Gateway</c> and (the stand-in) <c>BulkExecution = false</c> (docs/cosmos.md).
/// </summary>
public sealed class WspCosmosOptions
{
    /// <summary>The configuration section: <c>Wsp:Cosmos</c>.</summary>
    public const string SectionName = "Wsp:Cosmos";

    /// <summary>
    /// Gets or sets the account as a connection string in the Cosmos DB SDK's own format,
    /// <c>AccountEndpoint=https://…;AccountKey=…;</c>, as the Azure portal shows it. For an emulator with a self-signed
    /// certificate add <c>DisableServerCertificateValidation=True</c> (never against Azure). Give this or
    /// <see cref="Endpoint"/> and <see cref="Key"/>, not both. Default: none.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>Gets or sets the account endpoint, <c>https://ACCOUNT.documents.azure.com:443/</c>; with <see cref="Key"/>. Default: none.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Gets or sets the account key; with <see cref="Endpoint"/>. Default: none.</summary>
    public string? Key { get; set; }

    /// <summary>Gets or sets the database. Default <c>wsp</c>.</summary>
    public string Database { get; set; } = "wsp";

    /// <summary>
    /// Gets or sets how the client talks to the account. Default <see cref="Microsoft.Azure.Cosmos.ConnectionMode.Direct"/>
    /// (TCP to the replicas, Microsoft's recommendation for latency on Azure); <see cref="Microsoft.Azure.Cosmos.ConnectionMode.Gateway"/>
    /// (HTTPS to the endpoint only) for emulators, the test stand-in (which answers Direct mode's address requests with
    /// 400 "no route") and networks that allow port 443 only.
    /// </summary>
    public ConnectionMode ConnectionMode { get; set; } = ConnectionMode.Direct;

    /// <summary>
    /// Gets or sets a value indicating whether the client runs in bulk mode and imports use it
    /// (<see cref="CosmosStoreOptions.UseBulkImport"/>). Default <see langword="true"/>: the SDK groups an import's
    /// writes per partition, several times fewer requests on Azure; <see langword="false"/> for the test stand-in, which
    /// refuses bulk mode's batches.
    /// </summary>
    public bool BulkExecution { get; set; } = true;

    /// <summary>
    /// Gets or sets how often the client retries a throttled request (429) before it surfaces as
    /// <c>StoreErrorCode.Unavailable</c>, 0–100. Default 9, the SDK's own default.
    /// </summary>
    public int MaxRetryAttemptsOnRateLimitedRequests { get; set; } = 9;

    /// <summary>
    /// Gets or sets how long the client keeps retrying a throttled request in all, 0–10 minutes. Default 30 seconds, the
    /// SDK's own default; 60 seconds or more for large imports on low throughput.
    /// </summary>
    public TimeSpan MaxRetryWaitTimeOnRateLimitedRequests { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets the account endpoint, from the connection string or <see cref="Endpoint"/>, for messages (never the key).</summary>
    public string? AccountEndpoint => ConnectionString is { Length: > 0 } text ? Parse(text).Endpoint : Endpoint;

    /// <summary>Reads the options from <c>Wsp:Cosmos</c>.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <returns>The options.</returns>
    /// <exception cref="InvalidOperationException">A value cannot be read as its type (the message names the key).</exception>
    public static WspCosmosOptions From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var options = new WspCosmosOptions();
        configuration.GetSection(SectionName).Bind(options);
        return options;
    }

    /// <summary>Checks that the options name one account and lie in range.</summary>
    /// <exception cref="InvalidOperationException">The account is missing or given twice, the connection string lacks a part, or a value is out of range; the message names the key.</exception>
    public void Validate()
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        var hasEndpointOrKey = !string.IsNullOrWhiteSpace(Endpoint) || !string.IsNullOrWhiteSpace(Key);
        if (hasConnectionString && hasEndpointOrKey)
        {
            throw new InvalidOperationException($"{SectionName}:ConnectionString and {SectionName}:Endpoint/Key both name the account: give one of them.");
        }

        if (hasConnectionString)
        {
            Parse(ConnectionString!);
        }
        else if (string.IsNullOrWhiteSpace(Endpoint) || string.IsNullOrWhiteSpace(Key))
        {
            throw new InvalidOperationException(
                $"Wsp:Store is 'cosmos', so {SectionName}:ConnectionString (AccountEndpoint=…;AccountKey=…), or {SectionName}:Endpoint and {SectionName}:Key, are required.");
        }
        else if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var endpoint) || endpoint.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException($"{SectionName}:Endpoint is not an https URL: '{Endpoint}'.");
        }

        if (string.IsNullOrWhiteSpace(Database))
        {
            throw new InvalidOperationException($"{SectionName}:Database is blank.");
        }

        if (!Enum.IsDefined(ConnectionMode))
        {
            throw new InvalidOperationException($"{SectionName}:ConnectionMode is '{ConnectionMode}': expected Direct or Gateway.");
        }

        if (MaxRetryAttemptsOnRateLimitedRequests is < 0 or > 100)
        {
            throw new InvalidOperationException($"{SectionName}:MaxRetryAttemptsOnRateLimitedRequests is {MaxRetryAttemptsOnRateLimitedRequests}: it lies in [0, 100].");
        }

        if (MaxRetryWaitTimeOnRateLimitedRequests < TimeSpan.Zero || MaxRetryWaitTimeOnRateLimitedRequests > TimeSpan.FromMinutes(10))
        {
            throw new InvalidOperationException($"{SectionName}:MaxRetryWaitTimeOnRateLimitedRequests is {MaxRetryWaitTimeOnRateLimitedRequests}: it lies between 0 and 10 minutes.");
        }
    }

    /// <summary>Creates the client these options describe; the caller owns it (one per process).</summary>
    /// <param name="applicationName">The name the client reports (user agent).</param>
    /// <param name="configure">Adds to the client's options (for example a request handler), or null.</param>
    /// <returns>The client.</returns>
    /// <exception cref="InvalidOperationException">The options are not valid (<see cref="Validate"/>).</exception>
    public CosmosClient CreateClient(string applicationName, Action<CosmosClientOptions>? configure = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(applicationName);
        Validate();
        var options = new CosmosClientOptions
        {
            ApplicationName = applicationName,
            ConnectionMode = ConnectionMode,
            AllowBulkExecution = BulkExecution,
            MaxRetryAttemptsOnRateLimitedRequests = MaxRetryAttemptsOnRateLimitedRequests,
            MaxRetryWaitTimeOnRateLimitedRequests = MaxRetryWaitTimeOnRateLimitedRequests,
        };
        configure?.Invoke(options);

        // The connection string goes to the SDK as it is, so its own keys (DisableServerCertificateValidation) apply.
        return string.IsNullOrWhiteSpace(ConnectionString)
            ? new CosmosClient(Endpoint, Key, options)
            : new CosmosClient(ConnectionString, options);
    }

    /// <summary>The store's options: the database, and bulk imports when the client runs in bulk mode.</summary>
    /// <returns>The store's options.</returns>
    public CosmosStoreOptions StoreOptions() => new() { DatabaseId = Database, UseBulkImport = BulkExecution };

    private static (string Endpoint, string Key) Parse(string connectionString)
    {
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = connectionString;
        }
        catch (ArgumentException)
        {
            // The message of the parser quotes the text, key and all: never repeat it.
            throw new InvalidOperationException($"{SectionName}:ConnectionString is not a connection string of the form AccountEndpoint=https://…;AccountKey=…;.");
        }

        var endpoint = builder.TryGetValue("AccountEndpoint", out var e) ? e as string : null;
        var key = builder.TryGetValue("AccountKey", out var k) ? k as string : null;
        if (string.IsNullOrWhiteSpace(endpoint) || string.IsNullOrWhiteSpace(key))
        {
            throw new InvalidOperationException($"{SectionName}:ConnectionString needs both AccountEndpoint and AccountKey (AccountEndpoint=https://…;AccountKey=…;).");
        }

        if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps)
        {
            throw new InvalidOperationException($"The AccountEndpoint of {SectionName}:ConnectionString is not an https URL: '{endpoint}'.");
        }

        return (endpoint, key);
    }
}
