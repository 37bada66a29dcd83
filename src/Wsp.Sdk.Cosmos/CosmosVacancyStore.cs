using Ardalis.Specification;
using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Cosmos;

/// <summary>Vacancies (vacatures) as documents partitioned by region, with their referrals and placements inside.</summary>
internal sealed class CosmosVacancyStore : IVacancyStore
{
    private const string Kind = "vacancy";

    private readonly Container _container;
    private readonly Keys _keys;

    public CosmosVacancyStore(Container container, Keys keys)
    {
        _container = container;
        _keys = keys;
    }

    public async Task<Versioned<Vacancy>?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(id);
        var document = await DocumentStore.FindAsync<VacancyDocument>(_container, _keys, Keys.Of(Kind, id), id, cancellationToken).ConfigureAwait(false);
        return document is null ? null : new Versioned<Vacancy>(Mapping.ToVacancy(document.Value.Document), document.Value.ETag);
    }

    public async Task<Versioned<Vacancy>> InsertAsync(Vacancy vacancy, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(vacancy);
        var document = Mapping.ToDocument(vacancy);
        var etag = await DocumentStore.InsertAsync(_container, _keys, Keys.Of(Kind, vacancy.Id), document.Id, document.RegionCode, document, $"Vacancy {vacancy.Id}", cancellationToken).ConfigureAwait(false);
        return new Versioned<Vacancy>(vacancy, etag);
    }

    public async Task<Versioned<Vacancy>> ReplaceAsync(Vacancy vacancy, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(vacancy);
        Preconditions.CheckNotNullOrWhiteSpace(etag);
        var document = Mapping.ToDocument(vacancy);
        var written = await DocumentStore.ReplaceAsync(_container, document.Id, document.RegionCode, document, etag, $"Vacancy {vacancy.Id}", cancellationToken).ConfigureAwait(false);
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
        await keys.ReserveAsync(key, partition, (p, ct) => ExistsAsync(container, id, p, ct), what, cancellationToken).ConfigureAwait(false);
        using var response = await container.CreateItemStreamAsync(Json.ToStream(document), new PartitionKey(partition), cancellationToken: cancellationToken).ConfigureAwait(false);
        Json.EnsureSuccess(response, what);
        return response.Headers.ETag;
    }

    public static async Task<string> ReplaceAsync<T>(Container container, string id, string partition, T document, string etag, string what, CancellationToken cancellationToken)
    {
        var options = new ItemRequestOptions { IfMatchEtag = etag };
        using var response = await container.ReplaceItemStreamAsync(Json.ToStream(document), id, new PartitionKey(partition), options, cancellationToken).ConfigureAwait(false);
        Json.EnsureSuccess(response, what);
        return response.Headers.ETag;
    }
}
