using System.Globalization;
using Microsoft.Azure.Cosmos;
using NodaTime;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// Placements as a list, a page at a time (<see cref="IPlacementStore.QueryAsync"/>), by keyset: in each region's
/// partition (or across partitions for every region) the imported placements after the token's position, <c>TOP</c> a
/// page plus one, <c>ORDER BY c.start, c.id</c> (composite index on the placements container); the booked placements
/// after it from the vacancies' partitions; merged in <see cref="PlacementQuery.Order"/> and cut to the page.
/// </summary>
/// <remarks>
/// Booked placements live inside their vacancy documents, where Cosmos DB cannot order them or take the top few: a page
/// reads the booked placements of its regions after the token's position (few: they are booked at the pace of people)
/// and orders them in .NET.
/// </remarks>
internal sealed partial class CosmosPlacementStore
{
    public async Task<Page<Placement>> QueryAsync(PlacementQuery query, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(query);
        (LocalDate Start, string Id)? after = null;
        if (continuationToken is not null)
        {
            if (!PlacementQuery.TryParseContinuation(continuationToken, out var start, out var id))
            {
                throw new ArgumentException($"'{continuationToken}' is no continuation token of a placements query.", nameof(continuationToken));
            }

            after = (start, id);
        }

        var take = query.PageSize + 1;
        var found = new List<Placement>();
        foreach (var region in Partitions(query.Regions))
        {
            var partitionKey = region is { } code ? new PartitionKey(code.ToString()) : (PartitionKey?)null;
            var imported = PageQuery($"SELECT TOP {take.ToString(CultureInfo.InvariantCulture)} * FROM c", "c", region, query, after, "NOT IS_DEFINED(c.aggregate)", " ORDER BY c.start, c.id");
            var documents = await Queries.ListAsync<PlacementDocument>(_placements, imported, partitionKey, take, cancellationToken).ConfigureAwait(false);
            found.AddRange(documents.Select(Mapping.ToPlacement));

            var booked = PageQuery("SELECT VALUE p FROM c JOIN p IN c.state.placements", "p", region, query, after);
            documents = await Queries.ListAsync<PlacementDocument>(_vacancies, booked, partitionKey, _options.QueryPageSize, cancellationToken).ConfigureAwait(false);
            found.AddRange(documents.Select(Mapping.ToPlacement));
        }

        found.Sort(PlacementQuery.Order);
        if (found.Count <= query.PageSize)
        {
            return new Page<Placement>(found, null);
        }

        var page = found.GetRange(0, query.PageSize);
        return new Page<Placement>(page, PlacementQuery.ContinuationAfter(page[^1]));
    }

    public async Task<int> CountAsync(PlacementQuery query, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(query);
        var count = 0;
        foreach (var region in Partitions(query.Regions))
        {
            // Summed, not taken: across partitions a count may come as one value per partition range.
            var partitionKey = region is { } code ? new PartitionKey(code.ToString()) : (PartitionKey?)null;
            var imported = PageQuery("SELECT VALUE COUNT(1) FROM c", "c", region, query, after: null, "NOT IS_DEFINED(c.aggregate)");
            count += (await Queries.ListAsync<int>(_placements, imported, partitionKey, _options.QueryPageSize, cancellationToken).ConfigureAwait(false)).Sum();
            var booked = PageQuery("SELECT VALUE COUNT(1) FROM c JOIN p IN c.state.placements", "p", region, query, after: null);
            count += (await Queries.ListAsync<int>(_vacancies, booked, partitionKey, _options.QueryPageSize, cancellationToken).ConfigureAwait(false)).Sum();
        }

        return count;
    }

    /// <summary>The query's region (also the partition-key predicate), start dates and keyset position, in the query text.</summary>
    private static QueryDefinition PageQuery(string select, string alias, RegionCode? region, PlacementQuery query, (LocalDate Start, string Id)? after, string? condition = null, string orderBy = "")
    {
        var filter = new PlacementFilter(region, StartedOnOrBefore: query.StartedOnOrBefore, StartedOnOrAfter: query.StartedOnOrAfter);
        if (after is not { } position)
        {
            return Query(select, alias, filter, condition, orderBy);
        }

        var keyset = $"({alias}.start > @afterStart OR ({alias}.start = @afterStart AND {alias}.id > @afterId))";
        return Query(select, alias, filter, condition is null ? keyset : $"{condition} AND {keyset}", orderBy)
            .WithParameter("@afterStart", Mapping.Format(position.Start))
            .WithParameter("@afterId", position.Id);
    }
}
