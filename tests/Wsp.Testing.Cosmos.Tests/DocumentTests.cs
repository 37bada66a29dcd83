using System.Net;
using Microsoft.Azure.Cosmos;

namespace Wsp.Testing.Cosmos.Tests;

/// <summary>Databases, containers and single documents through the real SDK, as the Cosmos store will use them.</summary>
[Collection(CosmosStandInFixture.CollectionName)]
public sealed class DocumentTests
{
    private readonly CosmosStandInFixture _cosmos;

    public DocumentTests(CosmosStandInFixture cosmos) => _cosmos = cosmos;

    [Fact]
    public async Task A_database_and_a_container_with_a_partition_key_path_are_created_and_read_back()
    {
        var databaseId = $"db-{Guid.NewGuid():N}";
        DatabaseResponse database = await _cosmos.Client.CreateDatabaseAsync(databaseId);
        ContainerResponse container = await database.Database.CreateContainerAsync("vacancies", "/regionCode");

        Assert.Equal(HttpStatusCode.Created, database.StatusCode);
        Assert.Equal(HttpStatusCode.Created, container.StatusCode);
        ContainerProperties properties = await _cosmos.Client.GetContainer(databaseId, "vacancies").ReadContainerAsync();
        Assert.Equal("/regionCode", properties.PartitionKeyPath);
    }

    [Fact]
    public async Task Creating_a_database_that_exists_already_is_answered_with_its_existence_not_an_error()
    {
        var databaseId = $"db-{Guid.NewGuid():N}";
        await _cosmos.Client.CreateDatabaseIfNotExistsAsync(databaseId);

        DatabaseResponse again = await _cosmos.Client.CreateDatabaseIfNotExistsAsync(databaseId);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
    }

    [Fact]
    public async Task An_upsert_creates_then_replaces_and_a_point_read_returns_the_latest_version_with_its_etag()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        var partitionKey = new PartitionKey("AM01");

