using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// Imported placements (plaatsingen) as documents partitioned by region, each tagged with its import's id; streamed
/// together with the placements booked inside vacancy documents.
/// </summary>
/// <remarks>
/// An import reserves each placement's id (<see cref="PlacementIds"/>: unique across regions and booked placements) and
/// writes the placement (bulk mode, or point writes with bounded parallelism), then its marker
/// (<c>import:ID</c> in the keys container) last: a marker means the import is complete, so a retried import with a
/// marker writes nothing. Without a marker, what an earlier attempt left is removed first. A failure or cancellation
/// removes what the import wrote, reservations included, before the exception surfaces.
/// </remarks>
internal sealed partial class CosmosPlacementStore : IPlacementStore
{
    /// <summary>How many ids one look-up query names (<see cref="FindExistingIdsAsync"/>): an import's batch in a few queries, each well inside a query's size.</summary>
    private const int IdsPerQuery = 500;

    private readonly Container _placements;
    private readonly Container _vacancies;
    private readonly Keys _keys;
    private readonly PlacementIds _placementIds;
    private readonly CosmosStoreOptions _options;

    public CosmosPlacementStore(Container placements, Container vacancies, Keys keys, PlacementIds placementIds, CosmosStoreOptions options)
    {
        _placements = placements;
        _vacancies = vacancies;
        _keys = keys;
        _placementIds = placementIds;
        _options = options;
    }

    public async Task<IPlacementImport?> BeginImportAsync(string importId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(importId);
        if (await _keys.FindPartitionAsync(Keys.Of("import", importId), fresh: true, cancellationToken).ConfigureAwait(false) is not null)
        {
            return null;
        }

        // An earlier attempt without a marker failed half-way: start from nothing.
        await DeleteImportedAsync(importId, cancellationToken).ConfigureAwait(false);
        return new Import(this, importId);
    }

