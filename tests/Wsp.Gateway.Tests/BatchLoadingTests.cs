using Microsoft.Extensions.DependencyInjection;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Tests;

/// <summary>The gateway over the real SQLite store wrapped in <see cref="CountingStore"/>, with ten vacancies of ten employers.</summary>
public sealed class CountedGateway() : PartnerGateway(new Dictionary<string, string?>(), services =>
{
    var real = services.Last(d => d.ServiceType == typeof(IWspStore));
    services.Remove(real);
    services.AddSingleton(provider => new CountingStore((IWspStore)real.ImplementationFactory!(provider)));
    services.AddSingleton<IWspStore>(provider => provider.GetRequiredService<CountingStore>());
}), IAsyncLifetime
{
    public const int Vacancies = 10;

    public CountingStore Counter => Services.GetRequiredService<CountingStore>();

    public async Task InitializeAsync()
    {
        for (var i = 0; i < Vacancies; i++)
        {
            var account = await SeedAccountAsync($"EA-{i:D2}", Delft, postcode: $"26{i:D2} AB", name: $"Werkgever {i:D2}");
            await SeedVacancyAsync($"V-{i:D2}", account, Delft, referredCandidate: $"cand-{i:D2}", book: true);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// Nested lists go through the batch loader: a page of N vacancies with their employers reads the store twice (the
/// page, then one batch of employers), not N + 1 times. Counted on the real store, not on a fake.
/// </summary>
public sealed class BatchLoadingTests(CountedGateway gateway) : IClassFixture<CountedGateway>
{
    [Fact]
    public async Task A_page_of_vacancies_with_their_employers_takes_two_store_calls_not_N_plus_one()
    {
        gateway.Counter.Reset();

        var answer = await gateway.PostAsync("{ vacancies(first: 10) { edges { node { id title employer { name kvk } } } } }", partner: PartnerIdentity.Uwv);

        Assert.Empty(answer.ErrorCodes);
        Assert.All(answer.Data.GetProperty("vacancies").GetProperty("edges").EnumerateArray(), e => Assert.StartsWith("Werkgever", e.GetProperty("node").GetProperty("employer").GetProperty("name").GetString(), StringComparison.Ordinal));
        Assert.Equal(CountedGateway.Vacancies, answer.Data.GetProperty("vacancies").GetProperty("edges").GetArrayLength());
        Assert.Equal(new Dictionary<string, int> { ["Vacancies.QueryAsync"] = 1, ["Accounts.FindManyAsync"] = 1 }, gateway.Counter.Calls);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(20)]
    public async Task Performance_the_load_scripts_authorised_query_reads_the_store_twice_whatever_the_page_size(int first)
    {
        gateway.Counter.Reset();

        // scripts/load/run.sh: a page of vacancies with each one's region (reference data) and employer's name, as UWV.
        var answer = await gateway.PostAsync($"{{ vacancies(first: {first}) {{ edges {{ node {{ id title region {{ code name }} employer {{ name }} }} }} }} }}", partner: PartnerIdentity.Uwv);

        Assert.Empty(answer.ErrorCodes);
        var edges = answer.Data.GetProperty("vacancies").GetProperty("edges");
        Assert.Equal(Math.Min(first, CountedGateway.Vacancies), edges.GetArrayLength());
        Assert.All(edges.EnumerateArray(), e => Assert.Equal("Haaglanden", e.GetProperty("node").GetProperty("region").GetProperty("name").GetString()));
        Assert.All(edges.EnumerateArray(), e => Assert.StartsWith("Werkgever", e.GetProperty("node").GetProperty("employer").GetProperty("name").GetString(), StringComparison.Ordinal));
        Assert.Equal(new Dictionary<string, int> { ["Vacancies.QueryAsync"] = 1, ["Accounts.FindManyAsync"] = 1 }, gateway.Counter.Calls);
    }

    [Fact]
    public async Task Vacancy_details_and_employer_details_of_a_page_are_one_batch_each()
    {
        gateway.Counter.Reset();

        var answer = await gateway.PostAsync("{ vacancies(first: 10) { edges { node { positions referrals { candidate } placements { id } employer { kind establishments { postcode } } } } } }", partner: PartnerIdentity.Uwv);

        Assert.Empty(answer.ErrorCodes);
        Assert.Equal(new Dictionary<string, int> { ["Vacancies.QueryAsync"] = 1, ["Vacancies.FindManyAsync"] = 1, ["Accounts.FindManyAsync"] = 1 }, gateway.Counter.Calls);
    }

    [Fact]
    public async Task Placements_with_their_vacancies_and_employers_take_one_call_per_level()
    {
        gateway.Counter.Reset();

        var answer = await gateway.PostAsync("{ placements(first: 10) { edges { node { id vacancy { title employer { name } } } } } }", partner: PartnerIdentity.Uwv);

        Assert.Empty(answer.ErrorCodes);
        Assert.Equal(CountedGateway.Vacancies, answer.Data.GetProperty("placements").GetProperty("edges").GetArrayLength());
        Assert.Equal(new Dictionary<string, int> { ["Placements.QueryAsync"] = 1, ["Vacancies.FindManyAsync"] = 1, ["Accounts.FindManyAsync"] = 1 }, gateway.Counter.Calls);
    }
}
