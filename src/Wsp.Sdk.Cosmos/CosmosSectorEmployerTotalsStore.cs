using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>The coverage ratio's input data (rule H5): a document per region and date, partitioned by region, its id the date (so a second set at the same date is a 409).</summary>
internal sealed class CosmosSectorEmployerTotalsStore : ISectorEmployerTotalsStore
{
    private readonly Container _container;
    private readonly int _pageSize;

    public CosmosSectorEmployerTotalsStore(Container container, int pageSize)
    {
        _container = container;
        _pageSize = pageSize;
    }

    public async Task InsertAsync(SectorEmployerTotals totals, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(totals);
        var document = DeskMapping.ToDocument(totals);
        await DocumentStore.CommitAsync(() => _container.CreateItemStreamAsync(Json.ToStream(document), new PartitionKey(document.RegionCode), cancellationToken: CancellationToken.None), $"The sector employer totals of {totals.Region} at {document.Date}", cancellationToken).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<SectorEmployerTotals>> ListAsync(RegionCode region, CancellationToken cancellationToken = default)
    {
        if (region == default)
        {
            throw new ArgumentException("The region is not initialized.", nameof(region));
        }

        var query = new QueryDefinition("SELECT * FROM c WHERE c.regionCode = @region").WithParameter("@region", region.ToString());
        var documents = await Queries.ListAsync<SectorEmployerTotalsDocument>(_container, query, new PartitionKey(region.ToString()), _pageSize, cancellationToken).ConfigureAwait(false);

        // A region has a handful of sets; ordered here rather than by an index.
        return [.. documents.Select(DeskMapping.ToTotals).OrderByDescending(t => t.Date)];
    }
}
