using Microsoft.Extensions.DependencyInjection;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Tests;

/// <summary>The gateway over the real SQLite store wrapped in <see cref="CountingStore"/>, with a desk and three concept arrangements.</summary>
public sealed class CountedDeskGateway() : PartnerGateway(new Dictionary<string, string?>(), services =>
{
    var real = services.Last(d => d.ServiceType == typeof(IWspStore));
    services.Remove(real);
    services.AddSingleton(provider => new CountingStore((IWspStore)real.ImplementationFactory!(provider)));
    services.AddSingleton<IWspStore>(provider => provider.GetRequiredService<CountingStore>());
}), IAsyncLifetime
{
    public const int Arrangements = 3;

    public CountingStore Counter => Services.GetRequiredService<CountingStore>();

    public async Task InitializeAsync()
    {
        var clock = Clock;
        var desk = (await Store.Desk.InsertAsync(NationalDesk.Empty
            .WithContact(RegionCode.Parse(RegionA), "GM0503")
            .WithAdvisor(new Advisor("ADV-1", "Advisor Logistics", ["TRANSPORT_LOGISTICS_WHOLESALE"], [RegionCode.Parse(RegionA)]))
            .WithAdvisor(new Advisor("ADV-2", "Advisor Retail", ["RETAIL"], [RegionCode.Parse(RegionB)])))).Value;

        // Establishments in four regions: a national employer (rule L1).
        var account = (await Store.Accounts.InsertAsync(EmployerAccount.FromState(new EmployerAccountState
        {
            Id = "EA-DESK",
            Name = "Logistiek Nederland",
            Kvk = KvkNumber.Parse("23456789"),
            Kind = EmployerKind.Market,
            Owner = BookingPartner.Uwv,
            Establishments = [.. new[] { "GM0503", "GM0363", "GM0344", "GM0599" }.Select((code, i) => new Establishment(Postcode.Parse($"{2611 + i} AB"), Gazetteer.Default.FindMunicipality(code)!))],
            AuditTrail = [new AuditEntry(clock.GetCurrentInstant(), BookingPartner.Uwv, ContactKind.Registered, "Registered after a visit")],
        }))).Value;
        for (var i = 1; i <= Arrangements; i++)
        {
            await Store.Arrangements.InsertAsync(Arrangement.Draft($"NA-DESK-{i}", account, ArrangementKind.Municipal, i % 2 == 0 ? "ADV-2" : "ADV-1", desk, "Banen in de logistiek", 100, clock).SendAsConcept());
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>
/// The national desk (rule L4) is one document that many fields ask for: every arrangement's advisor, every desk step
/// of a mutation request. A request reads it from the store once, and sees its own writes. Counted on the real store.
/// </summary>
public sealed class DeskLoadingTests(CountedDeskGateway gateway) : IClassFixture<CountedDeskGateway>
{
    [Fact]
    public async Task L4_a_page_of_arrangements_with_their_advisors_reads_the_desk_once_not_once_per_arrangement()
    {
        gateway.Counter.Reset();

        var answer = await gateway.PostAsync("{ arrangements(first: 10) { edges { node { id advisor { id name } } } } nationalDesk { advisors { id } } }", partner: PartnerIdentity.NationalDesk);

        Assert.Empty(answer.ErrorCodes);
        var advisors = answer.Data.GetProperty("arrangements").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("advisor").GetProperty("id").GetString()).ToArray();
        Assert.Equal(CountedDeskGateway.Arrangements, advisors.Length);
        Assert.Contains("ADV-2", advisors);
        Assert.Equal(1, gateway.Counter.Calls["Desk.FindAsync"]);
    }

    [Fact]
    public async Task L4_a_mutation_request_reads_the_desk_once_and_its_later_steps_see_the_advisor_it_added()
    {
        gateway.Counter.Reset();

        var answer = await gateway.PostAsync(
            """
            mutation($a: AddAdvisorInput!, $b: AssignAdvisorInput!, $c: AssignAdvisorInput!) {
              addAdvisor(input: $a) { nationalDesk { advisors { id } } }
              first: assignAdvisor(input: $b) { arrangement { advisorId advisor { name } } }
              second: assignAdvisor(input: $c) { arrangement { advisorId } }
            }
            """,
            new
            {
                a = new { id = "ADV-9", name = "Advisor Care", sectors = new[] { "CARE_WELFARE_CLEANING" }, adoptionRegions = new[] { PartnerGateway.RegionB } },
                b = new { arrangementId = "NA-DESK-3", advisorId = "ADV-9" },
                c = new { arrangementId = "NA-DESK-3", advisorId = "ADV-1" },
            },
            PartnerIdentity.NationalDesk);

        Assert.Empty(answer.ErrorCodes);
        Assert.Equal("Advisor Care", answer.Data.GetProperty("first").GetProperty("arrangement").GetProperty("advisor").GetProperty("name").GetString());
        Assert.Equal("ADV-1", answer.Data.GetProperty("second").GetProperty("arrangement").GetProperty("advisorId").GetString());

        // One read by addAdvisor's optimistic update; the two steps after it use the desk it wrote.
        Assert.Equal(1, gateway.Counter.Calls["Desk.FindAsync"]);
        Assert.Equal(1, gateway.Counter.Calls["Desk.ReplaceAsync"]);
    }
}
