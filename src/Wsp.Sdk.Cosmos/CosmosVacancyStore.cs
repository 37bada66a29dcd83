using System.Collections.Concurrent;
using System.Net;
using Ardalis.Specification;
using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// Vacancies (vacatures) as documents partitioned by region, with their referrals and placements inside. A write that
/// adds placements reserves their ids first (<see cref="PlacementIds"/>), so a placement id is unique across the store.
/// </summary>
internal sealed class CosmosVacancyStore : IVacancyStore
{
    private const string Kind = "vacancy";
    private const int ReadLimit = 10_000;

    private readonly Container _container;
    private readonly Keys _keys;
    private readonly PlacementIds _placementIds;

    // The placement ids of each vacancy at the version this process last read or wrote, so a replace over that version
    // (read–change–write) knows which placements it adds without reading the document again.
    private readonly ConcurrentDictionary<string, (string ETag, string[] PlacementIds)> _read = new(StringComparer.Ordinal);

    public CosmosVacancyStore(Container container, Keys keys, PlacementIds placementIds)
    {
        _container = container;
        _keys = keys;
        _placementIds = placementIds;
    }

    public async Task<Versioned<Vacancy>?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(id);
        var document = await DocumentStore.FindAsync<VacancyDocument>(_container, _keys, Keys.Of(Kind, id), id, cancellationToken).ConfigureAwait(false);
        if (document is null)
        {
            return null;
        }