        ItemResponse<Vacancy> created = await container.UpsertItemAsync(new Vacancy("v1", "AM01", "Kok", 1), partitionKey);
        ItemResponse<Vacancy> replaced = await container.UpsertItemAsync(new Vacancy("v1", "AM01", "Kok", 2), partitionKey);
        ItemResponse<Vacancy> read = await container.ReadItemAsync<Vacancy>("v1", partitionKey);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(new Vacancy("v1", "AM01", "Kok", 2), read.Resource);
        Assert.False(string.IsNullOrEmpty(read.ETag));
        Assert.Equal(replaced.ETag, read.ETag);
        Assert.NotEqual(created.ETag, read.ETag);
    }

    [Fact]
    public async Task A_replace_with_the_current_etag_succeeds_and_gives_the_document_a_new_etag()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        ItemResponse<Vacancy> created = await container.CreateItemAsync(new Vacancy("v1", "AM01", "Kok", 1), new PartitionKey("AM01"));

        ItemResponse<Vacancy> replaced = await container.ReplaceItemAsync(
            created.Resource with { Workplaces = 2 },
            "v1",
            new PartitionKey("AM01"),
            new ItemRequestOptions { IfMatchEtag = created.ETag });

        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        Assert.Equal(2, replaced.Resource.Workplaces);
        Assert.NotEqual(created.ETag, replaced.ETag);
    }

    [Fact]
    public async Task A_replace_with_a_stale_etag_fails_with_412_precondition_failed_and_changes_nothing()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        ItemResponse<Vacancy> created = await container.CreateItemAsync(new Vacancy("v1", "AM01", "Kok", 1), new PartitionKey("AM01"));
        await container.ReplaceItemAsync(created.Resource with { Workplaces = 2 }, "v1", new PartitionKey("AM01"));

        var failure = await Assert.ThrowsAsync<CosmosException>(() => container.ReplaceItemAsync(
            created.Resource with { Workplaces = 3 },
            "v1",
            new PartitionKey("AM01"),
            new ItemRequestOptions { IfMatchEtag = created.ETag }));

        Assert.Equal(HttpStatusCode.PreconditionFailed, failure.StatusCode);
        Vacancy current = await container.ReadItemAsync<Vacancy>("v1", new PartitionKey("AM01"));
        Assert.Equal(2, current.Workplaces);
    }

    [Fact]
    public async Task An_upsert_with_a_stale_etag_fails_with_412_precondition_failed()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        ItemResponse<Vacancy> created = await container.CreateItemAsync(new Vacancy("v1", "AM01", "Kok", 1), new PartitionKey("AM01"));
        await container.UpsertItemAsync(created.Resource with { Workplaces = 2 }, new PartitionKey("AM01"));

        var failure = await Assert.ThrowsAsync<CosmosException>(() => container.UpsertItemAsync(
            created.Resource with { Workplaces = 3 },
            new PartitionKey("AM01"),
            new ItemRequestOptions { IfMatchEtag = created.ETag }));

        Assert.Equal(HttpStatusCode.PreconditionFailed, failure.StatusCode);
    }

    [Fact]
    public async Task Sixteen_concurrent_read_modify_replace_loops_guarded_by_the_etag_lose_no_update()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        var partitionKey = new PartitionKey("AM01");
        await container.SeedAsync(new Vacancy("v1", "AM01", "Kok", 1));
        var conflicts = 0;
        var readers = 0;
        var everyoneHasRead = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        async Task AddOneWorkplaceAsync()
        {
            for (var attempt = 0; attempt < 1000; attempt++)
            {
                ItemResponse<Vacancy> current = await container.ReadItemAsync<Vacancy>("v1", partitionKey);
                if (attempt == 0)
                {
                    // All sixteen write their first attempt on the same version: one wins, fifteen must conflict.
                    if (Interlocked.Increment(ref readers) == 16)
                    {
                        everyoneHasRead.SetResult();
                    }

                    await everyoneHasRead.Task;
                }

                try
                {
                    await container.ReplaceItemAsync(
                        current.Resource with { Workplaces = current.Resource.Workplaces + 1 },
                        "v1",
                        partitionKey,
                        new ItemRequestOptions { IfMatchEtag = current.ETag });
                    return;
                }
                catch (CosmosException e) when (e.StatusCode == HttpStatusCode.PreconditionFailed)
                {
                    Interlocked.Increment(ref conflicts);
                }
            }

            throw new InvalidOperationException("No attempt succeeded.");
        }

        await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(AddOneWorkplaceAsync)));

        Vacancy final = await container.ReadItemAsync<Vacancy>("v1", partitionKey);
        Assert.Equal(17, final.Workplaces);
        Assert.True(conflicts >= 15, $"{conflicts} conflicts: writers on one version must all but one fail with 412.");
    }

    [Fact]
    public async Task Reading_a_missing_document_fails_with_404_not_found()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");

        var failure = await Assert.ThrowsAsync<CosmosException>(() => container.ReadItemAsync<Vacancy>("missing", new PartitionKey("AM01")));

        Assert.Equal(HttpStatusCode.NotFound, failure.StatusCode);
    }

    [Fact]
    public async Task Reading_a_document_under_another_partition_key_fails_with_404_not_found()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        await container.SeedAsync(new Vacancy("v1", "AM01", "Kok", 1));

        var failure = await Assert.ThrowsAsync<CosmosException>(() => container.ReadItemAsync<Vacancy>("v1", new PartitionKey("AM02")));

        Assert.Equal(HttpStatusCode.NotFound, failure.StatusCode);
    }

    [Fact]
    public async Task The_same_id_may_exist_in_two_partitions_and_each_point_read_finds_its_own()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        await container.SeedAsync(new Vacancy("v1", "AM01", "Kok", 1), new Vacancy("v1", "AM02", "Monteur", 1));

        Vacancy first = await container.ReadItemAsync<Vacancy>("v1", new PartitionKey("AM01"));
        Vacancy second = await container.ReadItemAsync<Vacancy>("v1", new PartitionKey("AM02"));

        Assert.Equal("Kok", first.Title);
        Assert.Equal("Monteur", second.Title);
    }

    [Fact]
    public async Task Creating_a_document_whose_id_exists_in_its_partition_fails_with_409_conflict()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        await container.SeedAsync(new Vacancy("v1", "AM01", "Kok", 1));

        var failure = await Assert.ThrowsAsync<CosmosException>(
            () => container.CreateItemAsync(new Vacancy("v1", "AM01", "Kok", 1), new PartitionKey("AM01")));

        Assert.Equal(HttpStatusCode.Conflict, failure.StatusCode);
    }

    [Fact]
    public async Task A_deleted_document_is_gone_and_deleting_it_again_fails_with_404_not_found()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");
        await container.SeedAsync(new Vacancy("v1", "AM01", "Kok", 1));

        ItemResponse<Vacancy> deleted = await container.DeleteItemAsync<Vacancy>("v1", new PartitionKey("AM01"));
        var again = await Assert.ThrowsAsync<CosmosException>(() => container.DeleteItemAsync<Vacancy>("v1", new PartitionKey("AM01")));
        var read = await Assert.ThrowsAsync<CosmosException>(() => container.ReadItemAsync<Vacancy>("v1", new PartitionKey("AM01")));

        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
    }

    [Fact]
    public async Task Replacing_a_missing_document_fails_with_404_not_found()
    {
        var container = await _cosmos.CreateContainerAsync("/regionCode");

        var failure = await Assert.ThrowsAsync<CosmosException>(
            () => container.ReplaceItemAsync(new Vacancy("v1", "AM01", "Kok", 1), "v1", new PartitionKey("AM01")));

        Assert.Equal(HttpStatusCode.NotFound, failure.StatusCode);
    }

    [Fact]
    public async Task Reading_from_a_missing_container_fails_with_404_not_found()
    {
        await _cosmos.Client.CreateDatabaseIfNotExistsAsync(CosmosStandInFixture.DatabaseId);
        var container = _cosmos.Client.GetContainer(CosmosStandInFixture.DatabaseId, $"missing-{Guid.NewGuid():N}");

        var failure = await Assert.ThrowsAsync<CosmosException>(() => container.ReadItemAsync<Vacancy>("v1", new PartitionKey("AM01")));

        Assert.Equal(HttpStatusCode.NotFound, failure.StatusCode);
    }
}
