using System.Net;
using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Arrangements;
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
    private readonly Container _placements;
    private readonly Container _vacancies;
    private readonly Keys _keys;
    private readonly PlacementIds _placementIds;
    private readonly CosmosStoreOptions _options;
    private readonly IArrangementStore _arrangements;

    public CosmosPlacementStore(Container placements, Container vacancies, Keys keys, PlacementIds placementIds, CosmosStoreOptions options, IArrangementStore arrangements)
    {
        _placements = placements;
        _vacancies = vacancies;
        _keys = keys;
        _placementIds = placementIds;
        _options = options;
        _arrangements = arrangements;
    }

    public async Task<ImportResult> ImportAsync(string importId, IAsyncEnumerable<Placement> placements, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(importId);
        Preconditions.CheckNotNull(placements);
        var marker = Keys.Of("import", importId);
        if (await _keys.FindPartitionAsync(marker, fresh: true, cancellationToken).ConfigureAwait(false) is not null)
        {
            return new ImportResult(importId, 0, alreadyImported: true);
        }

        // An earlier attempt without a marker failed half-way: start from nothing.
        await DeleteImportedAsync(importId, cancellationToken).ConfigureAwait(false);

        // Rule L2 for placements that name an arrangement: the arrangements are read once per import.
        var arrangements = ArrangementExecution.Of(await _arrangements.ListAsync(ArrangementFilter.All, cancellationToken).ConfigureAwait(false));
        var written = 0;
        var aggregates = new ImportAggregates(this, importId);
        try
        {
            var chunk = new List<PlacementDocument>(_options.ImportChunkSize);
            await foreach (var placement in placements.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                Preconditions.CheckNotNull(placement, nameof(placements));
                // Rule L2, thrown before the placement is written; the catch below removes what the import wrote.
                arrangements.EnsureExecuted(placement);

                chunk.Add(Mapping.ToDocument(placement, importId));
                aggregates.Add(placement);
                if (aggregates.IsFull)
                {
                    await aggregates.FlushAsync(cancellationToken).ConfigureAwait(false);
                }

                if (chunk.Count == _options.ImportChunkSize)
                {
                    written += await WriteAsync(importId, chunk, cancellationToken).ConfigureAwait(false);
                    chunk.Clear();
                }
            }

            written += await WriteAsync(importId, chunk, cancellationToken).ConfigureAwait(false);

            // The import's pre-aggregates before its marker: a marker means both are complete.
            await aggregates.FlushAsync(cancellationToken).ConfigureAwait(false);
            var document = new KeyDocument { Id = marker, PartitionKey = "", Count = written };
            using var response = await _keys.Container.CreateItemStreamAsync(Json.ToStream(document), new PartitionKey(marker), cancellationToken: cancellationToken).ConfigureAwait(false);
            Json.EnsureSuccess(response, $"Import {importId}");
            return new ImportResult(importId, written, alreadyImported: false);
        }
        catch (Exception failure)
        {
            // Nothing half-written: remove this import's placements whatever went wrong, then let the failure surface.
            try
            {
                await DeleteImportedAsync(importId, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception rollbackFailure)
            {
                throw new AggregateException(
                    $"Import {importId} failed, and removing what it wrote failed too: run RollbackImportAsync(\"{importId}\") before importing it again.",
                    failure,
                    rollbackFailure);
            }

            throw;
        }
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

    private async Task<int> WriteAsync(string importId, List<PlacementDocument> chunk, CancellationToken cancellationToken)
    {
        if (chunk.Count == 0)
        {
            return 0;
        }

        if (_options.UseBulkImport)
        {
            // Bulk mode: issue every write of the chunk at once; the SDK groups them into batches per partition.
            await Task.WhenAll(chunk.Select(d => CreateAsync(importId, d, cancellationToken))).ConfigureAwait(false);
        }
        else
        {
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.ImportParallelism, CancellationToken = cancellationToken };
            await Parallel.ForEachAsync(chunk, parallel, (d, ct) => new ValueTask(CreateAsync(importId, d, ct))).ConfigureAwait(false);
        }

        return chunk.Count;
    }

    private async Task CreateAsync(string importId, PlacementDocument document, CancellationToken cancellationToken)
    {
        // The id first, across regions and booked placements; a failed import takes its reservations back with its placements.
        await _placementIds.ReserveImportedAsync(importId, document, cancellationToken).ConfigureAwait(false);
        using var response = await _placements.CreateItemStreamAsync(Json.ToStream(document), new PartitionKey(document.RegionCode), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            throw new StoreException(StoreErrorCode.AlreadyExists, $"Placement {document.Id} is in the store already; import {importId} wrote nothing.", Json.Failure(response));
        }

        Json.EnsureSuccess(response, $"Placement {document.Id} of import {importId}");
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
