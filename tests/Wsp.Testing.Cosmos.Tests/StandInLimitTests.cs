using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Azure.Cosmos.Linq;

namespace Wsp.Testing.Cosmos.Tests;

/// <summary>
/// What the stand-in does not do, even wrapped (tests/cosmos-stand-in/README.md). Pinned here so that the Cosmos store
/// never comes to rely on it unnoticed, and so that a stand-in that learns it shows up as a failing test to update.
/// </summary>
[Collection(CosmosStandInFixture.CollectionName)]
public sealed class StandInLimitTests
{
    private readonly CosmosStandInFixture _cosmos;

    public StandInLimitTests(CosmosStandInFixture cosmos) => _cosmos = cosmos;

    private async Task<Container> SeededContainerAsync()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        await container.SeedAsync(new Vacancy("v1", "AM01", "Kok", 1), new Vacancy("v2", "AM02", "Monteur", 3));
        return container;
    }

    [Theory]
    [InlineData("SELECT c.regionCode, COUNT(1) AS n FROM c GROUP BY c.regionCode")]
    [InlineData("SELECT * FROM c WHERE c.title LIKE 'K%'")]
    [InlineData("SELECT VALUE COUNT(1) FROM (SELECT DISTINCT VALUE c.title FROM c)")]
    public async Task Limit_group_by_like_and_distinct_in_a_subquery_are_refused_with_400_bad_request(string sql)
    {
        var container = await SeededContainerAsync();

        var failure = await Assert.ThrowsAsync<CosmosException>(() => container.QueryAsync<object>(sql));

        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
    }

    [Fact]
    public async Task Limit_a_linq_distinct_count_becomes_a_subquery_and_is_refused_with_400_bad_request()
    {
        var container = await SeededContainerAsync();

        var failure = await Assert.ThrowsAsync<CosmosException>(
            () => container.GetItemLinqQueryable<Vacancy>().Select(v => v.Title).Distinct().CountAsync());

        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
    }

    [Fact]
    public async Task Limit_a_transactional_batch_is_refused_with_400_bad_request_naming_the_stand_in()
    {
        var container = await SeededContainerAsync();

        using TransactionalBatchResponse response = await container.CreateTransactionalBatch(new PartitionKey("AM01"))
            .CreateItem(new Vacancy("v3", "AM01", "Kok", 1))
            .ExecuteAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("stand-in does not support transactional batch", response.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Limit_bulk_execution_is_refused_with_400_bad_request()
    {
        var container = await SeededContainerAsync();
        using var bulk = _cosmos.StandIn.CreateClient(new CosmosClientOptions
        {
            AllowBulkExecution = true,
            SerializerOptions = new CosmosSerializationOptions { PropertyNamingPolicy = CosmosPropertyNamingPolicy.CamelCase },
        });

        var failure = await Assert.ThrowsAsync<CosmosException>(() => bulk.GetContainer(container.Database.Id, container.Id)
            .CreateItemAsync(new Vacancy("v3", "AM01", "Kok", 1), new PartitionKey("AM01")));

        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
    }

    [Fact]
    public async Task Limit_a_point_read_with_the_current_etag_as_if_none_match_returns_the_document_again_not_304()
    {
        var container = await SeededContainerAsync();
        ItemResponse<Vacancy> first = await container.ReadItemAsync<Vacancy>("v1", new PartitionKey("AM01"));

        ItemResponse<Vacancy> second = await container.ReadItemAsync<Vacancy>(
            "v1",
            new PartitionKey("AM01"),
            new ItemRequestOptions { IfNoneMatchEtag = first.ETag });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }
}
