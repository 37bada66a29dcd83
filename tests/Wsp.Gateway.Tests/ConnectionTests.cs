using System.Text.Json;
using System.Text.RegularExpressions;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Tests;

/// <summary>The gateway with 25 vacancies in region A.</summary>
public sealed class PagedGateway : PartnerGateway, IAsyncLifetime
{
    public const int Count = 25;

    public async Task InitializeAsync()
    {
        var account = await SeedAccountAsync("EA-P", Delft);
        for (var i = 0; i < Count; i++)
        {
            await SeedVacancyAsync($"V-P{i:D2}", account, Delft);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;
}

/// <summary>DESIGN.md, Conventions: Relay cursor connections, default page 20, <c>first</c>/<c>after</c>, ISO dates and UTC instants.</summary>
public sealed partial class ConnectionTests(PagedGateway gateway) : IClassFixture<PagedGateway>
{
    private const string Page = "query($after: String) { vacancies(after: $after) { pageInfo { hasNextPage endCursor } edges { cursor node { id registeredAt expiresOn } } } }";

    [Fact]
    public async Task A_connection_pages_by_first_and_after_with_a_default_of_20_and_every_item_once()
    {
        var first = (await gateway.PostAsync(Page, new { after = (string?)null }, PartnerIdentity.Uwv)).Data.GetProperty("vacancies");
        var cursor = first.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        var second = (await gateway.PostAsync(Page, new { after = cursor }, PartnerIdentity.Uwv)).Data.GetProperty("vacancies");

        Assert.Equal(20, first.GetProperty("edges").GetArrayLength());
        Assert.True(first.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        Assert.Equal(PagedGateway.Count - 20, second.GetProperty("edges").GetArrayLength());
        Assert.False(second.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean());
        var ids = Ids(first).Concat(Ids(second)).ToArray();
        Assert.Equal(PagedGateway.Count, ids.Distinct().Count());
        Assert.Equal(cursor, first.GetProperty("edges")[19].GetProperty("cursor").GetString());
    }

    [Fact]
    public async Task Dates_are_ISO_dates_and_instants_are_UTC_with_Z()
    {
        var node = (await gateway.PostAsync(Page, new { after = (string?)null }, PartnerIdentity.Uwv)).Data.GetProperty("vacancies").GetProperty("edges")[0].GetProperty("node");

        Assert.Matches(DateOnly(), node.GetProperty("expiresOn").GetString()!);
        Assert.Matches(UtcInstant(), node.GetProperty("registeredAt").GetString()!);
    }

    [Fact]
    public async Task A_cursor_that_is_no_cursor_is_BAD_USER_INPUT()
    {
        var answer = await gateway.PostAsync(Page, new { after = "not-a-cursor" }, PartnerIdentity.Uwv);

        Assert.Equal(["BAD_USER_INPUT"], answer.ErrorCodes);
    }

    private static IEnumerable<string> Ids(JsonElement connection) =>
        connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateOnly();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$")]
    private static partial Regex UtcInstant();
}
