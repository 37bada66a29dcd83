namespace Wsp.Sdk.Cosmos;

/// <summary>
/// Where and how the Cosmos DB store (opslag) keeps its documents: the database, one container per aggregate kind,
/// and how imports write. The connection itself (endpoint, key, retries) is the caller's <c>CosmosClient</c>.
/// </summary>
/// <remarks>
/// <para>
/// Retries on 429 (throttled) and 503 (unavailable) come from the client: set
/// <c>CosmosClientOptions.MaxRetryAttemptsOnRateLimitedRequests</c> (recommended 9, the SDK's default) and
/// <c>MaxRetryWaitTimeOnRateLimitedRequests</c> (recommended 30 s; 60 s or more for imports on low throughput).
/// What is still refused after those retries surfaces as a <c>StoreException</c> with code <c>Unavailable</c>.
/// See docs/cosmos.md.
/// </para>
/// <para>This type is a plain options bag; do not change an instance after handing it to a store.</para>
/// </remarks>
public sealed class CosmosStoreOptions
{
    /// <summary>Gets or sets the database id. Default <c>wsp</c>.</summary>
    public string DatabaseId { get; set; } = "wsp";

    /// <summary>Gets or sets the container of employer accounts (werkgeversaccounts), partitioned by <c>/regionCode</c>. Default <c>accounts</c>.</summary>
    public string AccountsContainerId { get; set; } = "accounts";

    /// <summary>Gets or sets the container of vacancies (vacatures) with their referrals and booked placements, partitioned by <c>/regionCode</c>. Default <c>vacancies</c>.</summary>
    public string VacanciesContainerId { get; set; } = "vacancies";

    /// <summary>Gets or sets the container of company visits (bedrijfsbezoeken), partitioned by <c>/accountId</c>. Default <c>visits</c>.</summary>
    public string VisitsContainerId { get; set; } = "visits";

    /// <summary>Gets or sets the container of imported placements (plaatsingen), partitioned by <c>/regionCode</c>. Default <c>placements</c>.</summary>
    public string PlacementsContainerId { get; set; } = "placements";

    /// <summary>Gets or sets the container of national arrangements (arrangementen), partitioned by <c>/accountId</c>. Default <c>arrangements</c>.</summary>
    public string ArrangementsContainerId { get; set; } = "arrangements";

    /// <summary>Gets or sets the container of the national desk's organisation (one document), partitioned by <c>/id</c>. Default <c>desk</c>.</summary>
    public string DeskContainerId { get; set; } = "desk";

    /// <summary>Gets or sets the container of sector employer totals (the coverage ratio's input), partitioned by <c>/regionCode</c>. Default <c>employerTotals</c>.</summary>
    public string EmployerTotalsContainerId { get; set; } = "employerTotals";

    /// <summary>Gets or sets the container of regional projects (rule H6), partitioned by <c>/regionCode</c>. Default <c>projects</c>.</summary>
    public string ProjectsContainerId { get; set; } = "projects";

    /// <summary>
    /// Gets or sets the container of keys, partitioned by <c>/id</c>: which partition an id lives in, the uniqueness of
    /// ids across partitions, and the markers of finished imports. Default <c>keys</c>.
    /// </summary>
    public string KeysContainerId { get; set; } = "keys";

    /// <summary>
    /// Gets or sets a value indicating whether imports use bulk mode: every write of a chunk is issued at once and the
    /// SDK groups them per partition. Requires a client created with <c>AllowBulkExecution = true</c>. Default
    /// <see langword="true"/> (real Cosmos DB); set <see langword="false"/> for the test stand-in, which refuses the
    /// batches bulk mode sends.
    /// </summary>
    public bool UseBulkImport { get; set; } = true;

    /// <summary>Gets or sets how many point writes an import keeps in flight without bulk mode. Default 16.</summary>
    public int ImportParallelism { get; set; } = 16;

    /// <summary>Gets or sets how many placements an import reads ahead and writes as one chunk. Default 1000.</summary>
    public int ImportChunkSize { get; set; } = 1000;

    /// <summary>Gets or sets the page size of the store's own queries (streams, rollbacks, duplicate checks). Default 1000.</summary>
    public int QueryPageSize { get; set; } = 1000;

    /// <summary>
    /// Gets or sets the throughput (RU/s) <c>InitializeAsync</c> provisions on the database when it creates it, or null
    /// to create it without (serverless accounts, or throughput managed elsewhere). Default null.
    /// </summary>
    public int? DatabaseThroughput { get; set; }
}
