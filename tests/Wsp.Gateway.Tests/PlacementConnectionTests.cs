using System.Text;
using System.Text.Json;
using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Gateway.Tests;

/// <summary>The gateway with 45 imported placements in regions A and B, several starting on the same day, and one booked in region A.</summary>
public sealed class PagedPlacementsGateway : PartnerGateway, IAsyncLifetime
{
    public async Task InitializeAsync()
    {
        var delft = Gazetteer.Default.FindMunicipality("GM0503")!;
        var amsterdam = Gazetteer.Default.FindMunicipality("GM0363")!;
        var placements = Enumerable.Range(0, 45).Select(i => new Placement(
            $"PC-{(i * 7) % 45:D2}",
            "V-EXT",
            KvkNumber.Parse("12345678"),
            i % 3 == 0 ? amsterdam : delft,
            "RETAIL",
            CandidateReference.Create($"pc-{i}"),
            BookingPartner.Uwv,
            TargetGroupSet.Of(TargetGroup.Banenafspraak),
            new LocalDate(2024, 1, 1).PlusDays(i % 9),
            null,
            25.5m,
            EmployerKind.Market,
            null));
        await Store.Placements.ImportAsync("paged", Async(placements));
        var account = await SeedAccountAsync("EA-PC", Delft);
        await SeedVacancyAsync("V-PC", account, Delft, referredCandidate: "cand-pc", book: true);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async IAsyncEnumerable<Placement> Async(IEnumerable<Placement> placements)
    {
        foreach (var placement in placements)
        {
            yield return placement;
        }

        await Task.CompletedTask;
    }
}

/// <summary>
/// DESIGN.md, Conventions: the <c>placements</c> connection pages by opaque cursors in one order (oldest start first,
/// then id), a page read from the store at the cursor's position, with the total when asked; the security model: a
/// municipality pages through its own regions' placements only.
/// </summary>
public sealed class PlacementConnectionTests(PagedPlacementsGateway gateway) : IClassFixture<PagedPlacementsGateway>
{
    private const string Page = "query($after: String, $region: String) { placements(first: 10, after: $after, region: $region) { totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor node { id start } } } }";

    [Fact]
    public async Task Placements_page_by_cursor_oldest_start_first_then_id_with_every_placement_once_and_the_total()
    {
        var expected = await ExpectedAsync(_ => true);

        var (ids, pages) = await PageThroughAsync(PartnerIdentity.Uwv);

        Assert.Equal(46, expected.Count);
        Assert.Equal(expected, ids);
        Assert.All(pages, p => Assert.Equal(expected.Count, p.GetProperty("totalCount").GetInt32()));
        Assert.False(pages[0].GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean());
        Assert.All(pages.Skip(1), p => Assert.True(p.GetProperty("pageInfo").GetProperty("hasPreviousPage").GetBoolean()));
        Assert.Equal([true, true, true, true, false], pages.Select(p => p.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean()));
    }

    [Fact]
    public async Task Security_a_municipality_pages_through_its_own_regions_placements_only()
    {
        var regionA = RegionCode.Parse(PartnerGateway.RegionA);
        var expected = await ExpectedAsync(p => p.Region.Code == regionA);

        var (ids, pages) = await PageThroughAsync(PartnerGateway.Partner("municipality A")!);

        Assert.Equal(expected, ids);
        Assert.Equal(expected.Count, pages[0].GetProperty("totalCount").GetInt32());
        Assert.Equal(["FORBIDDEN"], (await gateway.PostAsync(Page, new { after = (string?)null, region = PartnerGateway.RegionB }, PartnerGateway.Partner("municipality A"))).ErrorCodes);
    }

    [Fact]
    public async Task A_cursor_of_another_list_or_no_cursor_at_all_is_BAD_USER_INPUT()
    {
        var offsetCursor = Convert.ToBase64String(Encoding.UTF8.GetBytes("o:3"));

        Assert.Equal(["BAD_USER_INPUT"], (await gateway.PostAsync(Page, new { after = offsetCursor }, PartnerIdentity.Uwv)).ErrorCodes);
        Assert.Equal(["BAD_USER_INPUT"], (await gateway.PostAsync(Page, new { after = "not-a-cursor" }, PartnerIdentity.Uwv)).ErrorCodes);
    }

    private async Task<List<string>> ExpectedAsync(Func<Placement, bool> readable)
    {
        var all = new List<Placement>();
        await foreach (var placement in gateway.Store.Placements.StreamAsync(PlacementFilter.All))
        {
            all.Add(placement);
        }

        return [.. all.Where(readable).Order(PlacementQuery.Order).Select(p => p.Id)];
    }

    private async Task<(List<string> Ids, List<JsonElement> Pages)> PageThroughAsync(PartnerIdentity partner)
    {
        var ids = new List<string>();
        var pages = new List<JsonElement>();
        string? after = null;
        while (true)
        {
            var answer = await gateway.PostAsync(Page, new { after, region = (string?)null }, partner);
            Assert.Empty(answer.ErrorCodes);
            var connection = answer.Data.GetProperty("placements");
            pages.Add(connection.Clone());
            var starts = connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("start").GetString()!).ToList();
            Assert.Equal(starts.Order(StringComparer.Ordinal), starts);
            ids.AddRange(connection.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            if (!connection.GetProperty("pageInfo").GetProperty("hasNextPage").GetBoolean())
            {
                return (ids, pages);
            }

            after = connection.GetProperty("pageInfo").GetProperty("endCursor").GetString();
        }
    }
}
