using System.Runtime.CompilerServices;
using Ardalis.Specification;
using Microsoft.Azure.Cosmos;
using Microsoft.Azure.Cosmos.Linq;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>Runs the store's queries on the stream API and pages them by continuation.</summary>
internal static class Queries
{
    /// <summary>
    /// One page of a specification over the summary: translated to Cosmos LINQ over the document, run with the
    /// partition key when a criterion fixes the region, <c>Take</c> items per page.
    /// </summary>
    public static async Task<Page<TSummary>> PageAsync<TSummary, TDocument>(
        Container container,
        ISpecification<TSummary> specification,
        string? continuationToken,
        Func<TDocument, TSummary> toSummary,
        CancellationToken cancellationToken)
    {
        var criteria = SpecificationTranslator.Criteria<TSummary, TDocument>(specification);
        if (specification.Take == 0)
        {
            throw new ArgumentException($"{specification.GetType().Name} takes 0 items: a page holds at least one.", nameof(specification));
        }

        int? take = specification.Take < 0 ? null : specification.Take;
        var region = SpecificationTranslator.RequiredValue(criteria, "RegionCode");
        var queryable = container.GetItemLinqQueryable<TDocument>(linqSerializerOptions: new CosmosLinqSerializerOptions
        {
            PropertyNamingPolicy = CosmosPropertyNamingPolicy.Default,
        });
        var definition = SpecificationTranslator.Apply(queryable, specification).ToQueryDefinition();
        var items = new List<TSummary>();
        var token = continuationToken;
        do
        {
            var options = new QueryRequestOptions
            {
                PartitionKey = region is null ? null : new PartitionKey(region),
                MaxItemCount = take is { } size ? size - items.Count : -1,
            };
            using var iterator = container.GetItemQueryStreamIterator(definition, token, options);
            using var response = await iterator.ReadNextAsync(cancellationToken).ConfigureAwait(false);
            Json.EnsureSuccess(response, $"The query {definition.QueryText}");
            items.AddRange(Json.Documents<TDocument>(response.Content).Select(toSummary));
            token = response.ContinuationToken;
        }
        while (token is not null && (take is null || items.Count < take));

        return new Page<TSummary>(items, token);
    }

    /// <summary>Every document a query finds, page by page.</summary>
    public static async IAsyncEnumerable<T> StreamAsync<T>(
        Container container,
        QueryDefinition query,
        PartitionKey? partitionKey,
        int pageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var options = new QueryRequestOptions { PartitionKey = partitionKey, MaxItemCount = pageSize };
        using var iterator = container.GetItemQueryStreamIterator(query, continuationToken: null, options);
        while (iterator.HasMoreResults)
        {
            using var response = await iterator.ReadNextAsync(cancellationToken).ConfigureAwait(false);
            Json.EnsureSuccess(response, $"The query {query.QueryText}");
            foreach (var item in Json.Documents<T>(response.Content))
            {
                yield return item;
            }
        }
    }

    /// <summary>Every document a query finds, as a list.</summary>
    public static async Task<List<T>> ListAsync<T>(Container container, QueryDefinition query, PartitionKey? partitionKey, int pageSize, CancellationToken cancellationToken)
    {
        var list = new List<T>();
        await foreach (var item in StreamAsync<T>(container, query, partitionKey, pageSize, cancellationToken).ConfigureAwait(false))
        {
            list.Add(item);
        }

        return list;
    }
}
