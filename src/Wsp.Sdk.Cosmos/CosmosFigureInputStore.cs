using System.Globalization;
using Microsoft.Azure.Cosmos;
using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// The figure inputs (ambition tables, regional targets, the baseline) as a document per import, partitioned by kind, its
/// id the version. An import is one document, so it is written all or nothing. The next version is the highest listed
/// plus one; a concurrent import that took it first makes the create a 409, and the import tries the version after.
/// </summary>
internal sealed class CosmosFigureInputStore : IFigureInputStore
{
    // Two importers racing for one version is rare (an operator's import); a few tries settle any realistic race, and a
    // store that still refuses is reported rather than retried forever.
    private const int MaxVersionAttempts = 8;

    private readonly Container _container;
    private readonly int _pageSize;

    public CosmosFigureInputStore(Container container, int pageSize)
    {
        _container = container;
        _pageSize = pageSize;
    }

    public Task<FigureInputImport> ImportAmbitionsAsync(IReadOnlyList<PlacementAmbitionTable> tables, string source, Instant importedAt, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(Preconditions.CheckNotNull(tables).Count > 0, nameof(tables), "An import holds at least one table.");
        return InsertAsync(FigureInputKind.Ambitions, source, importedAt, d => d.Ambitions = FigureInputMapping.ToDocuments(tables), cancellationToken);
    }

    public Task<FigureInputImport> ImportTargetsAsync(IReadOnlyList<JobAgreementTarget> targets, string source, Instant importedAt, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(Preconditions.CheckNotNull(targets).Count > 0, nameof(targets), "An import holds at least one target.");
        Preconditions.CheckArgument(targets.All(t => t?.Region is not null), nameof(targets), "Every imported target is a region's.");
        return InsertAsync(FigureInputKind.Targets, source, importedAt, d => d.Targets = FigureInputMapping.ToDocuments(targets), cancellationToken);
    }

    public Task<FigureInputImport> ImportBaselineAsync(JobAgreementBaselineTable baseline, Instant importedAt, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(baseline);
        return InsertAsync(FigureInputKind.Baseline, baseline.Source, importedAt, d => d.Baseline = FigureInputMapping.ToDocument(baseline), cancellationToken);
    }

    public Task<IReadOnlyList<Imported<IReadOnlyList<PlacementAmbitionTable>>>> ListAmbitionImportsAsync(CancellationToken cancellationToken = default) =>
        ListAsync(FigureInputKind.Ambitions, FigureInputMapping.ToAmbitions, cancellationToken);

    public Task<IReadOnlyList<Imported<IReadOnlyList<JobAgreementTarget>>>> ListTargetImportsAsync(CancellationToken cancellationToken = default) =>
        ListAsync(FigureInputKind.Targets, FigureInputMapping.ToTargets, cancellationToken);

    public Task<IReadOnlyList<Imported<JobAgreementBaselineTable>>> ListBaselineImportsAsync(CancellationToken cancellationToken = default) =>
        ListAsync(FigureInputKind.Baseline, FigureInputMapping.ToBaseline, cancellationToken);

    private async Task<FigureInputImport> InsertAsync(FigureInputKind kind, string source, Instant importedAt, Action<FigureInputDocument> fill, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNullOrWhiteSpace(source);
        var code = FigureInputImport.CodeOf(kind);
        var document = new FigureInputDocument { Kind = code, ImportedAt = Mapping.Format(importedAt), Source = source };
        fill(document);
        var query = new QueryDefinition("SELECT c.version FROM c WHERE c.kind = @kind").WithParameter("@kind", code);
        for (var attempt = 0; attempt < MaxVersionAttempts; attempt++)
        {
            var versions = await Queries.ListAsync<FigureInputVersionDocument>(_container, query, new PartitionKey(code), _pageSize, cancellationToken).ConfigureAwait(false);
            document.Version = versions.Count == 0 ? 1 : versions.Max(v => v.Version) + 1;
            document.Id = document.Version.ToString(CultureInfo.InvariantCulture);
            using var response = await _container.CreateItemStreamAsync(Json.ToStream(document), new PartitionKey(code), cancellationToken: cancellationToken).ConfigureAwait(false);
            if (response.StatusCode != System.Net.HttpStatusCode.Conflict)
            {
                Json.EnsureSuccess(response, $"The {code} import {document.Version}");
                return new FigureInputImport(kind, document.Version, importedAt, source);
            }
        }

        throw new StoreException(StoreErrorCode.Conflict, $"Other {code} imports took every version this import tried ({MaxVersionAttempts} tries): retry it.");
    }

    private async Task<IReadOnlyList<Imported<T>>> ListAsync<T>(FigureInputKind kind, Func<FigureInputDocument, T> read, CancellationToken cancellationToken)
        where T : class
    {
        var code = FigureInputImport.CodeOf(kind);
        var query = new QueryDefinition("SELECT * FROM c WHERE c.kind = @kind").WithParameter("@kind", code);
        var documents = await Queries.ListAsync<FigureInputDocument>(_container, query, new PartitionKey(code), _pageSize, cancellationToken).ConfigureAwait(false);

        // A kind has a handful of imports; ordered here rather than by an index.
        return [.. documents.OrderBy(d => d.Version).Select(d => new Imported<T>(read(d), new FigureInputImport(kind, d.Version, Mapping.ParseInstant(d.ImportedAt), d.Source)))];
    }
}
