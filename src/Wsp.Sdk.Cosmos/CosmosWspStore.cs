using System.Collections.ObjectModel;
using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// The production store (opslag) of the Wsp domain on Azure Cosmos DB: one container per aggregate kind, documents
/// guarded by their ETag, point reads wherever the id is known. See docs/cosmos.md for the containers, partition keys
/// and the reasoning behind them.
/// </summary>
/// <remarks>
/// <para>
/// The caller creates and owns the <see cref="CosmosClient"/> (endpoint, key, connection mode, retries on 429/503 via
/// <c>MaxRetryAttemptsOnRateLimitedRequests</c> and <c>MaxRetryWaitTimeOnRateLimitedRequests</c>, and
/// <c>AllowBulkExecution</c> when <see cref="CosmosStoreOptions.UseBulkImport"/> is on). The store reads and writes
/// through the SDK's stream API with its own JSON settings, so the client's serializer does not matter.
/// </para>
/// <para>This type is thread-safe; create one per client and share it.</para>
/// </remarks>
public sealed class CosmosWspStore : IWspStore
{
    private readonly CosmosClient _client;
    private readonly CosmosStoreOptions _options;

    /// <summary>Initializes a store over a client the caller configured.</summary>
    /// <param name="client">The client; the caller disposes it.</param>
    /// <param name="options">Database, containers and import settings (each checked when set); the defaults when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
    /// <exception cref="ArgumentException">Bulk imports are on but the client was created without <c>AllowBulkExecution</c>.</exception>
    public CosmosWspStore(CosmosClient client, CosmosStoreOptions? options = null)
    {
        _client = Preconditions.CheckNotNull(client);
        _options = options ?? new CosmosStoreOptions();
        if (_options.UseBulkImport && !client.ClientOptions.AllowBulkExecution)
        {
            throw new ArgumentException(
                "UseBulkImport is on but the client was created without AllowBulkExecution: set CosmosClientOptions.AllowBulkExecution = true, or UseBulkImport = false (the test stand-in supports no bulk mode).",
                nameof(options));
        }

        var database = client.GetDatabase(_options.DatabaseId);
        var keys = new Keys(database.GetContainer(_options.KeysContainerId), _options.Clock, _options.ReservationLease);
        var vacancies = database.GetContainer(_options.VacanciesContainerId);
        var placements = database.GetContainer(_options.PlacementsContainerId);
        var placementIds = new PlacementIds(keys, vacancies, placements, _options.ImportParallelism, _options.QueryPageSize);
        Accounts = new CosmosEmployerAccountStore(database.GetContainer(_options.AccountsContainerId), keys, _options.QueryPageSize);
        Vacancies = new CosmosVacancyStore(vacancies, keys, placementIds);
        Visits = new CosmosVisitStore(database.GetContainer(_options.VisitsContainerId), keys, _options.QueryPageSize);
        Arrangements = new CosmosArrangementStore(database.GetContainer(_options.ArrangementsContainerId), keys, _options.QueryPageSize);
        Placements = new CosmosPlacementStore(placements, vacancies, keys, placementIds, _options);
        Desk = new CosmosNationalDeskStore(database.GetContainer(_options.DeskContainerId));
        EmployerTotals = new CosmosSectorEmployerTotalsStore(database.GetContainer(_options.EmployerTotalsContainerId), _options.QueryPageSize);
        Projects = new CosmosRegionalProjectStore(database.GetContainer(_options.ProjectsContainerId), _options.QueryPageSize);
        FigureInputs = new CosmosFigureInputStore(database.GetContainer(_options.FigureInputsContainerId), _options.QueryPageSize);
        Idempotency = new CosmosIdempotencyStore(database.GetContainer(_options.IdempotencyContainerId));
    }

    /// <inheritdoc />
    public IEmployerAccountStore Accounts { get; }

    /// <inheritdoc />
    public IVacancyStore Vacancies { get; }

    /// <inheritdoc />
    public IVisitStore Visits { get; }

    /// <inheritdoc />
    public IPlacementStore Placements { get; }

    /// <inheritdoc />
    public IArrangementStore Arrangements { get; }

    /// <inheritdoc />
    public INationalDeskStore Desk { get; }

    /// <inheritdoc />
    public ISectorEmployerTotalsStore EmployerTotals { get; }

    /// <inheritdoc />
    public IRegionalProjectStore Projects { get; }

    /// <inheritdoc />
    public IFigureInputStore FigureInputs { get; }

    /// <inheritdoc />
    public IIdempotencyStore Idempotency { get; }

