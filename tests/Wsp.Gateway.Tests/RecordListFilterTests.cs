using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Tests;

/// <summary>
/// The list arguments of <c>employers</c> and <c>vacancies</c> (owner, status, employer, region) reach the store as the
/// SDK's named specifications; a bad owner is <c>BAD_USER_INPUT</c>, never an empty list.
/// </summary>
public sealed class RecordListFilterTests : IClassFixture<PartnerGateway>, IAsyncLifetime
{
    private readonly PartnerGateway _gateway;

    public RecordListFilterTests(PartnerGateway gateway) => _gateway = gateway;

    public async Task InitializeAsync()
    {
        if (await _gateway.Store.Accounts.FindAsync("EA-LF-1") is not null)
        {
            return;
        }

        var delft = await _gateway.SeedAccountAsync("EA-LF-1", PartnerGateway.Delft, name: "Delftse Bakkerij");
        var uwv = await _gateway.SeedAccountAsync("EA-LF-2", BookingPartner.Uwv, name: "Amsterdamse Haven", municipality: "GM0363", postcode: "1012 AB");
        await _gateway.SeedVacancyAsync("V-LF-1", delft, PartnerGateway.Delft);
        await _gateway.SeedVacancyAsync("V-LF-2", delft, BookingPartner.Uwv);
        await _gateway.SeedVacancyAsync("V-LF-3", uwv, BookingPartner.Uwv);
        await _gateway.Store.Vacancies.UpdateAsync("V-LF-2", v => v.Close());
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("owner: \"GM0503\"", "V-LF-1")]
    [InlineData("owner: \"uwv\"", "V-LF-2 V-LF-3")]
    [InlineData("status: CLOSED", "V-LF-2")]
    [InlineData("status: OPEN, region: \"AM21\"", "V-LF-1")]
    [InlineData("employerId: \"EA-LF-2\"", "V-LF-3")]
    [InlineData("owner: \"UWV\", employerId: \"EA-LF-1\"", "V-LF-2")]
    public async Task The_vacancy_list_filters_on_its_arguments(string arguments, string expected)
    {
        var answer = await _gateway.PostAsync($"{{ vacancies(first: 100, {arguments}) {{ edges {{ node {{ id }} }} }} }}", partner: PartnerIdentity.Uwv);

        Assert.Empty(answer.ErrorCodes);
        var ids = answer.Data.GetProperty("vacancies").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!);
        Assert.Equal(expected.Split(' '), ids.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_employer_list_filters_on_its_owner_and_a_municipality_sees_its_own_region_only()
    {
        var uwvOwned = await _gateway.PostAsync("{ employers(first: 100, owner: \"UWV\") { edges { node { id } } } }", partner: PartnerIdentity.Uwv);
        var delftSees = await _gateway.PostAsync("{ employers(first: 100) { edges { node { id } } } }", partner: PartnerGateway.Partner("municipality A"));

        Assert.Equal(["EA-LF-2"], uwvOwned.Data.GetProperty("employers").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
        Assert.Equal(["EA-LF-1"], delftSees.Data.GetProperty("employers").GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("vacancies")]
    [InlineData("employers")]
    public async Task An_owner_that_is_no_partner_is_BAD_USER_INPUT(string list)
    {
        var answer = await _gateway.PostAsync($"{{ {list}(owner: \"GM9999X\") {{ edges {{ cursor }} }} }}", partner: PartnerIdentity.Uwv);

        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
        Assert.Contains("'owner' is 'GM9999X'", answer.Body.GetProperty("errors")[0].GetProperty("message").GetString(), StringComparison.Ordinal);
    }
}
