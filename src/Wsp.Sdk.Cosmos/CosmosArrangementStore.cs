using System.Text;
using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// National arrangements (arrangementen) as documents partitioned by the employer's account: "the arrangements with
/// this employer" is single-partition; the desk's lists by status or region cross partitions, over a few hundred
/// documents nationally.
/// </summary>
internal sealed class CosmosArrangementStore : IArrangementStore
{
    private const string Kind = "arrangement";

    private readonly Container _container;
    private readonly Keys _keys;
    private readonly int _pageSize;

    public CosmosArrangementStore(Container container, Keys keys, int pageSize)
    {
        _container = container;
        _keys = keys;
        _pageSize = pageSize;
    }

    public async Task<Versioned<Arrangement>?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(id);
        var document = await DocumentStore.FindAsync<ArrangementDocument>(_container, _keys, Keys.Of(Kind, id), id, cancellationToken).ConfigureAwait(false);
        return document is null ? null : new Versioned<Arrangement>(DeskMapping.ToArrangement(document.Value.Document), document.Value.ETag);
    }

    public async Task<Versioned<Arrangement>> InsertAsync(Arrangement arrangement, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(arrangement);
        var document = DeskMapping.ToDocument(arrangement);
        var etag = await DocumentStore.InsertAsync(_container, _keys, Keys.Of(Kind, arrangement.Id), document.Id, document.AccountId, document, $"Arrangement {arrangement.Id}", cancellationToken).ConfigureAwait(false);
        return new Versioned<Arrangement>(arrangement, etag);
    }

    public async Task<Versioned<Arrangement>> ReplaceAsync(Arrangement arrangement, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(arrangement);
        Preconditions.CheckNotNullOrWhiteSpace(etag);
        var document = DeskMapping.ToDocument(arrangement);
        var written = await DocumentStore.ReplaceAsync(_container, document.Id, document.AccountId, document, etag, $"Arrangement {arrangement.Id}", cancellationToken).ConfigureAwait(false);
        return new Versioned<Arrangement>(arrangement, written);
    }

    public async Task<IReadOnlyList<Arrangement>> ListAsync(ArrangementFilter filter, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(filter);
        filter.Validate();
        var text = new StringBuilder("SELECT * FROM c WHERE true");
        var parameters = new List<(string Name, object Value)>();
        if (filter.Status is { } status)
        {
            text.Append(" AND c.status = @status");
            parameters.Add(("@status", status.ToString()));
        }

        if (filter.AccountId is { } account)
        {
            text.Append(" AND c.accountId = @account");
            parameters.Add(("@account", account));
        }

        if (filter.AdvisorId is { } advisor)
        {
            text.Append(" AND c.advisorId = @advisor");
            parameters.Add(("@advisor", advisor));
        }

        if (filter.UwvReference is { } uwv)
        {
            text.Append(" AND ARRAY_CONTAINS(c.state.uwvReferences, @uwv)");
            parameters.Add(("@uwv", uwv));
        }

        if (filter.Region is { } region)
        {
            parameters.Add(("@region", region.ToString()));
            text.Append(filter.Participation switch
            {
                RegionParticipation.Joined => " AND ARRAY_CONTAINS(c.joinedRegions, @region)",
                RegionParticipation.Declined => " AND ARRAY_CONTAINS(c.declinedRegions, @region)",

                // Pending and "any participation" are narrowed to final arrangements or decided regions below, by the filter itself.
                _ => "",
            });
        }

        var query = parameters.Aggregate(new QueryDefinition(text.ToString()), (q, p) => q.WithParameter(p.Name, p.Value));
        var partition = filter.AccountId is { } key ? new PartitionKey(key) : (PartitionKey?)null;
        var arrangements = new List<Arrangement>();
        await foreach (var document in Queries.StreamAsync<ArrangementDocument>(_container, query, partition, _pageSize, cancellationToken).ConfigureAwait(false))
        {
            var arrangement = DeskMapping.ToArrangement(document);
            if (filter.Matches(arrangement))
            {
                arrangements.Add(arrangement);
            }
        }

        return [.. arrangements.OrderBy(a => a.Id, StringComparer.Ordinal)];
    }
}
