using BenchmarkDotNet.Attributes;
using Microsoft.Azure.Cosmos;
using Microsoft.Data.Sqlite;
using NodaTime;
using NodaTime.Testing;
using Wsp.Sdk.Cosmos;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Storage;
using Wsp.Testing.Cosmos;

namespace Wsp.Sdk.Benchmarks;

/// <summary>
/// Employer search (issue 17, item 1) through <see cref="WspClient.SearchEmployersAsync"/> as UWV (every region) over
/// 100,000 employer accounts on the embedded SQLite store (a real file), and over 10,000 on the Cosmos DB store against
/// the test stand-in. Target: fast on 100,000 accounts, answered from an index (the name's search keys, the KvK number,
/// the postcodes), not by reading the accounts.
/// </summary>
/// <remarks>
/// The accounts are generated deterministically (<c>new Random(17_100_000)</c>): a trade and two name words out of
/// small lists, a legal form, an establishment in a municipality drawn from the gazetteer, a KvK number for most.
/// "korenbloem" is one of the name words, so a name search finds about one account in 60 and pages through them; the
/// KvK and postcode searches find a handful. The Cosmos stand-in has no index of its own (it reads every document of
/// the container for a query, in one Node.js thread) and takes minutes to take 100,000 accounts with their id
/// reservations per benchmark process, so it gets the first 10,000 of the same accounts: its figure says what the store
/// and the SDK add over the stand-in's scan, not what Azure's index gives.
/// </remarks>
[MemoryDiagnoser]
public class EmployerSearchBenchmarks : IDisposable
{
    private const int Accounts = 100_000;
    private const int CosmosAccounts = 10_000;

    // The account whose KvK number and postcode are searched: in both stores' accounts.
    private const int ProbeAccount = 5_000;

    private static readonly string[] s_trades = ["Bakkerij", "Bouwbedrijf", "Zorggroep", "Transport", "Hoveniersbedrijf", "Installatietechniek", "Schoonmaakbedrijf", "Drukkerij", "Kinderopvang", "Garage"];
    private static readonly string[] s_words =
    [
        "korenbloem", "zonnebloem", "de linde", "het anker", "noorderlicht", "de eik", "molenzicht", "de vaart", "westland", "oosterhout",
        "de brug", "het plein", "de haven", "kade", "rivierzicht", "de horst", "de beemd", "het veld", "dijkzicht", "de wiek",
        "van dam", "de vries", "jansen", "bakker", "visser", "smit", "meijer", "de boer", "mulder", "de groot",
        "bos", "vos", "peters", "hendriks", "van leeuwen", "dekker", "brouwer", "de wit", "dijkstra", "smits",
        "de graaf", "van der meer", "van der linden", "kok", "jacobs", "de haan", "vermeulen", "van den berg", "van dijk", "schouten",
        "groen", "blauw", "rood", "goud", "zilver", "koper", "ijzer", "steen", "hout", "glas",
    ];

    private static readonly string[] s_forms = ["B.V.", "BV", "V.O.F.", "N.V.", "", "Holding B.V."];

    private CosmosStandIn? _standIn;
    private CosmosClient? _cosmosClient;
    private string _directory = "";
    private SqliteWspStore? _sqlite;
    private WspClient _sqliteClient = null!;
    private WspClient _cosmos = null!;
    private string _kvk = "";
    private string _postcode = "";

    /// <summary>Gets or sets the store searched.</summary>
    [Params("sqlite", "cosmos")]
    public string Store { get; set; } = "sqlite";

