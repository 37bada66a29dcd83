using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Geography;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// The regional projects (rule H6) as documents partitioned by region, the id the project's id: a project is read by
/// region and id (a point read), listed per region (one partition), and its id is unique within its region — Cosmos DB's
/// own uniqueness per partition, so no key reservation is needed.
/// </summary>
internal sealed class CosmosRegionalProjectStore : IRegionalProjectStore
{
    private readonly Container _container;
    private readonly int _pageSize;

    public CosmosRegionalProjectStore(Container container, int pageSize)
    {
        _container = container;
        _pageSize = pageSize;
    }

    public async Task<Versioned<RegionalProject>> InsertAsync(RegionalProject project, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(project);
        var document = DeskMapping.ToDocument(project);
        var etag = await DocumentStore.CommitAsync(() => _container.CreateItemStreamAsync(Json.ToStream(document), new PartitionKey(document.RegionCode), cancellationToken: CancellationToken.None), $"Regional project {project.Id} of {project.Region}", cancellationToken).ConfigureAwait(false);
        return new Versioned<RegionalProject>(project, etag);
    }

    public async Task<Versioned<RegionalProject>?> FindAsync(RegionCode region, string id, CancellationToken cancellationToken = default)
    {
        CheckRegion(region);
        Preconditions.CheckNotNullOrWhiteSpace(id);
        using var response = await _container.ReadItemStreamAsync(id, new PartitionKey(region.ToString()), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (Json.IsMissingDocument(response))
        {
            return null;
        }

        Json.EnsureSuccess(response, $"Regional project {id} of {region}");
        return new Versioned<RegionalProject>(DeskMapping.ToProject(Json.FromStream<RegionalProjectDocument>(response.Content)), response.Headers.ETag);
    }

    public async Task<Versioned<RegionalProject>> ReplaceAsync(RegionalProject project, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(project);
        Preconditions.CheckNotNullOrWhiteSpace(etag);
        var document = DeskMapping.ToDocument(project);
        var written = await DocumentStore.ReplaceAsync(_container, document.Id, document.RegionCode, document, etag, $"Regional project {project.Id} of {project.Region}", cancellationToken).ConfigureAwait(false);
        return new Versioned<RegionalProject>(project, written);
    }

    public async Task<IReadOnlyList<Versioned<RegionalProject>>> ListAsync(RegionCode region, CancellationToken cancellationToken = default)
    {
        CheckRegion(region);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.regionCode = @region").WithParameter("@region", region.ToString());
        var documents = await Queries.ListAsync<VersionedProjectDocument>(_container, query, new PartitionKey(region.ToString()), _pageSize, cancellationToken).ConfigureAwait(false);

        // A region has tens of projects; ordered here rather than by an index.
        return [.. documents.Select(d => new Versioned<RegionalProject>(DeskMapping.ToProject(d), d.ETag)).OrderBy(p => p.Value.Id, StringComparer.Ordinal)];
    }

    private static void CheckRegion(RegionCode region)
    {
        if (region == default)
        {
            throw new ArgumentException("The region is not initialized.", nameof(region));
        }
    }
}