        var vacancy = Mapping.ToVacancy(document.Value.Document);
        Remember(vacancy, document.Value.ETag);
        return new Versioned<Vacancy>(vacancy, document.Value.ETag);
    }

    public async Task<Versioned<Vacancy>> InsertAsync(Vacancy vacancy, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(vacancy);
        var document = Mapping.ToDocument(vacancy);
        var reservations = await _placementIds.ReserveBookedAsync(vacancy.Id, document.RegionCode, [.. vacancy.Placements.Select(p => p.Id)], cancellationToken).ConfigureAwait(false);
        string etag;
        try
        {
            etag = await DocumentStore.InsertAsync(_container, _keys, Keys.Of(Kind, vacancy.Id), document.Id, document.RegionCode, document, $"Vacancy {vacancy.Id}", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!DocumentStore.IsOutcomeUnknown(e))
        {
            await _placementIds.ReleaseAsync(reservations).ConfigureAwait(false);
            throw;
        }

        Remember(vacancy, etag);
        return new Versioned<Vacancy>(vacancy, etag);
    }

    public async Task<Versioned<Vacancy>> ReplaceAsync(Vacancy vacancy, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(vacancy);
        Preconditions.CheckNotNullOrWhiteSpace(etag);
        var document = Mapping.ToDocument(vacancy);
        var added = await AddedPlacementsAsync(vacancy, document.RegionCode, etag, cancellationToken).ConfigureAwait(false);
        var reservations = await _placementIds.ReserveBookedAsync(vacancy.Id, document.RegionCode, added, cancellationToken).ConfigureAwait(false);
        string written;
        try
        {
            written = await DocumentStore.ReplaceAsync(_container, document.Id, document.RegionCode, document, etag, $"Vacancy {vacancy.Id}", cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (!DocumentStore.IsOutcomeUnknown(e))
        {
            // Lost the race (412) or failed otherwise: the ids it reserved are free again before the failure surfaces.
            // A write whose outcome is unknown keeps them: if it landed, they are its placements'.
            await _placementIds.ReleaseAsync(reservations).ConfigureAwait(false);
            throw;
        }

        Remember(vacancy, written);
        return new Versioned<Vacancy>(vacancy, written);
    }

    public Task<Page<VacancySummary>> QueryAsync(ISpecification<VacancySummary> specification, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(specification);
        return Queries.PageAsync<VacancySummary, VacancyDocument>(_container, specification, continuationToken, Mapping.ToSummary, cancellationToken);
    }

    #region Batch reads

    // Point reads (1 RU each, routed by the id→partition keys) issued together rather than a cross-partition IN
    // query: the vacancies of a page lie in many partitions, and point reads are the cheapest read Cosmos has.
    public async Task<IReadOnlyList<Versioned<Vacancy>>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var reads = Preconditions.CheckNotNull(ids).Distinct(StringComparer.Ordinal).Select(id => FindAsync(id, cancellationToken)).ToArray();
        var found = await Task.WhenAll(reads).ConfigureAwait(false);
        return [.. found.OfType<Versioned<Vacancy>>()];
    }

    #endregion

    /// <summary>
    /// The ids of the placements a replace over <paramref name="etag"/> adds: from what this process read or wrote at
    /// that version, else from the stored document, read once. A stored document at another version means the replace
    /// would fail: Conflict at once, before anything is reserved.
    /// </summary>
    private async Task<string[]> AddedPlacementsAsync(Vacancy vacancy, string region, string etag, CancellationToken cancellationToken)
    {
        if (vacancy.Placements.Count == 0)
        {
            return [];
        }

        string[] stored;
        if (_read.TryGetValue(vacancy.Id, out var known) && known.ETag == etag)
        {
            stored = known.PlacementIds;
        }
        else
        {
            using var response = await _container.ReadItemStreamAsync(vacancy.Id, new PartitionKey(region), cancellationToken: cancellationToken).ConfigureAwait(false);
            Json.EnsureSuccess(response, $"Vacancy {vacancy.Id}");
            if (response.Headers.ETag != etag)
            {
                throw new StoreException(StoreErrorCode.Conflict, $"Vacancy {vacancy.Id} changed since it was read: read it again, reapply the change and retry.");
            }

            stored = [.. Json.FromStream<VacancyDocument>(response.Content).State.Placements.Select(p => p.Id)];
        }

        return [.. vacancy.Placements.Select(p => p.Id).Except(stored, StringComparer.Ordinal)];
    }

    private void Remember(Vacancy vacancy, string etag)
    {
        if (_read.Count >= ReadLimit)
        {
            _read.Clear();
        }

        _read[vacancy.Id] = (etag, [.. vacancy.Placements.Select(p => p.Id)]);
    }
}

/// <summary>Point reads and ETag-guarded writes on the stream API, shared by the aggregates.</summary>
internal static class DocumentStore
{
    public static async Task<(T Document, string ETag)?> FindAsync<T>(Container container, Keys keys, string key, string id, CancellationToken cancellationToken)
    {
        for (var fresh = false; ; fresh = true)
        {
            var partition = await keys.FindPartitionAsync(key, fresh, cancellationToken).ConfigureAwait(false);
            if (partition is null)
            {
                return null;
            }

            using var response = await container.ReadItemStreamAsync(id, new PartitionKey(partition), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (Json.IsMissingDocument(response))
            {
                if (fresh)
                {
                    return null;
                }

                // The cached partition may be that of a write that failed half-way: read the key again, once.
                keys.Forget(key);
                continue;
            }

            Json.EnsureSuccess(response, key);
            return (Json.FromStream<T>(response.Content), response.Headers.ETag);
        }
    }

    public static async Task<bool> ExistsAsync(Container container, string id, string partition, CancellationToken cancellationToken)
    {
        using var response = await container.ReadItemStreamAsync(id, new PartitionKey(partition), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (Json.IsMissingDocument(response))
        {
            return false;
        }

        Json.EnsureSuccess(response, id);
        return true;
    }

    public static async Task<string> InsertAsync<T>(Container container, Keys keys, string key, string id, string partition, T document, string what, CancellationToken cancellationToken)
    {
        await keys.ReserveAsync(new KeyClaim(key, partition, Holder: null, SameHolder.Accept), (held, ct) => ExistsAsync(container, id, held.PartitionKey, ct), what, cancellationToken).ConfigureAwait(false);
        return await CommitAsync(() => container.CreateItemStreamAsync(Json.ToStream(document), new PartitionKey(partition), cancellationToken: CancellationToken.None), what, cancellationToken).ConfigureAwait(false);
    }

    public static Task<string> ReplaceAsync<T>(Container container, string id, string partition, T document, string etag, string what, CancellationToken cancellationToken)
    {
        var options = new ItemRequestOptions { IfMatchEtag = etag };
        return CommitAsync(() => container.ReplaceItemStreamAsync(Json.ToStream(document), id, new PartitionKey(partition), options, CancellationToken.None), what, cancellationToken);
    }

    /// <summary>
    /// Sends the request that commits a write (the create or replace of the document itself): the token is honoured up
    /// to the send, never during it, so a cancelled caller never abandons a write half-way. An answer that does not
    /// say whether the write took effect — a timeout (408, 504), an unavailable or moved replica (503, 410) or a transport
    /// failure after the request went out — is <see cref="StoreErrorCode.OutcomeUnknown"/>; a throttled one (429) was
    /// not processed and is Unavailable, as the rest map as <see cref="Json.EnsureSuccess"/> says.
    /// </summary>
    /// <returns>The document's new ETag.</returns>
    public static async Task<string> CommitAsync(Func<Task<ResponseMessage>> send, string what, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ResponseMessage response;
        try
        {
            response = await send().ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or CosmosException { StatusCode: HttpStatusCode.RequestTimeout or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.Gone })
        {
            throw new StoreException(StoreErrorCode.OutcomeUnknown, $"{what} was sent to Cosmos DB, but its answer did not come ({e.GetType().Name}): read it to know whether it was written.", e);
        }

        using (response)
        {
            if (response.StatusCode is HttpStatusCode.RequestTimeout or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout or HttpStatusCode.Gone)
            {
                throw new StoreException(StoreErrorCode.OutcomeUnknown, $"{what} was sent to Cosmos DB, which answered {(int)response.StatusCode} {response.StatusCode}: read it to know whether it was written.", Json.Failure(response));
            }

            Json.EnsureSuccess(response, what);
            return response.Headers.ETag;
        }
    }

    /// <summary>Whether a write's failure leaves it unknown whether the write took effect: then what it reserved is kept (its lease frees it).</summary>
    public static bool IsOutcomeUnknown(Exception e) => e is StoreException { Code: StoreErrorCode.OutcomeUnknown };
}
