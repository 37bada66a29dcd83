using Microsoft.Azure.Cosmos;
using Xunit;

namespace Wsp.Testing.Cosmos;

/// <summary>
/// One Cosmos DB stand-in and one client for a whole test assembly, as an xunit collection fixture.
/// </summary>
/// <remarks>
/// xunit 2 finds collection definitions in the test assembly only, so each test assembly that uses this fixture
/// declares the collection itself, with the name <see cref="CollectionName"/>:
/// <code>
/// [CollectionDefinition(CosmosStandInFixture.CollectionName)]
/// public sealed class CosmosCollection : ICollectionFixture&lt;CosmosStandInFixture&gt;;
/// </code>
/// and its test classes carry <c>[Collection(CosmosStandInFixture.CollectionName)]</c> and take the fixture in their constructor.
/// Tests of one collection run one after another; give each test its own container (<see cref="CreateContainerAsync"/>).
/// </remarks>
public sealed class CosmosStandInFixture : IAsyncLifetime
{
    /// <summary>The name of the xunit collection that shares one fixture: <c>cosmos</c>.</summary>
    public const string CollectionName = "cosmos";

    /// <summary>The database <see cref="CreateContainerAsync"/> creates its containers in.</summary>
    public const string DatabaseId = "wsp-tests";

    private CosmosStandIn? _standIn;
    private CosmosClient? _client;

    /// <summary>The running stand-in.</summary>
    public CosmosStandIn StandIn => _standIn ?? throw new InvalidOperationException("The fixture has not been initialized.");

    /// <summary>A client for the stand-in with the default options of <see cref="CosmosStandIn.CreateClient"/>.</summary>
    public CosmosClient Client => _client ?? throw new InvalidOperationException("The fixture has not been initialized.");

    /// <summary>A new, empty container in <see cref="DatabaseId"/>, with a unique id unless one is given.</summary>
    /// <param name="partitionKeyPath">The container's partition key path, for example <c>/regionCode</c>.</param>
    /// <param name="id">The container id; a unique one when null.</param>
    /// <param name="cancellationToken">Cancels the requests.</param>
    /// <returns>The container.</returns>
    public async Task<Container> CreateContainerAsync(
        string partitionKeyPath,
        string? id = null,
        CancellationToken cancellationToken = default)
    {
        Database database = await Client.CreateDatabaseIfNotExistsAsync(DatabaseId, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var properties = new ContainerProperties(id ?? $"c-{Guid.NewGuid():N}", partitionKeyPath);
        ContainerResponse response = await database.CreateContainerAsync(properties, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        return response.Container;
    }

    /// <summary>Starts the stand-in and creates the client.</summary>
    /// <returns>When both are ready.</returns>
    public async Task InitializeAsync()
    {
        _standIn = await CosmosStandIn.StartAsync().ConfigureAwait(false);
        _client = _standIn.CreateClient();
    }

    /// <summary>Disposes the client and stops the stand-in.</summary>
    /// <returns>When the stand-in has stopped.</returns>
    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_standIn is not null)
        {
            await _standIn.DisposeAsync().ConfigureAwait(false);
        }
    }
}
