using Microsoft.Azure.Cosmos;
using Newtonsoft.Json;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// Keeps a placement id (plaatsingsnummer) unique across the whole store, as the SQLite store's primary key does:
/// booked placements live inside their vacancy's document and imported ones in the placements container, each
/// partitioned by region, and Cosmos DB keeps an id unique within one container's partition only. So every placement
/// id is reserved in the keys container (<c>placement:ID</c>, held by <c>vacancy:ID</c> or <c>import:ID</c>) before
/// the write that adds it, and the reservation is taken back when that write fails.
/// </summary>
internal sealed class PlacementIds
{
    private readonly Keys _keys;
    private readonly Container _vacancies;
    private readonly Container _placements;
    private readonly int _parallelism;
    private readonly int _pageSize;

    public PlacementIds(Keys keys, Container vacancies, Container placements, int parallelism, int pageSize)
    {
        _keys = keys;
        _vacancies = vacancies;
        _placements = placements;
        _parallelism = parallelism;
        _pageSize = pageSize;
    }

    /// <summary>
    /// Reserves the ids of placements a vacancy's next write adds, all or none: when one is taken, those reserved are
    /// taken back and AlreadyExists surfaces.
    /// </summary>
    public async Task<Reservation[]> ReserveBookedAsync(string vacancyId, string region, IReadOnlyCollection<string> placementIds, CancellationToken cancellationToken)
    {
        if (placementIds.Count == 0)
        {
            return [];
        }

        var holder = Keys.Of("vacancy", vacancyId);
        var reservations = placementIds
            .Select(id => _keys.ReserveAsync(new KeyClaim(KeyOf(id), region, holder, SameHolder.TakeOver), Holds(id), What(id), cancellationToken))
            .ToArray();
        try
        {
            return await Task.WhenAll(reservations).ConfigureAwait(false);
        }
        catch
        {
            // All or none: the ids reserved for this write go back before its failure surfaces.
            await ReleaseAsync(reservations.Where(r => r.IsCompletedSuccessfully).Select(r => r.Result)).ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>
    /// Reserves the id of a placement an import writes. An id the import itself reserved already is a placement named
    /// twice in it: AlreadyExists. A failed import takes its reservations back with <see cref="ReleaseImportAsync"/>.
    /// </summary>
    public Task<Reservation> ReserveImportedAsync(string importId, PlacementDocument placement, CancellationToken cancellationToken) =>
        _keys.ReserveAsync(new KeyClaim(KeyOf(placement.Id), placement.RegionCode, ImportHolder(importId), SameHolder.Refuse), Holds(placement.Id), What(placement.Id), cancellationToken);

    /// <summary>Takes back reservations of a write that failed (<see cref="Keys.ReleaseAsync"/>).</summary>
    public async Task ReleaseAsync(IEnumerable<Reservation> reservations)
    {
        foreach (var reservation in reservations)
        {
            await _keys.ReleaseAsync(reservation, What(reservation.Key)).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes back every reservation an import holds, after its placements are gone (a rollback, or a failed or retried
    /// import): found by holder (the keys container indexes it), each deleted only while unchanged, so an id another
    /// writer has taken over since stays theirs.
    /// </summary>
    public async Task ReleaseImportAsync(string importId, CancellationToken cancellationToken)
    {
        var query = new QueryDefinition("SELECT c.id AS id, c._etag AS etag FROM c WHERE c.holder = @holder").WithParameter("@holder", ImportHolder(importId));
        var held = await Queries.ListAsync<HeldKey>(_keys.Container, query, partitionKey: null, _pageSize, cancellationToken).ConfigureAwait(false);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _parallelism, CancellationToken = cancellationToken };
        await Parallel.ForEachAsync(held, parallel, async (key, _) =>
            await _keys.ReleaseAsync(new Reservation(key.Id, key.ETag, Releasable: true), What(key.Id)).ConfigureAwait(false)).ConfigureAwait(false);
    }

    private static string KeyOf(string placementId) => Keys.Of("placement", placementId);

    private static string ImportHolder(string importId) => Keys.Of("import", importId);

    private static string What(string placementIdOrKey) =>
        $"Placement {(placementIdOrKey.StartsWith("placement:", StringComparison.Ordinal) ? placementIdOrKey["placement:".Length..] : placementIdOrKey)}";

    /// <summary>Whether a reservation's holder holds the id: the vacancy's document lists the placement, or the import's placement document exists.</summary>
    private Func<KeyDocument, CancellationToken, Task<bool>> Holds(string placementId) => async (held, cancellationToken) =>
    {
        if (held.Holder is { } holder && holder.StartsWith("vacancy:", StringComparison.Ordinal))
        {
            using var response = await _vacancies.ReadItemStreamAsync(holder["vacancy:".Length..], new PartitionKey(held.PartitionKey), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (Json.IsMissingDocument(response))
            {
                return false;
            }

            Json.EnsureSuccess(response, holder);
            return Json.FromStream<VacancyDocument>(response.Content).State.Placements.Exists(p => p.Id == placementId);
        }

        if (held.Holder is { } import && import.StartsWith("import:", StringComparison.Ordinal))
        {
            return await DocumentStore.ExistsAsync(_placements, placementId, held.PartitionKey, cancellationToken).ConfigureAwait(false);
        }

        // A key of a kind this version does not know: never take it over.
        return true;
    };

    private sealed class HeldKey
    {
        [JsonProperty("id")] public string Id { get; set; } = "";
        [JsonProperty("etag")] public string ETag { get; set; } = "";
    }
}
