using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The working persons (H3) of a job-agreement stock: how many distinct persons hold a job in each cell (a region and
/// employer kind), in each region, in each kind and in all, a person being a candidate pseudonym of one booking
/// partner. Cell <c>c</c> is region number <c>c / 2</c> and employer kind <c>c % 2</c>.
/// </summary>
/// <remarks>
/// <para>
/// A national stock holds two million persons, nearly all seen once. A table looked up per placement pays a random
/// memory access each (about 110 ns on the build machine, more than the rest of the count together); here each
/// placement's (person, cell) pair is appended to one of 256 partitions by its hash instead, and at the end each
/// partition (a few thousand pairs, in the processor's cache) is sorted, so a person's pairs lie side by side. Pairs
/// whose hashes and partners agree are told apart by their pseudonyms, compared in full: the count is exact.
/// </para>
/// <para>Memory grows with the placements counted (16 bytes each), which in a stock is about the persons. Not thread-safe.</para>
/// </remarks>
internal sealed class StockPersons
{
    /// <summary>The cells: 100 region numbers × 2 employer kinds.</summary>
    public const int Cells = 200;

    private const int PartitionBits = 8;
    private readonly Func<BookingPartner, string, uint> _hash;

    // Per partition: each pair as its hash (32 bits), partner (16) and cell (16) in one sortable number, and its pseudonym.
    private readonly ulong[][] _keys = new ulong[1 << PartitionBits][];
    private readonly string[][] _candidates = new string[1 << PartitionBits][];
    private readonly int[] _counts = new int[1 << PartitionBits];

    /// <summary>Initializes an empty count.</summary>
    public StockPersons()
        : this(static (partner, candidate) => (uint)HashCode.Combine(partner, candidate))
    {
    }

    /// <summary>Initializes an empty count that hashes persons with <paramref name="hash"/> (tests give every person one hash).</summary>
    internal StockPersons(Func<BookingPartner, string, uint> hash)
    {
        _hash = hash;
        Array.Fill(_keys, []);
        Array.Fill(_candidates, []);
    }

    /// <summary>Records that the partner's candidate holds a job in <paramref name="cell"/>.</summary>
    public void Add(BookingPartner partner, string candidate, int cell)
    {
        var hash = _hash(partner, candidate);
        var p = (int)(hash >> (32 - PartitionBits));
        var at = _counts[p]++;
        if (at == _keys[p].Length)
        {
            Array.Resize(ref _keys[p], Math.Max(16, at * 2));
            Array.Resize(ref _candidates[p], Math.Max(16, at * 2));
        }

        _keys[p][at] = ((ulong)hash << 32) | ((ulong)partner.Bits << 16) | (ushort)cell;
        _candidates[p][at] = candidate;
    }

    /// <summary>Counts the distinct persons of each cell, region, kind and in all.</summary>
    public Result Count()
    {
        var result = new Result(new int[Cells], new int[Cells / 2], new int[2]);
        var run = new List<(string Candidate, int Cell)>();
        for (var p = 0; p < _keys.Length; p++)
        {
            var (keys, candidates, count) = (_keys[p], _candidates[p], _counts[p]);
            Array.Sort(keys, candidates, 0, count);
            for (var from = 0; from < count;)
            {
                // A run: the pairs of one hash and partner, sorted by cell; nearly always one person's.
                var to = from + 1;
                var alike = true;
                while (to < count && keys[to] >> 16 == keys[from] >> 16)
                {
                    alike &= string.Equals(candidates[to], candidates[from], StringComparison.Ordinal);
                    to++;
                }

                if (alike)
                {
                    result.AddPerson(keys.AsSpan(from, to - from));
                }
                else
                {
                    SplitByPseudonym(keys, candidates, from, to, run, result);
                }

                from = to;
            }
        }

        return result;
    }

    /// <summary>Counts the persons of a run whose hashes and partners agree but whose pseudonyms differ, one by one.</summary>
    private static void SplitByPseudonym(ulong[] keys, string[] candidates, int from, int to, List<(string Candidate, int Cell)> run, Result result)
    {
        run.Clear();
        for (var i = from; i < to; i++)
        {
            run.Add((candidates[i], (ushort)keys[i]));
        }

        run.Sort(static (a, b) => string.CompareOrdinal(a.Candidate, b.Candidate) is var c and not 0 ? c : a.Cell.CompareTo(b.Cell));
        var person = new List<ulong>();
        for (var i = 0; i < run.Count; i++)
        {
            person.Add((ulong)run[i].Cell);
            if (i + 1 == run.Count || !string.Equals(run[i + 1].Candidate, run[i].Candidate, StringComparison.Ordinal))
            {
                result.AddPerson(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(person));
                person.Clear();
            }
        }
    }

    /// <summary>The distinct persons of each cell, region (by number) and employer kind, and in all.</summary>
    public sealed class Result(int[] cells, int[] regions, int[] kinds)
    {
        /// <summary>Gets the persons of each cell.</summary>
        public IReadOnlyList<int> InCell => cells;

        /// <summary>Gets the persons of each region, by its number.</summary>
        public IReadOnlyList<int> InRegion => regions;

        /// <summary>Gets the persons of each employer kind.</summary>
        public IReadOnlyList<int> OfKind => kinds;

        /// <summary>Gets the persons in all.</summary>
        public int Total { get; private set; }

        /// <summary>Counts one person from its pairs, their cells (the low 16 bits) ascending.</summary>
        internal void AddPerson(ReadOnlySpan<ulong> pairs)
        {
            var (lastCell, lastRegion, kindBits) = (-1, -1, 0);
            foreach (var pair in pairs)
            {
                var cell = (int)(ushort)pair;
                if (cell != lastCell)
                {
                    cells[cell]++;
                    lastCell = cell;
                }

                // Ascending cells put a region's two kinds side by side.
                if (cell / 2 != lastRegion)
                {
                    regions[cell / 2]++;
                    lastRegion = cell / 2;
                }

                kindBits |= 1 << (cell % 2);
            }

            kinds[0] += kindBits & 1;
            kinds[1] += kindBits >> 1;
            Total++;
        }
    }
}
