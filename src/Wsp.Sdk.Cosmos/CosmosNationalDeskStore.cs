using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// The national desk's organisation (rule L4) as one document in its own container (partitioned by <c>/id</c>): a
/// point read and an ETag-guarded replace; its contacts are keyed by region, so a region has one contact in the
/// document itself.
/// </summary>
internal sealed class CosmosNationalDeskStore : INationalDeskStore
{
    private readonly Container _container;

    public CosmosNationalDeskStore(Container container) => _container = container;

    public async Task<Versioned<NationalDesk>?> FindAsync(CancellationToken cancellationToken = default)
    {
        using var response = await _container.ReadItemStreamAsync(DeskMapping.DeskId, new PartitionKey(DeskMapping.DeskId), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (Json.IsMissingDocument(response))
        {
            return null;
        }

        Json.EnsureSuccess(response, "The national desk");
        return new Versioned<NationalDesk>(DeskMapping.ToDesk(Json.FromStream<DeskDocument>(response.Content)), response.Headers.ETag);
    }

    public async Task<Versioned<NationalDesk>> InsertAsync(NationalDesk desk, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(desk);
        var etag = await DocumentStore.CommitAsync(() => _container.CreateItemStreamAsync(Json.ToStream(DeskMapping.ToDocument(desk)), new PartitionKey(DeskMapping.DeskId), cancellationToken: CancellationToken.None), "The national desk", cancellationToken).ConfigureAwait(false);
        return new Versioned<NationalDesk>(desk, etag);
    }

    public async Task<Versioned<NationalDesk>> ReplaceAsync(NationalDesk desk, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(desk);
        Preconditions.CheckNotNullOrWhiteSpace(etag);
        var written = await DocumentStore.ReplaceAsync(_container, DeskMapping.DeskId, DeskMapping.DeskId, DeskMapping.ToDocument(desk), etag, "The national desk", cancellationToken).ConfigureAwait(false);
        return new Versioned<NationalDesk>(desk, written);
    }
}