    public async Task<IReadOnlyCollection<string>> FindExistingIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(ids);
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in ids.Select(id => Preconditions.CheckNotNull(id, nameof(ids))).Distinct(StringComparer.Ordinal).Chunk(IdsPerQuery))
        {
            found.UnionWith(await FindStoredAsync(chunk, cancellationToken).ConfigureAwait(false));
        }

        return found;
    }

    /// <summary>
    /// Which of some ids are stored: imported ones in the placements container, booked ones inside their vacancy
    /// documents; one query naming the ids in each (all partitions: an id does not say its region).
    /// </summary>
    private async Task<List<string>> FindStoredAsync(string[] ids, CancellationToken cancellationToken)
    {
        var imported = new QueryDefinition("SELECT VALUE c.id FROM c WHERE ARRAY_CONTAINS(@ids, c.id) AND NOT IS_DEFINED(c.aggregate)").WithParameter("@ids", ids);
        var booked = new QueryDefinition("SELECT VALUE p.id FROM c JOIN p IN c.state.placements WHERE ARRAY_CONTAINS(@ids, p.id)").WithParameter("@ids", ids);
        var found = await Queries.ListAsync<string>(_placements, imported, partitionKey: null, _options.QueryPageSize, cancellationToken).ConfigureAwait(false);
        found.AddRange(await Queries.ListAsync<string>(_vacancies, booked, partitionKey: null, _options.QueryPageSize, cancellationToken).ConfigureAwait(false));
        return found;
    }

    public async Task<int> RollbackImportAsync(string importId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(importId);
        var removed = await DeleteImportedAsync(importId, cancellationToken).ConfigureAwait(false);
        var marker = Keys.Of("import", importId);
        using var response = await _keys.Container.DeleteItemStreamAsync(marker, new PartitionKey(marker), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!Json.IsMissingDocument(response))
        {
            Json.EnsureSuccess(response, $"Import {importId}");
        }

        return removed;
    }

    public async IAsyncEnumerable<Placement> StreamAsync(PlacementFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(filter);
        var partitionKey = filter.Region is { } region ? new PartitionKey(region.ToString()) : (PartitionKey?)null;
        var imported = Query("SELECT * FROM c", "c", filter, "NOT IS_DEFINED(c.aggregate)");
        await foreach (var document in Queries.StreamAsync<PlacementDocument>(_placements, imported, partitionKey, _options.QueryPageSize, cancellationToken).ConfigureAwait(false))
        {
            yield return Mapping.ToPlacement(document);
        }

        var booked = Query("SELECT VALUE p FROM c JOIN p IN c.state.placements", "p", filter);
        await foreach (var document in Queries.StreamAsync<PlacementDocument>(_vacancies, booked, partitionKey, _options.QueryPageSize, cancellationToken).ConfigureAwait(false))
        {
            yield return Mapping.ToPlacement(document);
        }
    }

    /// <summary>The filter in the query text; the region also as the partition-key predicate (<c>c.regionCode</c>).</summary>
    internal static QueryDefinition Query(string select, string alias, PlacementFilter filter, string? condition = null, string orderBy = "")
    {
        var where = new List<string>();
        if (condition is not null)
        {
            // The placements container also holds the imports' pre-aggregate documents (CosmosPlacementAggregates).
            where.Add(condition);
        }

        var parameters = new List<(string, string)>();
        if (filter.Region is { } region)
        {
            where.Add("c.regionCode = @region");
            parameters.Add(("@region", region.ToString()));
        }

        if (filter.StartedOnOrBefore is { } startedOnOrBefore)
        {
            where.Add($"{alias}.start <= @startedOnOrBefore");
            parameters.Add(("@startedOnOrBefore", Mapping.Format(startedOnOrBefore)));
        }

        if (filter.StartedOnOrAfter is { } startedOnOrAfter)
        {
            where.Add($"{alias}.start >= @startedOnOrAfter");
            parameters.Add(("@startedOnOrAfter", Mapping.Format(startedOnOrAfter)));
        }

        if (filter.EndedOnOrAfter is { } endedOnOrAfter)
        {
            where.Add($"(IS_NULL({alias}[\"end\"]) OR {alias}[\"end\"] >= @endedOnOrAfter)");
            parameters.Add(("@endedOnOrAfter", Mapping.Format(endedOnOrAfter)));
        }

        var text = new StringBuilder(select);
        if (where.Count > 0)
        {
            text.Append(" WHERE ").AppendJoin(" AND ", where);
        }

        var query = new QueryDefinition(text.Append(orderBy).ToString());
        foreach (var (name, value) in parameters)
        {
            query = query.WithParameter(name, value);
        }

        return query;
    }

    /// <summary>Writes a chunk of an import's documents; returns which were not written because their id is taken.</summary>
    private async Task<bool[]> WriteAsync(List<PlacementDocument> chunk, CancellationToken cancellationToken)
    {
        var written = new bool[chunk.Count];
        if (_options.UseBulkImport)
        {
            // Bulk mode: issue every write of the chunk at once; the SDK groups them into batches per partition.
            await Task.WhenAll(chunk.Select(async (d, i) => written[i] = await CreateAsync(d, cancellationToken).ConfigureAwait(false))).ConfigureAwait(false);
        }
        else
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.ImportParallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(Enumerable.Range(0, chunk.Count), parallel, async (i, ct) => written[i] = await CreateAsync(chunk[i], ct).ConfigureAwait(false)).ConfigureAwait(false);
        }

        return written;
    }

    /// <summary>
    /// Creates one imported placement's document; false when its id is taken — its reservation refused (held across
    /// regions and booked placements) or, meanwhile, its document in its partition (409) — so nothing was written.
    /// </summary>
    private async Task<bool> CreateAsync(PlacementDocument document, CancellationToken cancellationToken)
    {
        // The id first, across regions and booked placements; a failed import takes its reservations back with its placements.
        try
        {
            await _placementIds.ReserveImportedAsync(document.ImportId!, document, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e) when (e.Code == StoreErrorCode.AlreadyExists)
        {
            return false;
        }

        using var response = await _placements.CreateItemStreamAsync(Json.ToStream(document), new PartitionKey(document.RegionCode), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }

        Json.EnsureSuccess(response, $"Placement {document.Id} of import {document.ImportId}");
        return true;
    }

    private async Task<int> DeleteImportedAsync(string importId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT c.id AS id, c.regionCode AS pk FROM c WHERE c.importId = @importId").WithParameter("@importId", importId);
        var keys = await Queries.ListAsync<DocumentKey>(_placements, query, partitionKey: null, _options.QueryPageSize, cancellationToken).ConfigureAwait(false);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.ImportParallelism, CancellationToken = cancellationToken };
        var removed = 0;
        var aggregateIds = new HashSet<string>(await Queries.ListAsync<string>(
            _placements,
            new QueryDefinition("SELECT VALUE c.id FROM c WHERE c.importId = @importId AND IS_DEFINED(c.aggregate)").WithParameter("@importId", importId),
            partitionKey: null,
            _options.QueryPageSize,
            cancellationToken).ConfigureAwait(false), StringComparer.Ordinal);
        await Parallel.ForEachAsync(keys, parallel, async (key, ct) =>
        {
            using var response = await _placements.DeleteItemStreamAsync(key.Id, new PartitionKey(key.PartitionKey), cancellationToken: ct).ConfigureAwait(false);
            if (!Json.IsMissingDocument(response))
            {
                Json.EnsureSuccess(response, $"Placement {key.Id} of import {importId}");
                if (!aggregateIds.Contains(key.Id))
                {
                    Interlocked.Increment(ref removed);
                }
            }
        }).ConfigureAwait(false);

        // The ids' reservations last, once the placements that held them are gone.
        await _placementIds.ReleaseImportAsync(importId, cancellationToken).ConfigureAwait(false);
        return removed;
    }
}
