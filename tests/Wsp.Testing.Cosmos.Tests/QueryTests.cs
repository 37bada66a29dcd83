using System.Net;
using Microsoft.Azure.Cosmos;
using Microsoft.Azure.Cosmos.Linq;

namespace Wsp.Testing.Cosmos.Tests;

/// <summary>SQL and LINQ queries through the real SDK: the shapes the Cosmos store may rely on.</summary>
[Collection(CosmosStandInFixture.CollectionName)]
public sealed class QueryTests
{
    private static readonly Vacancy[] s_vacancies =
    [
        new("v1", "AM01", "Kok", 1),
        new("v2", "AM01", "Monteur", 3),
        new("v3", "AM01", "Kok", 2),
        new("v4", "AM02", "Kok", 5),
        new("v5", "AM02", "Schilder", 4),
        new("v6", "AM03", "Kok", 6),
    ];

    private readonly CosmosStandInFixture _cosmos;

    public QueryTests(CosmosStandInFixture cosmos) => _cosmos = cosmos;

    private async Task<Container> SeededContainerAsync()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        await container.SeedAsync(s_vacancies);
        return container;
    }

    [Fact]
    public async Task A_query_with_a_partition_key_returns_only_the_documents_of_that_partition()
    {
        var container = await SeededContainerAsync();

        var found = await container.QueryAsync<Vacancy>("SELECT * FROM c", new PartitionKey("AM01"));

        Assert.Equal(["v1", "v2", "v3"], found.Select(v => v.Id).Order());
    }

    [Fact]
    public async Task A_query_with_a_partition_key_and_its_predicate_in_the_text_returns_that_partition()
    {
        var container = await SeededContainerAsync();

        var found = await container.QueryAsync<Vacancy>(
            "SELECT * FROM c WHERE c.regionCode = @region AND c.title = @title",
            new PartitionKey("AM02"),
            parameters: [("@region", "AM02"), ("@title", "Kok")]);

        Assert.Equal(["v4"], found.Select(v => v.Id));
    }

    [Fact]
    public async Task An_aggregate_with_a_partition_key_counts_only_that_partition()
    {
        var container = await SeededContainerAsync();

        var counts = await container.QueryAsync<int>("SELECT VALUE COUNT(1) FROM c", new PartitionKey("AM01"));
        var sums = await container.QueryAsync<int>("SELECT VALUE SUM(c.workplaces) FROM c", new PartitionKey("AM02"));

        Assert.Equal([3], counts);
        Assert.Equal([9], sums);
    }

    [Fact]
    public async Task A_cross_partition_query_without_a_partition_key_returns_the_documents_of_every_partition()
    {
        var container = await SeededContainerAsync();

        var found = await container.QueryAsync<Vacancy>("SELECT * FROM c WHERE c.title = 'Kok'");

        Assert.Equal(["v1", "v3", "v4", "v6"], found.Select(v => v.Id).Order());
    }

    [Fact]
    public async Task A_cross_partition_aggregate_counts_every_partition()
    {
        var container = await SeededContainerAsync();

        var counts = await container.QueryAsync<int>("SELECT VALUE COUNT(1) FROM c");

        Assert.Equal([6], counts);
    }

    [Fact]
    public async Task Order_by_sorts_within_a_partition_and_across_partitions()
    {
        var container = await SeededContainerAsync();

        var inPartition = await container.QueryAsync<Vacancy>("SELECT * FROM c ORDER BY c.workplaces DESC", new PartitionKey("AM01"));
        var across = await container.QueryAsync<Vacancy>("SELECT * FROM c ORDER BY c.workplaces");

        Assert.Equal(["v2", "v3", "v1"], inPartition.Select(v => v.Id));
        Assert.Equal(["v1", "v3", "v2", "v5", "v4", "v6"], across.Select(v => v.Id));
    }

    [Fact]
    public async Task Results_come_in_pages_of_max_item_count_that_follow_their_continuations_to_the_end()
    {
        var container = await SeededContainerAsync();
        var options = new QueryRequestOptions { MaxItemCount = 2 };
        using var iterator = container.GetItemQueryIterator<Vacancy>("SELECT * FROM c ORDER BY c.id", requestOptions: options);

        var pages = new List<List<string>>();
        while (iterator.HasMoreResults)
        {
            FeedResponse<Vacancy> page = await iterator.ReadNextAsync();
            pages.Add(page.Select(v => v.Id).ToList());
        }

        Assert.Equal(["v1", "v2", "v3", "v4", "v5", "v6"], pages.SelectMany(p => p));
        Assert.All(pages, page => Assert.True(page.Count <= 2));
    }

    [Fact]
    public async Task A_continuation_token_handed_out_to_a_caller_resumes_the_query_in_a_new_iterator()
    {
        var container = await SeededContainerAsync();
        var options = new QueryRequestOptions { MaxItemCount = 2, PartitionKey = new PartitionKey("AM01") };
        const string Sql = "SELECT * FROM c WHERE c.regionCode = 'AM01' ORDER BY c.id";

        string? continuation;
        List<string> first;
        using (var iterator = container.GetItemQueryIterator<Vacancy>(Sql, requestOptions: options))
        {
            FeedResponse<Vacancy> page = await iterator.ReadNextAsync();
            first = page.Select(v => v.Id).ToList();
            continuation = page.ContinuationToken;
        }

        var rest = await Feed.ReadAllAsync(container.GetItemQueryIterator<Vacancy>(Sql, continuation, options));

        Assert.Equal(["v1", "v2"], first);
        Assert.NotNull(continuation);
        Assert.Equal(["v3"], rest.Select(v => v.Id));
    }

    [Fact]
    public async Task Offset_and_limit_page_through_ordered_results_within_a_partition()
    {
        var container = await SeededContainerAsync();

        var found = await container.QueryAsync<Vacancy>(
            "SELECT * FROM c WHERE c.regionCode = 'AM01' ORDER BY c.workplaces OFFSET 1 LIMIT 1",
            new PartitionKey("AM01"));

        Assert.Equal(["v3"], found.Select(v => v.Id));
    }

    [Fact]
    public async Task Offset_and_limit_with_parameters_page_through_ordered_results_across_partitions()
    {
        var container = await SeededContainerAsync();

        var found = await container.QueryAsync<Vacancy>(
            "SELECT * FROM c ORDER BY c.workplaces OFFSET @offset LIMIT @limit",
            parameters: [("@offset", 2), ("@limit", 3)]);

        Assert.Equal(["v2", "v5", "v4"], found.Select(v => v.Id));
    }

    [Fact]
    public async Task Offset_and_limit_results_also_arrive_in_pages_of_max_item_count()
    {
        var container = await SeededContainerAsync();

        var found = await container.QueryAsync<Vacancy>(
            "SELECT * FROM c ORDER BY c.id OFFSET 1 LIMIT 4",
            maxItemCount: 1);

        Assert.Equal(["v2", "v3", "v4", "v5"], found.Select(v => v.Id));
    }

    [Fact]
    public async Task Select_distinct_value_returns_each_value_once()
    {
        var container = await SeededContainerAsync();

        var titles = await container.QueryAsync<string>("SELECT DISTINCT VALUE c.title FROM c");
        var inPartition = await container.QueryAsync<string>("SELECT DISTINCT VALUE c.title FROM c", new PartitionKey("AM01"));

        Assert.Equal(["Kok", "Monteur", "Schilder"], titles.Order());
        Assert.Equal(["Kok", "Monteur"], inPartition.Order());
    }

    [Fact]
    public async Task Select_distinct_of_objects_returns_each_combination_once()
    {
        var container = await SeededContainerAsync();

        var pairs = await container.QueryAsync<RegionTitle>(
            "SELECT DISTINCT c.regionCode, c.title FROM c ORDER BY c.regionCode");

        Assert.Equal(
            [new("AM01", "Kok"), new("AM01", "Monteur"), new("AM02", "Kok"), new("AM02", "Schilder"), new("AM03", "Kok")],
            pairs.OrderBy(p => p.RegionCode).ThenBy(p => p.Title));
        Assert.Equal(5, pairs.Count);
    }

    [Fact]
    public async Task Select_distinct_with_top_takes_the_first_distinct_values()
    {
        var container = await SeededContainerAsync();

        var titles = await container.QueryAsync<string>("SELECT DISTINCT TOP 2 VALUE c.title FROM c ORDER BY c.title");

        Assert.Equal(["Kok", "Monteur"], titles);
    }

    [Fact]
    public async Task A_linq_where_runs_through_ToFeedIterator_with_the_camel_case_names_of_the_documents()
    {
        var container = await SeededContainerAsync();
        IQueryable<Vacancy> query = container.GetItemLinqQueryable<Vacancy>()
            .Where(v => v.RegionCode == "AM01" && v.Workplaces > 1)
            .OrderBy(v => v.Workplaces);

        var found = await Feed.ReadAllAsync(query.ToFeedIterator());

        Assert.Equal(["v3", "v2"], found.Select(v => v.Id));
    }

    [Fact]
    public async Task A_linq_query_with_a_partition_key_in_its_options_returns_only_that_partition()
    {
        var container = await SeededContainerAsync();
        IQueryable<Vacancy> query = container
            .GetItemLinqQueryable<Vacancy>(requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey("AM02") })
            .Where(v => v.Title == "Kok");

        var found = await Feed.ReadAllAsync(query.ToFeedIterator());

        Assert.Equal(["v4"], found.Select(v => v.Id));
    }

    [Fact]
    public async Task A_linq_skip_and_take_become_offset_and_limit()
    {
        var container = await SeededContainerAsync();
        IQueryable<Vacancy> query = container.GetItemLinqQueryable<Vacancy>().OrderBy(v => v.Id).Skip(2).Take(2);

        var found = await Feed.ReadAllAsync(query.ToFeedIterator());

        Assert.Equal(["v3", "v4"], found.Select(v => v.Id));
    }

    [Fact]
    public async Task A_linq_distinct_of_a_projection_returns_each_value_once()
    {
        var container = await SeededContainerAsync();
        IQueryable<string> query = container.GetItemLinqQueryable<Vacancy>().Select(v => v.Title).Distinct();

        var found = await Feed.ReadAllAsync(query.ToFeedIterator());

        Assert.Equal(["Kok", "Monteur", "Schilder"], found.Order());
    }

    [Fact]
    public async Task A_linq_count_with_a_partition_key_counts_that_partition()
    {
        var container = await SeededContainerAsync();
        var options = new QueryRequestOptions { PartitionKey = new PartitionKey("AM01") };

        Response<int> count = await container.GetItemLinqQueryable<Vacancy>(requestOptions: options).CountAsync();

        Assert.Equal(3, count.Resource);
    }

    [Fact]
    public async Task A_query_the_parser_cannot_read_fails_with_400_bad_request()
    {
        var container = await SeededContainerAsync();

        var failure = await Assert.ThrowsAsync<CosmosException>(() => container.QueryAsync<Vacancy>("SELEKT * FROM c"));

        Assert.Equal(HttpStatusCode.BadRequest, failure.StatusCode);
    }

    public sealed record RegionTitle(string RegionCode, string Title);
}
