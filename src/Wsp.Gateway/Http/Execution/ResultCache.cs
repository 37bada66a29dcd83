using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Wsp.Sdk.Geography;

namespace Wsp.Gateway.Http.Execution;

/// <summary>
/// Response bytes of public reference-data queries, keyed by document, operation name, variables and the reference
/// data's version (issue 5, item 4: allowed only so keyed). Off unless <c>Wsp:Gateway:Execution:ResultCache</c> is true.
/// Only anonymous queries that ran without any error are kept: everything but reference data needs a token
/// (DESIGN.md, Security model), so such a result can hold public reference data only. The reference data is compiled
/// into the SDK and never changes in a running process; its version still is part of the key, so a gateway that
/// swaps its <see cref="Gazetteer"/> can never serve an old answer. Bounded: when full, it starts over.
/// </summary>
internal sealed class ResultCache
{
    public const string EnabledKey = "Wsp:Gateway:Execution:ResultCache";
    public const int Capacity = 1_000;

    private readonly ConcurrentDictionary<Key, byte[]> _results = new();
    public ResultCache(Gazetteer gazetteer) =>
        DataVersion = $"{gazetteer.ReferenceYear}/{RuntimeHelpers.GetHashCode(gazetteer):x8}/{typeof(Gazetteer).Assembly.ManifestModule.ModuleVersionId:N}";

    /// <summary>The reference data's version: its year, the gazetteer instance and the SDK build.</summary>
    public string DataVersion { get; }

    public int Count => _results.Count;

    public Key KeyFor(string query, string? operationName, string? variables) => new(query, operationName, variables, DataVersion);

    public bool TryGet(Key key, out byte[] response) => _results.TryGetValue(key, out response!);

    public void Add(Key key, byte[] response)
    {
        if (_results.Count >= Capacity)
        {
            _results.Clear();
        }

        _results.TryAdd(key, response);
    }

    /// <summary>What a cached response is keyed by.</summary>
    internal readonly record struct Key(string Query, string? OperationName, string? Variables, string DataVersion);
}
