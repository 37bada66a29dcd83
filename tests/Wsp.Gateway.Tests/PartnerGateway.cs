using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using NodaTime;
using NodaTime.Testing;
using Wsp.Gateway.Hosting;
using Wsp.Hosting.Security;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Tests;

/// <summary>
/// A gateway in development mode over a temp SQLite file (or, through <see cref="GatewayStore"/>, a fresh database on
/// the Cosmos DB stand-in), with extra settings, real signed development tokens for each partner and records written
/// straight to its real store: region A is Haaglanden (AM21, Delft), region B is Groot Amsterdam (AM18).
/// </summary>
public class PartnerGateway : IDisposable
{
    public const string RegionA = "AM21";
    public const string RegionB = "AM18";
    public static readonly BookingPartner Delft = BookingPartner.Parse("GM0503");
    public static readonly BookingPartner Amsterdam = BookingPartner.Parse("GM0363");

    /// <summary>
    /// The moment every test gateway's clock stands at (a Monday morning in Amsterdam): the gateway's rules and the
    /// tests' seeds read this fake clock, never the wall clock, so no answer depends on the hour a test runs.
    /// </summary>
    public static readonly Instant Now = Instant.FromUtc(2026, 6, 15, 8, 0);

    private readonly GatewayStore _store;
    private readonly WebApplicationFactory<Program> _factory;

    public PartnerGateway()
        : this(GatewayStore.Sqlite())
    {
    }

    protected PartnerGateway(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? services = null)
        : this(GatewayStore.Sqlite(), settings, services)
    {
    }

