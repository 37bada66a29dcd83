using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Azure.Cosmos;
using Newtonsoft.Json;
using NodaTime;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// The records of requests sent with an idempotency key (idempotentiesleutels) as documents partitioned by partner, the
/// id the SHA-256 of the key (a key may hold characters Cosmos DB ids may not, and up to 255 of them). Each document
/// carries a <c>ttl</c> up to its expiry, so Cosmos DB removes it itself; until it does, the store judges expiry by
/// <see cref="IdempotencyRecord.ExpiresAt"/>, so an expired record is never answered.
/// </summary>
internal sealed class CosmosIdempotencyStore : IIdempotencyStore
{
    private readonly Container _container;

    public CosmosIdempotencyStore(Container container) => _container = container;

    public async Task<Versioned<IdempotencyRecord>?> FindAsync(string partner, string key, Instant asOf, CancellationToken cancellationToken = default)
    {
        var found = await ReadAsync(Preconditions.CheckNotNullOrWhiteSpace(partner), Preconditions.CheckNotNullOrWhiteSpace(key), cancellationToken).ConfigureAwait(false);
        return found is { } record && !record.Value.IsExpiredAt(asOf) ? record : null;
    }

    public async Task<Versioned<IdempotencyRecord>> InsertAsync(IdempotencyRecord record, Instant asOf, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(record);
        var document = IdempotencyDocument.Of(record, asOf);
        var what = What(record.Partner, record.Key);
        using (var created = await _container.CreateItemStreamAsync(Json.ToStream(document), new PartitionKey(record.Partner), cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (created.StatusCode != HttpStatusCode.Conflict)
            {
                Json.EnsureSuccess(created, what);
                return new Versioned<IdempotencyRecord>(record, created.Headers.ETag);
            }
        }

        // The key is held: by an expired record (Cosmos DB's ttl has not removed it yet), which this one replaces, or not.
        var held = await ReadAsync(record.Partner, record.Key, cancellationToken).ConfigureAwait(false);
        if (held is null || !held.Value.IsExpiredAt(asOf))
        {
            throw new StoreException(StoreErrorCode.AlreadyExists, $"{what} is held by a record that has not expired.");
        }

        try
        {
            return await ReplaceAsync(record, held.ETag, asOf, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e) when (e.Code is StoreErrorCode.Conflict or StoreErrorCode.NotFound)
        {
            throw new StoreException(StoreErrorCode.AlreadyExists, $"{what} was taken by another request meanwhile.", e);
        }
    }

    public Task<Versioned<IdempotencyRecord>> ReplaceAsync(IdempotencyRecord record, string etag, CancellationToken cancellationToken = default) =>
        ReplaceAsync(Preconditions.CheckNotNull(record), Preconditions.CheckNotNullOrWhiteSpace(etag), record.CreatedAt, cancellationToken);

    public async Task DeleteAsync(string partner, string key, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(partner);
        Preconditions.CheckNotNullOrWhiteSpace(key);
        Preconditions.CheckNotNullOrWhiteSpace(etag);
        var options = new ItemRequestOptions { IfMatchEtag = etag };
        using var response = await _container.DeleteItemStreamAsync(IdempotencyDocument.IdOf(key), new PartitionKey(partner), options, cancellationToken).ConfigureAwait(false);
        Json.EnsureSuccess(response, What(partner, key));
    }

    private async Task<Versioned<IdempotencyRecord>> ReplaceAsync(IdempotencyRecord record, string etag, Instant writtenAt, CancellationToken cancellationToken)
    {
        var options = new ItemRequestOptions { IfMatchEtag = etag };
        var document = IdempotencyDocument.Of(record, writtenAt);
        using var response = await _container.ReplaceItemStreamAsync(Json.ToStream(document), document.Id, new PartitionKey(record.Partner), options, cancellationToken).ConfigureAwait(false);
        Json.EnsureSuccess(response, What(record.Partner, record.Key));
        return new Versioned<IdempotencyRecord>(record, response.Headers.ETag);
    }

    private async Task<Versioned<IdempotencyRecord>?> ReadAsync(string partner, string key, CancellationToken cancellationToken)
    {
        using var response = await _container.ReadItemStreamAsync(IdempotencyDocument.IdOf(key), new PartitionKey(partner), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (Json.IsMissingDocument(response))
        {
            return null;
        }

        Json.EnsureSuccess(response, What(partner, key));
        return new Versioned<IdempotencyRecord>(Json.FromStream<IdempotencyDocument>(response.Content).ToRecord(), response.Headers.ETag);
    }

    private static string What(string partner, string key) => $"Idempotency key '{key}' of {partner}";
}

/// <summary>An idempotency record as stored: the record's fields, and the seconds until its expiry as Cosmos DB's <c>ttl</c>.</summary>
internal sealed class IdempotencyDocument
{
    [JsonProperty("id")] public string Id { get; set; } = "";

    [JsonProperty("partner")] public string Partner { get; set; } = "";

    [JsonProperty("key")] public string Key { get; set; } = "";

    [JsonProperty("requestHash")] public string RequestHash { get; set; } = "";

    [JsonProperty("createdAt")] public string CreatedAt { get; set; } = "";

    [JsonProperty("expiresAt")] public string ExpiresAt { get; set; } = "";

    [JsonProperty("response")] public IdempotentResponseDocument? Response { get; set; }

    [JsonProperty("ttl")] public int Ttl { get; set; }

    public static string IdOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>The document of <paramref name="record"/> written at <paramref name="writtenAt"/>: its ttl runs to the record's expiry, at least a second.</summary>
    public static IdempotencyDocument Of(IdempotencyRecord record, Instant writtenAt) => new()
    {
        Id = IdOf(record.Key),
        Partner = record.Partner,
        Key = record.Key,
        RequestHash = record.RequestHash,
        CreatedAt = Mapping.Format(record.CreatedAt),
        ExpiresAt = Mapping.Format(record.ExpiresAt),
        Response = record.Response is { } response ? new IdempotentResponseDocument { Status = response.StatusCode, ContentType = response.ContentType, Body = response.Body } : null,
        Ttl = (int)Math.Clamp(Math.Ceiling((record.ExpiresAt - writtenAt).TotalSeconds), 1, int.MaxValue),
    };

    public IdempotencyRecord ToRecord() => new(
        Partner,
        Key,
        RequestHash,
        Mapping.ParseInstant(CreatedAt),
        Mapping.ParseInstant(ExpiresAt),
        Response is { } response ? new IdempotentResponse(response.Status, response.ContentType, response.Body) : null);
}

/// <summary>The first answer inside an idempotency document.</summary>
internal sealed class IdempotentResponseDocument
{
    [JsonProperty("status")] public int Status { get; set; }

    [JsonProperty("contentType")] public string ContentType { get; set; } = "";

    [JsonProperty("body")] public string Body { get; set; } = "";
}
