using NodaTime;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// Where and how the Cosmos DB store (opslag) keeps its documents: the database, one container per aggregate kind,
/// how imports write and how long a reservation of an id is held. The connection itself (endpoint, key, connection
/// mode, retries on 429) is the caller's <c>CosmosClient</c>; docs/cosmos.md gives the settings for Azure and for an
/// emulator.
/// </summary>
/// <remarks>
/// <para>
/// Retries on 429 (throttled) and 503 (unavailable) come from the client: set
/// <c>CosmosClientOptions.MaxRetryAttemptsOnRateLimitedRequests</c> (recommended 9, the SDK's default) and
/// <c>MaxRetryWaitTimeOnRateLimitedRequests</c> (recommended 30 s; 60 s or more for imports on low throughput).
/// What is still refused after those retries surfaces as a <c>StoreException</c> with code <c>Unavailable</c>.
/// </para>
/// <para>Each value is checked when it is set, so an instance is always valid. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed record CosmosStoreOptions
{
    private static readonly Duration s_longestLease = Duration.FromDays(1);

    private readonly string _databaseId = "wsp";
    private readonly string _accountsContainerId = "accounts";
    private readonly string _vacanciesContainerId = "vacancies";
    private readonly string _visitsContainerId = "visits";
    private readonly string _placementsContainerId = "placements";
    private readonly string _arrangementsContainerId = "arrangements";
    private readonly string _deskContainerId = "desk";
    private readonly string _employerTotalsContainerId = "employerTotals";
    private readonly string _projectsContainerId = "projects";
    private readonly string _figureInputsContainerId = "figureInputs";
    private readonly string _keysContainerId = "keys";
    private readonly string _idempotencyContainerId = "idempotency";
    private readonly int _importParallelism = 16;
    private readonly int _importChunkSize = 1000;
    private readonly int _queryPageSize = 1000;
    private readonly int? _databaseThroughput;
    private readonly Duration _reservationLease = Duration.FromMinutes(5);
    private readonly IClock _clock = SystemClock.Instance;

    /// <summary>Gets the database id. Default <c>wsp</c>.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string DatabaseId { get => _databaseId; init => _databaseId = CheckId(value, nameof(DatabaseId)); }

    /// <summary>Gets the container of employer accounts (werkgeversaccounts), partitioned by <c>/regionCode</c>. Default <c>accounts</c>.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string AccountsContainerId { get => _accountsContainerId; init => _accountsContainerId = CheckId(value, nameof(AccountsContainerId)); }

    /// <summary>Gets the container of vacancies (vacatures) with their referrals and booked placements, partitioned by <c>/regionCode</c>. Default <c>vacancies</c>.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string VacanciesContainerId { get => _vacanciesContainerId; init => _vacanciesContainerId = CheckId(value, nameof(VacanciesContainerId)); }

    /// <summary>Gets the container of company visits (bedrijfsbezoeken), partitioned by <c>/accountId</c>. Default <c>visits</c>.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string VisitsContainerId { get => _visitsContainerId; init => _visitsContainerId = CheckId(value, nameof(VisitsContainerId)); }

    /// <summary>Gets the container of imported placements (plaatsingen), partitioned by <c>/regionCode</c>. Default <c>placements</c>.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string PlacementsContainerId { get => _placementsContainerId; init => _placementsContainerId = CheckId(value, nameof(PlacementsContainerId)); }

    /// <summary>Gets the container of national arrangements (arrangementen), partitioned by <c>/accountId</c>. Default <c>arrangements</c>.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string ArrangementsContainerId { get => _arrangementsContainerId; init => _arrangementsContainerId = CheckId(value, nameof(ArrangementsContainerId)); }

    /// <summary>Gets the container of the national desk's organisation (one document), partitioned by <c>/id</c>. Default <c>desk</c>.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string DeskContainerId { get => _deskContainerId; init => _deskContainerId = CheckId(value, nameof(DeskContainerId)); }

    /// <summary>Gets the container of sector employer totals (the coverage ratio's input), partitioned by <c>/regionCode</c>. Default <c>employerTotals</c>.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string EmployerTotalsContainerId { get => _employerTotalsContainerId; init => _employerTotalsContainerId = CheckId(value, nameof(EmployerTotalsContainerId)); }

    /// <summary>Gets the container of regional projects (rule H6), partitioned by <c>/regionCode</c>. Default <c>projects</c>.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string ProjectsContainerId { get => _projectsContainerId; init => _projectsContainerId = CheckId(value, nameof(ProjectsContainerId)); }

    /// <summary>
    /// Gets the container of figure inputs (ambition tables, regional targets, the baseline), partitioned by <c>/kind</c>:
    /// a document per import, its id the version. Default <c>figureInputs</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string FigureInputsContainerId { get => _figureInputsContainerId; init => _figureInputsContainerId = CheckId(value, nameof(FigureInputsContainerId)); }

    /// <summary>
    /// Gets the container of keys, partitioned by <c>/id</c>: which partition an id lives in, the reservation of ids
    /// that must be unique across partitions and containers (vacancies, accounts, visits, arrangements, placements), and
    /// the markers of finished imports. Default <c>keys</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string KeysContainerId { get => _keysContainerId; init => _keysContainerId = CheckId(value, nameof(KeysContainerId)); }

    /// <summary>
    /// Gets the container of the records of requests sent with an idempotency key, partitioned by <c>/partner</c> (keys
    /// are per partner), each document removed by Cosmos DB's time to live once it expires. Default <c>idempotency</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string IdempotencyContainerId { get => _idempotencyContainerId; init => _idempotencyContainerId = CheckId(value, nameof(IdempotencyContainerId)); }

    /// <summary>
    /// Gets a value indicating whether imports use bulk mode: every write of a chunk is issued at once and the SDK groups
    /// them per partition. Requires a client created with <c>AllowBulkExecution = true</c>. Default
    /// <see langword="true"/>: on Azure it cuts an import's request overhead several times over; set
    /// <see langword="false"/> for the test stand-in, which refuses the batches bulk mode sends.
    /// </summary>
    public bool UseBulkImport { get; init; } = true;

    /// <summary>
    /// Gets how many point writes an import keeps in flight without bulk mode (also the parallelism of rollbacks),
    /// 1–1,024. Default 16: enough to hide a round trip of a few milliseconds, few enough not to be throttled on a
    /// 400 RU/s container.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside 1–1,024.</exception>
    public int ImportParallelism { get => _importParallelism; init => _importParallelism = CheckRange(value, 1, 1024, nameof(ImportParallelism)); }

    /// <summary>
    /// Gets how many placements an import reads ahead and writes as one chunk, 1–100,000. Default 1,000: large enough for
    /// bulk mode to fill its batches per partition, small enough to hold in memory (about 1 MB).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside 1–100,000.</exception>
    public int ImportChunkSize { get => _importChunkSize; init => _importChunkSize = CheckRange(value, 1, 100_000, nameof(ImportChunkSize)); }

    /// <summary>
    /// Gets the page size of the store's own queries (streams, rollbacks, duplicate checks), 1–10,000. Default 1,000:
    /// Cosmos DB caps a page at 4 MB, which 1,000 documents of a few KB stay well under, and fewer pages are fewer
    /// round trips.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside 1–10,000.</exception>
    public int QueryPageSize { get => _queryPageSize; init => _queryPageSize = CheckRange(value, 1, 10_000, nameof(QueryPageSize)); }

    /// <summary>
    /// Gets the throughput (RU/s) <c>InitializeAsync</c> provisions on the database when it creates it, at least 400
    /// (Cosmos DB's least), or null to create it without (serverless accounts, or throughput managed elsewhere). Default
    /// null: provisioning costs money, so it is the operator's decision.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 400 or above 1,000,000.</exception>
    public int? DatabaseThroughput
    {
        get => _databaseThroughput;
        init => _databaseThroughput = value is null ? null : CheckRange(value.Value, 400, 1_000_000, nameof(DatabaseThroughput));
    }

    /// <summary>
    /// Gets how long a reservation of an id (in the keys container) protects a write that has not landed yet, 1 second
    /// to 1 day. A reservation whose document does not hold the id may be taken over by another writer only after it,
    /// so a slow write is never overtaken; what is left by a process that died between the reservation and its write
    /// blocks the id for at most this long. Default 5 minutes: longer than any write with the client's retries (30 s of
    /// 429 retries by default, plus the request timeouts), short enough that a partner who retries later succeeds.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value lies outside 1 second to 1 day.</exception>
    public Duration ReservationLease
    {
        get => _reservationLease;
        init => _reservationLease = value >= Duration.FromSeconds(1) && value <= s_longestLease
            ? value
            : throw new ArgumentOutOfRangeException(nameof(ReservationLease), value, "The lease lies between 1 second and 1 day.");
    }

    /// <summary>Gets the clock that dates reservations and judges their lease. Default <see cref="SystemClock.Instance"/>; tests give a fake one.</summary>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IClock Clock { get => _clock; init => _clock = value ?? throw new ArgumentNullException(nameof(Clock)); }

    private static string CheckId(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"{name} is blank.", name) : value;

    private static int CheckRange(int value, int min, int max, string name) =>
        value >= min && value <= max ? value : throw new ArgumentOutOfRangeException(name, value, $"{name} lies in [{min}, {max}].");
}
