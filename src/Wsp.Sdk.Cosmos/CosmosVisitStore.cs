using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Visits;

namespace Wsp.Sdk.Cosmos;

/// <summary>Company visits (bedrijfsbezoeken) as documents partitioned by the account visited.</summary>
internal sealed class CosmosVisitStore : IVisitStore
{
    private const string Kind = "visit";

    private readonly Container _container;
    private readonly Keys _keys;
    private readonly int _pageSize;

    public CosmosVisitStore(Container container, Keys keys, int pageSize)
    {
        _container = container;
        _keys = keys;
        _pageSize = pageSize;
    }

    public Task InsertAsync(CompanyVisit visit, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(visit);
        var document = Mapping.ToDocument(visit);
        return DocumentStore.InsertAsync(_container, _keys, Keys.Of(Kind, visit.Id), document.Id, document.AccountId, document, $"Visit {visit.Id}", cancellationToken);
    }

    public async Task<IReadOnlyList<CompanyVisit>> ListForAccountAsync(string accountId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(accountId);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.accountId = @accountId").WithParameter("@accountId", accountId);
        var documents = await Queries.ListAsync<VisitDocument>(_container, query, new PartitionKey(accountId), _pageSize, cancellationToken).ConfigureAwait(false);

        // Newest first; one account's visits are few, so they are ordered here rather than by a composite index.
        return [.. documents.Select(Mapping.ToVisit).OrderByDescending(v => v.Date).ThenBy(v => v.Id, StringComparer.Ordinal)];
    }

    public async Task<IReadOnlyDictionary<string, int>> CountPerAccountAsync(CancellationToken cancellationToken = default)
    {
        // Across every account's partition, the ids only; counted here because the service (and its stand-in) may not
        // run GROUP BY across partitions.
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        await foreach (var accountId in Queries.StreamAsync<string>(_container, new QueryDefinition("SELECT VALUE c.accountId FROM c"), null, _pageSize, cancellationToken).ConfigureAwait(false))
        {
            counts[accountId] = counts.GetValueOrDefault(accountId) + 1;
        }

        return counts;
    }
}
