using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ardalis.Specification;
using Microsoft.Extensions.DependencyInjection;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Tests;

/// <summary>A gateway with tight limits, set through configuration (<c>Wsp:Gateway</c>).</summary>
public sealed class TightLimitsGateway() : PartnerGateway(new Dictionary<string, string?>
{
    ["Wsp:Gateway:MaxDepth"] = "4",
    ["Wsp:Gateway:MaxComplexity"] = "150",
    ["Wsp:Gateway:MaxRequestBodyBytes"] = "2048",
    ["Wsp:Gateway:MaxPageSize"] = "30",
    ["Wsp:Gateway:DefaultPageSize"] = "5",
});

/// <summary>
/// A gateway whose vacancy queries wait until their caller gives up: the real SQLite store behind a decorator, so a query
/// is running when the test passes its deadline.
/// </summary>
public sealed class SlowQueriesGateway() : PartnerGateway(new Dictionary<string, string?>(), services =>
{
    var real = services.Last(d => d.ServiceType == typeof(IWspStore));
    services.Remove(real);
    services.AddSingleton<IWspStore>(provider => new SlowVacancyQueries((IWspStore)real.ImplementationFactory!(provider)));
})
{
    public SlowVacancyQueries Slow => (SlowVacancyQueries)Store;
}

/// <summary>The real store, with vacancy queries that wait until they are cancelled.</summary>
public sealed class SlowVacancyQueries(IWspStore inner) : IWspStore
{
    private readonly SlowVacancies _vacancies = new(inner.Vacancies);

    public IEmployerAccountStore Accounts => inner.Accounts;

    public IVacancyStore Vacancies => _vacancies;

    /// <summary>Gets a task that completes when a vacancy query first waits.</summary>
    public Task Waiting => _vacancies.Waiting.Task;

    public IVisitStore Visits => inner.Visits;

    public IPlacementStore Placements => inner.Placements;

    public IArrangementStore Arrangements => inner.Arrangements;

    public INationalDeskStore Desk => inner.Desk;

    public ISectorEmployerTotalsStore EmployerTotals => inner.EmployerTotals;

    public IRegionalProjectStore Projects => inner.Projects;

    public IFigureInputStore FigureInputs => inner.FigureInputs;
    public IIdempotencyStore Idempotency => inner.Idempotency;

    public Task InitializeAsync(CancellationToken cancellationToken = default) => inner.InitializeAsync(cancellationToken);

    private sealed class SlowVacancies(IVacancyStore vacancies) : IVacancyStore
    {
        public TaskCompletionSource Waiting { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task<Versioned<Vacancy>?> FindAsync(string id, CancellationToken cancellationToken = default) => vacancies.FindAsync(id, cancellationToken);

        public Task<Versioned<Vacancy>> InsertAsync(Vacancy vacancy, CancellationToken cancellationToken = default) => vacancies.InsertAsync(vacancy, cancellationToken);

        public Task<Versioned<Vacancy>> ReplaceAsync(Vacancy vacancy, string etag, CancellationToken cancellationToken = default) => vacancies.ReplaceAsync(vacancy, etag, cancellationToken);

        public async Task<Page<VacancySummary>> QueryAsync(ISpecification<VacancySummary> specification, string? continuationToken = null, CancellationToken cancellationToken = default)
        {
            Waiting.TrySetResult();
            await Task.Delay(Timeout.InfiniteTimeSpan, cancellationToken);
            return await vacancies.QueryAsync(specification, continuationToken, cancellationToken);
        }

        public Task<IReadOnlyList<Versioned<Vacancy>>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) => vacancies.FindManyAsync(ids, cancellationToken);
    }
}

