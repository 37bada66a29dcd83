using System.Collections.Concurrent;
using GraphQL;
using GraphQL.DI;
using GraphQLParser.AST;

namespace Wsp.Gateway.Http.Execution;

/// <summary>
/// Parsed and validated documents, keyed by the query text: a partner's client sends the same few documents with
/// other variables, so parsing and validation run once per document. Only documents that passed validation are
/// kept; a cached one runs with <see cref="ExecutionOptions.CachedDocumentValidationRules"/> only (rules that depend
/// on variables or the user register there). Bounded: when full, the cache starts over (cheap, and rare unless a
/// client sends endless distinct documents, which then gain nothing from a cache anyway).
/// </summary>
internal sealed class DocumentCache(int capacity = DocumentCache.DefaultCapacity) : IConfigureExecution
{
    public const int DefaultCapacity = 2_000;

    /// <summary>Documents longer than this are not kept (a cache of large one-off documents only costs memory).</summary>
    public const int MaxQueryLength = 64 * 1024;

    private readonly ConcurrentDictionary<string, GraphQLDocument> _documents = new(StringComparer.Ordinal);

    /// <summary>After telemetry (which records the whole execution), before everything else.</summary>
    public float SortOrder => 150;

    public int Count => _documents.Count;

    public async Task<ExecutionResult> ExecuteAsync(ExecutionOptions options, ExecutionDelegate next)
    {
        if (options.Document is not null || options.Query is not { Length: > 0 and <= MaxQueryLength } query)
        {
            return await next(options).ConfigureAwait(false);
        }

        if (_documents.TryGetValue(query, out var document))
        {
            options.Document = document;
            return await next(options).ConfigureAwait(false);
        }

        var result = await next(options).ConfigureAwait(false);
        if (result.Executed && result.Document is { } validated)
        {
            if (_documents.Count >= capacity)
            {
                _documents.Clear();
            }

            _documents.TryAdd(query, validated);
        }

        return result;
    }
}
