using System.Net;
using Microsoft.Azure.Cosmos;

namespace Wsp.Testing.Cosmos.Tests;

/// <summary>
/// The change feed (latest version mode) through the SDK's pull model: what the store uses to keep pre-aggregated
/// documents up to date.
/// </summary>
[Collection(CosmosStandInFixture.CollectionName)]
public sealed class ChangeFeedTests
{
    private readonly CosmosStandInFixture _cosmos;

    public ChangeFeedTests(CosmosStandInFixture cosmos) => _cosmos = cosmos;

    /// <summary>Reads pages until the feed reports 304 Not Modified; returns what came and the continuation.</summary>
    private static async Task<(List<Vacancy> Changes, string Continuation)> ReadToNowAsync(FeedIterator<Vacancy> iterator)
    {
        var changes = new List<Vacancy>();
        for (var page = 0; page < 100; page++)
        {
            FeedResponse<Vacancy> response = await iterator.ReadNextAsync();
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                return (changes, response.ContinuationToken);
            }

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            changes.AddRange(response);
        }

        throw new InvalidOperationException("The change feed never reported Not Modified.");
    }

    [Fact]
    public async Task The_change_feed_from_the_beginning_returns_every_document_in_write_order_then_not_modified()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        await container.SeedAsync(new Vacancy("v1", "AM01", "Kok", 1), new Vacancy("v2", "AM02", "Kok", 1), new Vacancy("v3", "AM01", "Kok", 1));
        using var iterator = container.GetChangeFeedIterator<Vacancy>(ChangeFeedStartFrom.Beginning(), ChangeFeedMode.LatestVersion);

        var (changes, continuation) = await ReadToNowAsync(iterator);

        Assert.Equal(["v1", "v2", "v3"], changes.Select(v => v.Id));
        Assert.False(string.IsNullOrEmpty(continuation));
        Assert.True(iterator.HasMoreResults);
    }

    [Fact]
    public async Task After_the_continuation_the_change_feed_returns_only_the_writes_made_since()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        await container.SeedAsync(new Vacancy("v1", "AM01", "Kok", 1), new Vacancy("v2", "AM02", "Kok", 1));
        string continuation;
        using (var first = container.GetChangeFeedIterator<Vacancy>(ChangeFeedStartFrom.Beginning(), ChangeFeedMode.LatestVersion))
        {
            (_, continuation) = await ReadToNowAsync(first);
        }

        await container.UpsertItemAsync(new Vacancy("v1", "AM01", "Kok", 2), new PartitionKey("AM01"));
        await container.SeedAsync(new Vacancy("v3", "AM03", "Kok", 1));
        using var resumed = container.GetChangeFeedIterator<Vacancy>(ChangeFeedStartFrom.ContinuationToken(continuation), ChangeFeedMode.LatestVersion);
        var (changes, _) = await ReadToNowAsync(resumed);

        Assert.Equal([new Vacancy("v1", "AM01", "Kok", 2), new Vacancy("v3", "AM03", "Kok", 1)], changes);
    }

    [Fact]
    public async Task The_same_iterator_reports_not_modified_until_a_new_write_and_then_returns_it()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        await container.SeedAsync(new Vacancy("v1", "AM01", "Kok", 1));
        using var iterator = container.GetChangeFeedIterator<Vacancy>(ChangeFeedStartFrom.Beginning(), ChangeFeedMode.LatestVersion);
        await ReadToNowAsync(iterator);

        FeedResponse<Vacancy> idle = await iterator.ReadNextAsync();
        await container.SeedAsync(new Vacancy("v2", "AM02", "Kok", 1));
        var (changes, _) = await ReadToNowAsync(iterator);

        Assert.Equal(HttpStatusCode.NotModified, idle.StatusCode);
        Assert.Empty(idle);
        Assert.Equal(["v2"], changes.Select(v => v.Id));
    }

    [Fact]
    public async Task A_document_written_several_times_since_the_continuation_comes_once_in_its_latest_version()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        using var iterator = container.GetChangeFeedIterator<Vacancy>(ChangeFeedStartFrom.Beginning(), ChangeFeedMode.LatestVersion);
        await ReadToNowAsync(iterator);

        for (var workplaces = 1; workplaces <= 3; workplaces++)
        {
            await container.UpsertItemAsync(new Vacancy("v1", "AM01", "Kok", workplaces), new PartitionKey("AM01"));
        }

        var (changes, _) = await ReadToNowAsync(iterator);

        Assert.Equal([new Vacancy("v1", "AM01", "Kok", 3)], changes);
    }

    [Fact]
    public async Task The_change_feed_comes_in_pages_of_max_item_count()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        await container.SeedAsync(
            new Vacancy("v1", "AM01", "Kok", 1),
            new Vacancy("v2", "AM02", "Kok", 1),
            new Vacancy("v3", "AM01", "Kok", 1),
            new Vacancy("v4", "AM03", "Kok", 1),
            new Vacancy("v5", "AM01", "Kok", 1));
        using var iterator = container.GetChangeFeedIterator<Vacancy>(
            ChangeFeedStartFrom.Beginning(),
            ChangeFeedMode.LatestVersion,
            new ChangeFeedRequestOptions { PageSizeHint = 2 });

        var sizes = new List<int>();
        var ids = new List<string>();
        while (true)
        {
            FeedResponse<Vacancy> response = await iterator.ReadNextAsync();
            if (response.StatusCode == HttpStatusCode.NotModified)
            {
                break;
            }

            sizes.Add(response.Count);
            ids.AddRange(response.Select(v => v.Id));
        }

        Assert.Equal([2, 2, 1], sizes);
        Assert.Equal(["v1", "v2", "v3", "v4", "v5"], ids);
    }

    [Fact]
    public async Task The_change_feed_of_one_partition_key_returns_only_that_partitions_changes()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        await container.SeedAsync(new Vacancy("v1", "AM01", "Kok", 1), new Vacancy("v2", "AM02", "Kok", 1), new Vacancy("v3", "AM01", "Kok", 1));
        using var iterator = container.GetChangeFeedIterator<Vacancy>(
            ChangeFeedStartFrom.Beginning(FeedRange.FromPartitionKey(new PartitionKey("AM01"))),
            ChangeFeedMode.LatestVersion);

        var (changes, _) = await ReadToNowAsync(iterator);

        Assert.Equal(["v1", "v3"], changes.Select(v => v.Id));
    }

    [Fact]
    public async Task The_change_feed_from_now_skips_what_was_written_before_and_returns_what_comes_after()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        await container.SeedAsync(new Vacancy("v1", "AM01", "Kok", 1));
        using var iterator = container.GetChangeFeedIterator<Vacancy>(ChangeFeedStartFrom.Now(), ChangeFeedMode.LatestVersion);

        var (before, _) = await ReadToNowAsync(iterator);
        await container.SeedAsync(new Vacancy("v2", "AM02", "Kok", 1));
        var (after, _) = await ReadToNowAsync(iterator);

        Assert.Empty(before);
        Assert.Equal(["v2"], after.Select(v => v.Id));
    }
}
