using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

internal sealed partial class CosmosPlacementStore
{
    /// <summary>
    /// An import in progress on Cosmos DB: its placements are written as they come (each document tagged with the
    /// import's id, so nothing counts them before the marker exists), its pre-aggregates flushed in parts; commit writes
    /// the marker, and disposing it uncommitted removes every document it wrote.
    /// </summary>
    /// <remarks>
    /// A document's id is unique only in its partition (the region), so before a chunk is written its ids are looked up
    /// across the store (<see cref="FindExistingIdsAsync"/>: imported in any region, booked, or written earlier by this
    /// import) and repeats within the chunk are caught; a 409 on the write (another writer, meanwhile) counts as taken too.
    /// </remarks>
    private sealed class Import(CosmosPlacementStore store, string importId) : IPlacementImport
    {
        private readonly ImportAggregates _aggregates = new(store, importId);
        private int _written;
        private bool _committed;
        private bool _disposed;

        public string ImportId { get; } = importId;

        public async Task<IReadOnlyList<Placement>> WriteAsync(IReadOnlyList<Placement> placements, CancellationToken cancellationToken = default)
        {
            Preconditions.CheckNotNull(placements);
            EnsureOpen();
            List<Placement>? taken = null;
            foreach (var chunk in placements.Select(p => Preconditions.CheckNotNull(p, nameof(placements))).Chunk(store._options.ImportChunkSize))
            {
                // Ids are unique across the store, but a document's id only within its partition (its region): an id
                // already stored in any region, booked, or written earlier by this import is found first, by asking.
                var free = new bool[chunk.Length];
                var stored = await store.FindExistingIdsAsync([.. chunk.Select(p => p.Id)], cancellationToken).ConfigureAwait(false);
                var inChunk = new HashSet<string>(StringComparer.Ordinal);
                var documents = new List<PlacementDocument>(chunk.Length);
                var positions = new List<int>(chunk.Length);
                for (var i = 0; i < chunk.Length; i++)
                {
                    if (!stored.Contains(chunk[i].Id) && inChunk.Add(chunk[i].Id))
                    {
                        documents.Add(Mapping.ToDocument(chunk[i], ImportId));
                        positions.Add(i);
                    }
                }

                var written = await store.WriteAsync(documents, cancellationToken).ConfigureAwait(false);
                for (var d = 0; d < documents.Count; d++)
                {
                    free[positions[d]] = written[d];
                }

                for (var i = 0; i < chunk.Length; i++)
                {
                    if (!free[i])
                    {
                        (taken ??= []).Add(chunk[i]);
                        continue;
                    }

                    _written++;
                    _aggregates.Add(chunk[i]);
                    if (_aggregates.IsFull)
                    {
                        await _aggregates.FlushAsync(cancellationToken).ConfigureAwait(false);
                    }
                }
            }

            return taken ?? (IReadOnlyList<Placement>)[];
        }

        public async Task<ImportResult> CommitAsync(CancellationToken cancellationToken = default)
        {
            EnsureOpen();
            // The import's pre-aggregates before its marker: a marker means both are complete.
            await _aggregates.FlushAsync(cancellationToken).ConfigureAwait(false);
            var marker = Keys.Of("import", ImportId);
            var document = new KeyDocument { Id = marker, PartitionKey = "", Count = _written };
            using var response = await store._keys.Container.CreateItemStreamAsync(Json.ToStream(document), new PartitionKey(marker), cancellationToken: cancellationToken).ConfigureAwait(false);
            Json.EnsureSuccess(response, $"Import {ImportId}");
            _committed = true;
            return new ImportResult(ImportId, _written, alreadyImported: false);
        }

        public async ValueTask DisposeAsync()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            if (_committed)
            {
                return;
            }

            // Nothing half-written: remove this import's documents, whatever stopped it.
            try
            {
                await store.DeleteImportedAsync(ImportId, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e) when (e is CosmosException or StoreException or HttpRequestException)
            {
                throw new StoreException(
                    StoreErrorCode.Unavailable,
                    $"Import {ImportId} was not committed, and removing what it wrote failed: run RollbackImportAsync(\"{ImportId}\") before importing it again.",
                    e);
            }
        }

        private void EnsureOpen()
        {
            if (_committed || _disposed)
            {
                throw new InvalidOperationException($"Import {ImportId} was {(_committed ? "committed" : "disposed")}: begin another to write more.");
            }
        }
    }
}