/// <summary>DESIGN.md, Security model: depth, complexity, page size, request size and execution time are bounded, configurably, and never a 500.</summary>
public sealed class LimitsTests(TightLimitsGateway tight, PartnerGateway defaults) : IClassFixture<TightLimitsGateway>, IClassFixture<PartnerGateway>
{
    [Fact]
    public void A_page_size_default_above_its_maximum_stops_the_gateway_at_start_with_the_reason()
    {
        using var gateway = new TestGateway(host => host
            .UseSetting("Wsp:Gateway:DefaultPageSize", "500")
            .UseSetting("Wsp:Gateway:MaxPageSize", "100"));

        var error = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => gateway.CreateClient());
        Assert.Contains("1 ≤ DefaultPageSize ≤ MaxPageSize", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Security_a_document_deeper_than_MaxDepth_is_refused_before_it_runs()
    {
        var deep = await tight.PostAsync("{ regions { municipalities { region { municipalities { region { code } } } } } }");
        var shallow = await tight.PostAsync("""{ region(code: "AM21") { municipalities { code } } }""");

        Assert.Equal(400, deep.Status);
        Assert.Contains("depth", deep.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(200, shallow.Status);
    }

    [Fact]
    public async Task Security_a_document_above_MaxComplexity_is_refused_and_the_default_lets_the_full_region_list_through()
    {
        const string Big = "{ regions { code name municipalities { code name province } } }";
        var refused = await tight.PostAsync(Big);
        var allowed = await defaults.PostAsync(Big);

        Assert.Equal(400, refused.Status);
        Assert.Contains("complexity", refused.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(200, allowed.Status);
        Assert.Empty(allowed.ErrorCodes);
    }

    [Fact]
    public async Task Security_the_default_complexity_lets_a_full_page_of_vacancies_with_their_details_through()
    {
        var answer = await defaults.PostAsync(
            "{ vacancies(first: 100) { pageInfo { hasNextPage endCursor } edges { cursor node { id title status workplaces referrals { candidate referredBy targetGroups proposedAt } placements { id candidate start end hoursPerWeek } employer { name kvk establishments { postcode municipality { code name } } } } } } }",
            partner: PartnerIdentity.Uwv);

        Assert.Equal(200, answer.Status);
        Assert.Empty(answer.ErrorCodes);
    }

    [Theory]
    [InlineData(101)]
    [InlineData(0)]
    [InlineData(-1)]
    public async Task Security_first_outside_1_to_100_is_BAD_USER_INPUT_not_a_silent_clamp(int first)
    {
        var answer = await defaults.PostAsync("query($n: Int) { vacancies(first: $n) { edges { cursor } } }", new { n = first }, PartnerIdentity.Uwv);

        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
        Assert.NotEqual(500, answer.Status);
    }

    [Fact]
    public async Task Security_the_page_size_limits_are_configurable()
    {
        var over = await tight.PostAsync("{ employers(first: 31) { edges { cursor } } }", partner: PartnerIdentity.Uwv);
        var at = await tight.PostAsync("{ employers(first: 30) { edges { cursor } } }", partner: PartnerIdentity.Uwv);

        Assert.Equal(["BAD_USER_INPUT"], over.ErrorCodes);
        Assert.Empty(at.ErrorCodes);
    }

    [Fact]
    public async Task Security_a_body_over_MaxRequestBodyBytes_is_a_413_problem()
    {
        var padding = new string(' ', 4096);
        using var content = new StringContent($$"""{"query":"{ regions { code } }{{padding}}"}""", Encoding.UTF8, "application/json");

        using var response = await tight.Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Security_a_chunked_body_over_MaxRequestBodyBytes_is_a_413_problem_too()
    {
        var body = Encoding.UTF8.GetBytes($$"""{"query":"{ regions { code } }{{new string(' ', 4096)}}"}""");
        using var content = new UnsizedContent(body);

        using var response = await tight.Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private sealed class UnsizedContent : HttpContent
    {
        private readonly byte[] _body;

        public UnsizedContent(byte[] body)
        {
            _body = body;
            Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) => stream.WriteAsync(_body).AsTask();

        protected override bool TryComputeLength(out long length)
        {
            length = -1;
            return false;
        }
    }
}

/// <summary>An operation that runs out of time ends with a TIMEOUT error, never a 500.</summary>
public sealed class ExecutionTimeoutTests(SlowQueriesGateway gateway) : IClassFixture<SlowQueriesGateway>
{
    [Fact]
    public async Task Security_an_operation_past_ExecutionTimeout_is_a_TIMEOUT_error_not_a_500()
    {
        var posted = gateway.PostAsync("{ vacancies { edges { node { id } } } }", partner: PartnerIdentity.Uwv);
        await gateway.Slow.Waiting;
        gateway.PassDeadline();
        var answer = await posted;

        Assert.NotEqual(500, answer.Status);
        Assert.Equal(["TIMEOUT"], answer.ErrorCodes);
    }
}