    [GlobalSetup]
    public async Task Setup()
    {
        var accounts = Generate(out _kvk, out _postcode);
        if (Store == "sqlite")
        {
            _directory = Path.Combine(Path.GetTempPath(), "wsp-search-benchmarks", Guid.NewGuid().ToString("N"));
            _sqlite = new SqliteWspStore(new SqliteStoreOptions { Path = Path.Combine(_directory, "wsp.db") });
            await _sqlite.InitializeAsync();
            foreach (var account in accounts)
            {
                await _sqlite.Accounts.InsertAsync(account);
            }

            _sqliteClient = new WspClient(_sqlite, PartnerIdentity.Uwv);
        }
        else
        {
            _standIn = await CosmosStandIn.StartAsync();
            _cosmosClient = _standIn.CreateClient();
            var store = new CosmosWspStore(_cosmosClient, new CosmosStoreOptions { DatabaseId = "search", UseBulkImport = false });
            await store.InitializeAsync();
            await Parallel.ForEachAsync(accounts.Take(CosmosAccounts), new ParallelOptions { MaxDegreeOfParallelism = 32 }, async (account, cancellationToken) => await store.Accounts.InsertAsync(account, cancellationToken));
            _cosmos = new WspClient(store, PartnerIdentity.Uwv);
        }

        // Each search must find what it stands for, so no figure measures a miss.
        Expect((await ByName()).Items.Count == 20, "\"korenbloem\" fills a page");
        Expect((await ByKvk()).Items.Count >= 1, $"KvK {_kvk} is found");
        Expect((await ByPostcode()).Items.Count >= 1, $"postcode {_postcode} is found");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        _sqlite?.Dispose();
        SqliteConnection.ClearAllPools();
        if (_directory.Length > 0)
        {
            Directory.Delete(_directory, recursive: true);
        }

        _cosmosClient?.Dispose();
        if (_standIn is not null)
        {
            await _standIn.DisposeAsync();
        }
    }

    public void Dispose()
    {
        Dispose(true);
        GC.SuppressFinalize(this);
    }

    [Benchmark(Description = "name \"korenbloem\", first page of 20")]
    public Task<RecordPage<EmployerAccountSummary>> ByName() => Client.SearchEmployersAsync(new EmployerSearch("korenbloem"));

    [Benchmark(Description = "name \"korenbloem\", fifth page of 20")]
    public Task<RecordPage<EmployerAccountSummary>> ByNameFifthPage() => Client.SearchEmployersAsync(new EmployerSearch("korenbloem") { Skip = 80 });

    [Benchmark(Description = "KvK number")]
    public Task<RecordPage<EmployerAccountSummary>> ByKvk() => Client.SearchEmployersAsync(new EmployerSearch(_kvk));

    [Benchmark(Description = "postcode")]
    public Task<RecordPage<EmployerAccountSummary>> ByPostcode() => Client.SearchEmployersAsync(new EmployerSearch(_postcode));

    protected virtual void Dispose(bool disposing)
    {
        if (disposing)
        {
            _sqlite?.Dispose();
            _cosmosClient?.Dispose();
        }
    }

    private WspClient Client => Store == "sqlite" ? _sqliteClient : _cosmos;

    private static List<EmployerAccount> Generate(out string kvk, out string postcode)
    {
        var random = new Random(17_100_000);
        var clock = new FakeClock(Instant.FromUtc(2026, 3, 2, 9, 0));
        var municipalities = Gazetteer.Default.Municipalities;
        var uwv = BookingPartner.Parse("UWV");
        var accounts = new List<EmployerAccount>(Accounts);
        kvk = "";
        postcode = "";
        for (var i = 0; i < Accounts; i++)
        {
            var name = $"{s_trades[random.Next(s_trades.Length)]} {s_words[random.Next(s_words.Length)]} {s_words[random.Next(s_words.Length)]} {s_forms[random.Next(s_forms.Length)]}".TrimEnd();
            var letters = $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}";
            var code = $"{1000 + random.Next(9000)} {(letters is "SA" or "SD" or "SS" ? "AB" : letters)}"; // letters PostNL never gives
            var establishment = new Establishment(Postcode.Parse(code), municipalities[random.Next(municipalities.Count)]);
            var number = random.Next(10) < 8 || i == ProbeAccount ? KvkNumber.Parse((10_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture)) : (KvkNumber?)null;
            var registration = new EmployerRegistration($"EA-{i:D6}", name, establishment, uwv, random.Next(10) < 7 ? EmployerKind.Market : EmployerKind.Government, RegistrationReason.VacancyReported, number);
            accounts.Add(EmployerAccount.Register(registration, [], clock).Account!);
            if (i == ProbeAccount)
            {
                kvk = number!.Value.ToString();
                postcode = code;
            }
        }

        return accounts;
    }

    private static void Expect(bool condition, string what)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"Benchmark set-up: expected {what}.");
        }
    }
}
