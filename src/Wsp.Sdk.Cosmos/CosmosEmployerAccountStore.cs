using System.Globalization;
using Ardalis.Specification;
using Microsoft.Azure.Cosmos;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>Employer accounts (werkgeversaccounts) as documents partitioned by their home region.</summary>
internal sealed class CosmosEmployerAccountStore : IEmployerAccountStore
{
    private const string Kind = "account";

    private readonly Container _container;
    private readonly Keys _keys;
    private readonly int _pageSize;

    public CosmosEmployerAccountStore(Container container, Keys keys, int pageSize)
    {
        _container = container;
        _keys = keys;
        _pageSize = pageSize;
    }

    public async Task<Versioned<EmployerAccount>?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(id);
        var document = await DocumentStore.FindAsync<AccountDocument>(_container, _keys, Keys.Of(Kind, id), id, cancellationToken).ConfigureAwait(false);
        return document is null ? null : new Versioned<EmployerAccount>(Mapping.ToAccount(document.Value.Document), document.Value.ETag);
    }

    public async Task<IReadOnlyList<EmployerAccount>> FindByNameOrPostcodeAsync(string name, Postcode postcode, KvkNumber? kvk, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(name);
        Preconditions.CheckInitialized(postcode);

        // Rule H8 looks across regions (an employer may be registered elsewhere): a cross-partition query on three
        // indexed fields. The domain decides which of the candidates are duplicates.
        var query = new QueryDefinition("SELECT * FROM c WHERE c.nameKey = @nameKey OR ARRAY_CONTAINS(c.postcodes, @postcode)" + (kvk is null ? "" : " OR c.kvk = @kvk"))
            .WithParameter("@nameKey", EmployerName.KeyOf(name))
            .WithParameter("@postcode", postcode.Value);
        if (kvk is { } number)
        {
            query = query.WithParameter("@kvk", number.ToString());
        }
        var documents = await Queries.ListAsync<AccountDocument>(_container, query, partitionKey: null, _pageSize, cancellationToken).ConfigureAwait(false);
        return [.. documents.Select(Mapping.ToAccount)];
    }

    public async Task<IReadOnlyList<EmployerAccountSummary>> SearchAsync(EmployerSearchTerm term, IReadOnlyCollection<RegionCode>? regions, int skip, int take, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(term);
        Preconditions.CheckArgumentRange(skip, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(take, 1, int.MaxValue);
        var codes = regions?.Select(r => r.ToString()).Distinct(StringComparer.Ordinal).ToArray();
        if (codes is { Length: 0 })
        {
            return [];
        }

        // Each term is answered from the index: a name by STARTSWITH on one of the name's search keys (an array the
        // document carries), a KvK number by equality, a postcode by ARRAY_CONTAINS. One region runs in its partition.
        var match = term.Kind switch
        {
            EmployerSearchKind.Kvk => "c.kvk = @value",
            EmployerSearchKind.Postcode => "ARRAY_CONTAINS(c.postcodes, @value)",
            _ => "EXISTS(SELECT VALUE k FROM k IN c.nameKeys WHERE STARTSWITH(k, @value))",
        };
        var inRegions = codes is null or { Length: 1 } ? "" : $" AND c.regionCode IN ({string.Join(", ", codes.Select((_, i) => "@r" + i.ToString(CultureInfo.InvariantCulture)))})";
        var query = new QueryDefinition($"SELECT * FROM c WHERE {match}{inRegions} ORDER BY c.name, c.id OFFSET @skip LIMIT @take")
            .WithParameter("@value", term.Value)
            .WithParameter("@skip", skip)
            .WithParameter("@take", take);
        for (var i = 0; i < (codes?.Length ?? 0); i++)
        {
            query = query.WithParameter("@r" + i.ToString(CultureInfo.InvariantCulture), codes![i]);
        }

        var partition = codes is { Length: 1 } ? new PartitionKey(codes[0]) : (PartitionKey?)null;
        var documents = await Queries.ListAsync<AccountDocument>(_container, query, partition, Math.Min(take, _pageSize), cancellationToken).ConfigureAwait(false);
        return [.. documents.Select(Mapping.ToSummary)];
    }

    public async Task<Versioned<EmployerAccount>> InsertAsync(EmployerAccount account, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(account);
        var document = Mapping.ToDocument(account);
        var etag = await DocumentStore.InsertAsync(_container, _keys, Keys.Of(Kind, account.Id), document.Id, document.RegionCode, document, $"Employer account {account.Id}", cancellationToken).ConfigureAwait(false);
        return new Versioned<EmployerAccount>(account, etag);
    }

    public async Task<Versioned<EmployerAccount>> ReplaceAsync(EmployerAccount account, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(account);
        Preconditions.CheckNotNullOrWhiteSpace(etag);
        var document = Mapping.ToDocument(account);
        var written = await DocumentStore.ReplaceAsync(_container, document.Id, document.RegionCode, document, etag, $"Employer account {account.Id}", cancellationToken).ConfigureAwait(false);
        return new Versioned<EmployerAccount>(account, written);
    }

    public Task<Page<EmployerAccountSummary>> QueryAsync(ISpecification<EmployerAccountSummary> specification, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(specification);
        return Queries.PageAsync<EmployerAccountSummary, AccountDocument>(_container, specification, continuationToken, Mapping.ToSummary, cancellationToken);
    }

    #region Batch reads

    // Point reads (1 RU each, routed by the id→partition keys) issued together rather than a cross-partition IN
    // query: the accounts of a page lie in many partitions, and point reads are the cheapest read Cosmos has.
    public async Task<IReadOnlyList<Versioned<EmployerAccount>>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        var reads = Preconditions.CheckNotNull(ids).Distinct(StringComparer.Ordinal).Select(id => FindAsync(id, cancellationToken)).ToArray();
        var found = await Task.WhenAll(reads).ConfigureAwait(false);
        return [.. found.OfType<Versioned<EmployerAccount>>()];
    }

    #endregion
}