    /// <summary>Creates the database and the containers with their partition keys and indexing policies when missing; safe to call on every start.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>A task that completes when the store is ready.</returns>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var response = await _client.CreateDatabaseIfNotExistsAsync(_options.DatabaseId, _options.DatabaseThroughput, cancellationToken: cancellationToken).ConfigureAwait(false);
        var database = response.Database;
        foreach (var container in Containers(_options))
        {
            await database.CreateContainerIfNotExistsAsync(container, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The containers <see cref="InitializeAsync"/> creates: ids, partition keys, indexing policies.</summary>
    /// <param name="options">The options that name them.</param>
    /// <returns>The container definitions.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ReadOnlyCollection<ContainerProperties> Containers(CosmosStoreOptions options)
    {
        Preconditions.CheckNotNull(options);
        return new([
            // Accounts: queried on the summary and, for rule H8, on name key and postcodes; the nested state is not queried.
            Container(options.AccountsContainerId, "/regionCode", ["/state/*"], ["/name", "/nameKey", "/owner", "/lastContact", "/regionCode", "/kvk"]),

            // Vacancies: queried on the summary; the booked placements' dates and region feed the counting streams.
            Container(
                options.VacanciesContainerId,
                "/regionCode",
                ["/state/referrals/*", "/state/handovers/*", "/state/employer/?", "/state/publicationText/?"],
                ["/registeredAt", "/expiresOn", "/title", "/owner", "/accountId", "/sectorCode", "/workplaces", "/placements", "/referrals", "/regionCode"]),

            // Visits: read per account only.
            Container(options.VisitsContainerId, "/accountId", ["/reason/?", "/companyActivities/?", "/agreements/?"], []),

            // Imported placements: streamed by region and dates, listed a page at a time by start date then id, rolled
            // back by import id.
            Container(options.PlacementsContainerId, "/regionCode", ["/candidate/?", "/employer/?", "/arrangementId/?", "/hoursPerWeek/?"], ["/start"]),

            // Keys: point reads, and an import's placement reservations found by holder when it is rolled back.
            Container(options.KeysContainerId, "/id", ["/*"], [], included: ["/holder/?"]),

            // Arrangements: read by id and per employer; the desk's lists filter on status, advisor and the regions' standing.
            Container(options.ArrangementsContainerId, "/accountId", ["/state/*"], []),

            // The desk's organisation: one document, point reads only.
            Container(options.DeskContainerId, "/id", ["/*"], []),

            // Sector employer totals: listed per region.
            Container(options.EmployerTotalsContainerId, "/regionCode", ["/employersBySector/*", "/source/?"], []),

            // Regional projects: point reads and lists per region; their scope is not queried.
            Container(options.ProjectsContainerId, "/regionCode", ["/employers/*", "/vacancyIds/*", "/name/?"], []),

            // Figure inputs: a handful of imports per kind, listed whole per kind; their tables are not queried.
            Container(options.FigureInputsContainerId, "/kind", ["/ambitions/*", "/targets/*", "/baseline/*", "/source/?"], []),
            // Idempotency records: point reads only; each document's own ttl removes it once it expires.
            Expiring(Container(options.IdempotencyContainerId, "/partner", ["/*"], [])),
        ]);

        // Time to live on, with no default: a document without ttl stays, one with ttl goes that many seconds after its write.
        static ContainerProperties Expiring(ContainerProperties properties)
        {
            properties.DefaultTimeToLive = -1;
            return properties;
        }

        // A specification that orders by two keys needs a composite index in Cosmos DB: one per summary field that is
        // worth ordering by, both directions, then by id (the tie-breaker every paged ordering ends with).
        static ContainerProperties Container(string id, string partitionKeyPath, string[] excluded, string[] orderedBy, string[]? included = null)
        {
            var properties = new ContainerProperties(id, partitionKeyPath);
            properties.IndexingPolicy.IndexingMode = IndexingMode.Consistent;
            foreach (var path in included ?? (excluded.Contains("/*") ? [] : ["/*"]))
            {
                properties.IndexingPolicy.IncludedPaths.Add(new IncludedPath { Path = path });
            }

            foreach (var path in excluded)
            {
                properties.IndexingPolicy.ExcludedPaths.Add(new ExcludedPath { Path = path });
            }

            foreach (var path in orderedBy)
            {
                foreach (var order in new[] { CompositePathSortOrder.Ascending, CompositePathSortOrder.Descending })
                {
                    properties.IndexingPolicy.CompositeIndexes.Add(new Collection<CompositePath>
                    {
                        new() { Path = path, Order = order },
                        new() { Path = "/id", Order = CompositePathSortOrder.Ascending },
                    });
                }
            }

            return properties;
        }
    }
}