    /// <summary>A gateway over <paramref name="store"/>, which it disposes.</summary>
    protected PartnerGateway(GatewayStore store, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? services = null)
    {
        _store = store;
        settings ??= new Dictionary<string, string?>();
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            store.Configure(host);

            foreach (var (key, value) in settings)
            {
                host.UseSetting(key, value);
            }

            // Deadlines are counted on the fake time: one passes only when a test passes it (PassDeadline), never because
            // a loaded two-core runner was slow.
            host.ConfigureTestServices(s => s
                .AddSingleton<IClock>(Clock)
                .AddSingleton(new GatewayTime(Time)));
            if (services is not null)
            {
                host.ConfigureTestServices(services);
            }
        });
        try
        {
            Client = _factory.CreateClient();
        }
        catch
        {
            _factory.Dispose();
            store.Dispose();
            throw;
        }

        Tokens = new DevelopmentTokens(new WspAuthOptions { Mode = WspAuthMode.Development });
    }

    public HttpClient Client { get; }

    /// <summary>Gets the gateway's clock, standing at <see cref="Now"/> until a test moves it.</summary>
    public FakeClock Clock { get; } = new(Now);

    /// <summary>Gets the time the gateway's own timers (execution deadlines) count on: it moves only when a test passes a deadline.</summary>
    public FakeTimeProvider Time { get; } = new();

    /// <summary>Gets today's date by the gateway's clock (the Dutch calendar date, as every rule takes it).</summary>
    public LocalDate Today => DutchCalendar.Today(Clock);

    public DevelopmentTokens Tokens { get; }

    public IWspStore Store => _factory.Services.GetRequiredService<IWspStore>();

    public IServiceProvider Services => _factory.Services;

    /// <summary>Moves <see cref="Time"/> past the execution timeout: every operation running now is past its deadline.</summary>
    public void PassDeadline() => Time.Advance(Services.GetRequiredService<GatewayLimits>().ExecutionTimeout);

    public WebApplicationFactory<Program> Factory => _factory;

    public static PartnerIdentity? Partner(string name) => name switch
    {
        "anonymous" => null,
        "municipality A" => PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0503")!),
        "municipality B" => PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0363")!),
        "UWV" => PartnerIdentity.Uwv,
        "national desk" => PartnerIdentity.NationalDesk,
        "ministry" => PartnerIdentity.Ministry,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such partner in the tests."),
    };

    /// <summary>
    /// A development token for the partner. ASP.NET Core validates a token's lifetime against the machine's time, not the
    /// gateway's clock: the token is issued a day before <see cref="Now"/> and lasts ten years, so it is valid whenever the
    /// tests run and no test reads the wall clock to make one.
    /// </summary>
    public string TokenFor(PartnerIdentity partner) => Tokens.Issue(partner, Now.Minus(Duration.FromDays(1)).ToDateTimeOffset(), TimeSpan.FromDays(3650));

    public async Task<GraphQLAnswer> PostAsync(string query, object? variables = null, PartnerIdentity? partner = null, string? token = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = JsonContent.Create(new { query, variables }) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/graphql-response+json"));
        token ??= partner is null ? null : TokenFor(partner);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        using var response = await Client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return new GraphQLAnswer((int)response.StatusCode, response, body.Length > 0 && body.TrimStart().StartsWith('{') ? JsonDocument.Parse(body).RootElement.Clone() : default);
    }

    public async Task<EmployerAccount> SeedAccountAsync(string id, BookingPartner owner, string municipality = "GM0503", string postcode = "2611 AB", Instant? registeredAt = null, string? name = null, KvkNumber? kvk = null)
    {
        var at = registeredAt ?? Clock.GetCurrentInstant();
        var account = EmployerAccount.FromState(new EmployerAccountState
        {
            Id = id,
            Name = name ?? "Employer " + id,
            Kvk = kvk ?? KvkNumber.Parse("1" + Math.Abs(id.GetHashCode(StringComparison.Ordinal) % 10_000_000).ToString("D7", System.Globalization.CultureInfo.InvariantCulture)),
            Kind = EmployerKind.Market,
            Owner = owner,
            Establishments = [new Establishment(Postcode.Parse(postcode), Gazetteer.Default.FindMunicipality(municipality)!)],
            AuditTrail = [new AuditEntry(at, owner, ContactKind.Registered, "Registered after a reported vacancy")],
        });
        return (await Store.Accounts.InsertAsync(account)).Value;
    }

    public async Task<Vacancy> SeedVacancyAsync(string id, EmployerAccount account, BookingPartner owner, string? referredCandidate = null, BookingPartner? referredBy = null, bool book = false, int positions = 1)
    {
        var clock = Clock;
        var vacancy = Vacancy.Register(
            new VacancyRegistration(id, account, account.Establishments[0], owner, "Magazijnmedewerker " + id, "TRANSPORT_LOGISTICS_WHOLESALE", clock.GetCurrentInstant() - Duration.FromHours(1), Today.PlusDays(30), Publication.Open("werk@example.nl"), isRecruitmentOrder: true, positions),
            clock);
        if (referredCandidate is not null)
        {
            var by = referredBy ?? owner;
            var groups = by == BookingPartner.Uwv ? TargetGroupSet.Of(TargetGroup.WW) : TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Banenafspraak);
            vacancy = vacancy.Refer(CandidateReference.Create(referredCandidate), by, groups, meetsRequirements: true, clock);
            if (book)
            {
                // Started today: never before the vacancy's receipt or the candidate's referral (rule H16).
                vacancy = vacancy.BookPlacement(new PlacementBooking("P-" + id, CandidateReference.Create(referredCandidate), by, Today, 25.5m), clock);
            }
        }

        return (await Store.Vacancies.InsertAsync(vacancy)).Value;
    }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
        _store.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>An HTTP answer of the gateway with its JSON body.</summary>
public sealed record GraphQLAnswer(int Status, HttpResponseMessage Response, JsonElement Body)
{
    public IReadOnlyList<string> ErrorCodes =>
        Body.ValueKind == JsonValueKind.Object && Body.TryGetProperty("errors", out var errors)
            ? [.. errors.EnumerateArray().Select(e => e.TryGetProperty("extensions", out var x) && x.TryGetProperty("code", out var c) ? c.GetString() ?? "" : "")]
            : [];

    public JsonElement Data => Body.GetProperty("data");

    public override string ToString() => $"{Status} {Body}";
}
