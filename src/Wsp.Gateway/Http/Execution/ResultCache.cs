using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Wsp.Sdk.Geography;

namespace Wsp.Gateway.Http.Execution;

/// <summary>
/// Answers to public reference-data queries (issue 20: on by default, correct by construction), as the bytes sent:
/// <list type="bullet">
/// <item>Keyed by the request as sent — a POST's body (document, variables, operation name and extensions, byte for
/// byte), a GET's query string — within the cache of one data version (<see cref="DataVersion"/>: the reference data's
/// year, the gazetteer instance and the SDK build, fixed for the process: the data is compiled into the SDK). The same
/// request in other bytes (spacing, key order) is another entry, never another answer.</item>
/// <item>Only anonymous requests (no <c>Authorization</c> header) read or fill it, and only answers that
/// <see cref="ReferenceAnswers.AreReferenceOnly"/> says are reference data: a query without errors that resolved only
/// fields marked as answered from compiled reference data. An answer a token unlocks is never kept, never shared.</item>
/// <item>Bounded memory: at most <see cref="Budget"/> bytes of keys and answers (default 16 MiB,
/// <c>Wsp:Gateway:Execution:ResultCacheBytes</c>), no answer over a sixteenth of it; when the next answer would not
/// fit, the cache starts over (cheap, and an endless stream of distinct requests gains nothing from a cache anyway).</item>
/// </list>
/// Off with <c>Wsp:Gateway:Execution:ResultCache=false</c>.
/// </summary>
internal sealed class ResultCache
{
    public const string EnabledKey = "Wsp:Gateway:Execution:ResultCache";
    public const string BudgetKey = "Wsp:Gateway:Execution:ResultCacheBytes";
    public const long DefaultBudget = 16 * 1024 * 1024;

    // What a dictionary entry, its key array and the entry object cost besides the key and answer bytes.
    private const int EntryOverhead = 128;

    private readonly ConcurrentDictionary<byte[], Entry> _posts = new(ByteKeys.Instance);
    private readonly ConcurrentDictionary<byte[], Entry>.AlternateLookup<ReadOnlySpan<byte>> _postsBySpan;
    private readonly ConcurrentDictionary<string, Entry> _gets = new(StringComparer.Ordinal);
    private readonly Lock _adding = new();
    private long _bytes;

    public ResultCache(Gazetteer gazetteer, long budget = DefaultBudget)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(budget, 64 * 1024);
        Budget = budget;
        _postsBySpan = _posts.GetAlternateLookup<ReadOnlySpan<byte>>();
        DataVersion = $"{gazetteer.ReferenceYear}/{RuntimeHelpers.GetHashCode(gazetteer):x8}/{typeof(Gazetteer).Assembly.ManifestModule.ModuleVersionId:N}";
    }

    /// <summary>The reference data's version: its year, the gazetteer instance and the SDK build.</summary>
    public string DataVersion { get; }

    /// <summary>The most bytes of keys and answers it holds.</summary>
    public long Budget { get; }

    /// <summary>The largest answer it keeps.</summary>
    public long MaxAnswerBytes => Budget / 16;

    /// <summary>The bytes of keys and answers it holds now.</summary>
    public long Bytes => Interlocked.Read(ref _bytes);

    public int Count => _posts.Count + _gets.Count;

    public bool TryGetPost(ReadOnlySpan<byte> body, [NotNullWhen(true)] out Entry? entry) => _postsBySpan.TryGetValue(body, out entry);

    public bool TryGetGet(string queryString, [NotNullWhen(true)] out Entry? entry) => _gets.TryGetValue(queryString, out entry);

    /// <summary>Keeps the answer to a POST body (the key, owned by the cache from now on); returns it as an entry (kept or not: an answer may be too large).</summary>
    public Entry AddPost(byte[] body, byte[] answer)
    {
        var entry = new Entry(answer);
        Keep(body.Length, entry, () => _posts.TryAdd(body, entry));
        return entry;
    }

    /// <summary>Keeps the answer to a GET query string; returns it as an entry (kept or not).</summary>
    public Entry AddGet(string queryString, byte[] answer)
    {
        var entry = new Entry(answer);
        Keep(queryString.Length * sizeof(char), entry, () => _gets.TryAdd(queryString, entry));
        return entry;
    }

    private void Keep(long keyBytes, Entry entry, Func<bool> add)
    {
        var size = keyBytes + entry.Body.Length + EntryOverhead;
        if (entry.Body.Length > MaxAnswerBytes)
        {
            return;
        }

        lock (_adding)
        {
            if (_bytes + size > Budget)
            {
                _posts.Clear();
                _gets.Clear();
                _bytes = 0;
            }

            if (add())
            {
                Interlocked.Add(ref _bytes, size);
            }
        }
    }

    /// <summary>
    /// An answer's bytes and their strong entity tags (RFC 9110, 8.8.3), a hash of the bytes. The same bytes go out as
    /// <c>application/json</c> or <c>application/graphql-response+json</c>, as the Accept header asks: two
    /// representations, so two tags, or a cache that holds both (<c>Vary: Accept</c>) and revalidates with both tags
    /// could be told 304 for the one and serve the other's content type.
    /// </summary>
    internal sealed class Entry
    {
        private readonly string _jsonETag;
        private readonly string _graphQLResponseETag;

        public Entry(byte[] body)
        {
            Body = body;
            var hash = Base64Url.EncodeToString(SHA256.HashData(body).AsSpan(0, 16));
            _jsonETag = $"\"{hash}\"";
            _graphQLResponseETag = $"\"{hash}-gr\"";
        }

        public byte[] Body { get; }

        /// <summary>The entity tag of the answer sent as <paramref name="responseType"/>.</summary>
        public string ETagFor(string responseType) =>
            responseType == GraphQLHttpEndpoint.GraphQLResponseJson ? _graphQLResponseETag : _jsonETag;
    }

    /// <summary>Byte-array keys compared by content, looked up by span without copying.</summary>
    private sealed class ByteKeys : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly ByteKeys Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] obj) => GetHashCode(obj.AsSpan());

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            // HashCode is seeded per process, so no client can choose keys that collide.
            var hash = default(HashCode);
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
