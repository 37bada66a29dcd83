using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The placements of a working-person figure (H3) with many cells, held until the count and then handed out cell
/// partition by cell partition, each with its cell's number: every placement of a cell in the same partition, a
/// partition's cells a few thousandths of the whole, the cells numbered from 0 in the order first handed out.
/// </summary>
/// <remarks>
/// <para>
/// A national figure by employer has hundreds of thousands of cells and two million placements in no useful order
/// (stop 31: region × employer 133,505 cells, sector × employer × partner 353,201). Looked up as they came, each
/// placement's cell lay anywhere in a table larger than the processor's cache, a miss to main memory each. Handed out by
/// partition, the cells are numbered in a table of one partition's cells (a few thousand, in the cache), and a
/// partition's cells get numbers one after another, so the tallies the counter keeps by number lie side by side too.
/// </para>
/// <para>
/// Memory: 48 bytes a placement while held and its pseudonym's characters (two million: about 130 MB), no reference the
/// collector follows: the pseudonyms are copied while in the cache, and their strings die young. The partitions are
/// emptied once handed out and kept for the next count, as <see cref="PersonEntries"/> keeps its own: a national figure's grow to a hundred megabytes, and new
/// ones each count cost page faults, zeroing and full collections (they are large objects). At most two sets are kept.
/// Not thread-safe.
/// </para>
/// </remarks>
internal sealed class HeldPlacements
{
    private const int PartitionBits = 8;

    /// <summary>The sets of partitions kept for later counts (a loose bound: two counts ending at once may keep one more).</summary>
    private const int SpareSets = 2;

    private static readonly System.Collections.Concurrent.ConcurrentBag<Partition[]> s_spare = [];
    private readonly Partition[] _partitions;
    private bool _handedOut;

    /// <summary>Initializes an empty hold, on a set of partitions an earlier count gave back when there is one.</summary>
    public HeldPlacements()
    {
        if (!s_spare.TryTake(out var partitions))
        {
            partitions = new Partition[1 << PartitionBits];
            for (var p = 0; p < partitions.Length; p++)
            {
                partitions[p] = new Partition();
            }
        }

        _partitions = partitions;
    }

    /// <summary>
    /// The handler of one placement handed out: its cell's number (from 0, in the order first handed out), whether it is
    /// the cell's first, the cell's code (<see cref="PlacementGroupCodes"/>), its person (partner, pseudonym and hash,
    /// <see cref="PersonEntries.HashOf"/>) and its tally.
    /// </summary>
    public delegate void Handler(int cell, bool first, UInt128 code, BookingPartner partner, ReadOnlySpan<char> candidate, uint person, uint key, decimal hours);

    /// <summary>
    /// Holds a placement of the cell <paramref name="cell"/> (a code of <see cref="PlacementGroupCodes"/>), of the
    /// partner's candidate of hash <paramref name="person"/>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The placements were handed out already.</exception>
    public void Add(UInt128 cell, BookingPartner partner, string candidate, uint person, uint key, decimal hours)
    {
        if (_handedOut)
        {
            throw new InvalidOperationException("The placements were handed out: no placement is added after.");
        }

        _partitions[PartitionOf(cell)].Append(cell, partner, candidate, person, key, hours);
    }

    /// <summary>Hands every placement held to <paramref name="handler"/>, once, partition by partition, with its cell's number.</summary>
    /// <exception cref="InvalidOperationException">The placements were handed out already.</exception>
    public void HandOut(Handler handler)
    {
        if (_handedOut)
        {
            throw new InvalidOperationException("The placements were handed out once already.");
        }

        _handedOut = true;

        // A code lies in one partition only: one partition's cells at a time are looked up.
        var numbers = new Dictionary<UInt128, int>();
        var cells = 0;
        foreach (var partition in _partitions)
        {
            numbers.Clear();
            var held = partition.Held;
            var characters = partition.Characters;
            var start = 0;
            foreach (ref readonly var placement in held)
            {
                ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(numbers, placement.Cell, out var seen);
                if (!seen)
                {
                    number = cells++;
                }

                handler(number, !seen, placement.Cell, placement.Partner, characters[start..placement.CandidateEnd], placement.Person, placement.Key, placement.Hours);
                start = placement.CandidateEnd;
            }

            partition.Clear();
        }

        if (s_spare.Count < SpareSets)
        {
            s_spare.Add(_partitions);
        }
    }

    /// <summary>The partition of a cell: the top bits of a multiplicative hash of its code's two halves.</summary>
    private static int PartitionOf(UInt128 cell) =>
        (int)((((ulong)cell * 0x9E3779B97F4A7C15UL) ^ ((ulong)(cell >> 64) * 0xC2B2AE3D27D4EB4FUL)) >> (64 - PartitionBits));

    /// <summary>A placement held: its pseudonym ends at <c>CandidateEnd</c> in its partition's characters and starts where the one before ends.</summary>
    private readonly record struct Placement(UInt128 Cell, decimal Hours, uint Person, uint Key, int CandidateEnd, BookingPartner Partner);

    /// <summary>The placements of one partition, in the order held, and their pseudonyms' characters one after another.</summary>
    private sealed class Partition
    {
        private Placement[] _held = [];
        private char[] _characters = [];
        private int _count;

        public ReadOnlySpan<Placement> Held => _held.AsSpan(0, _count);

        public ReadOnlySpan<char> Characters => _characters;

        public void Append(UInt128 cell, BookingPartner partner, string candidate, uint person, uint key, decimal hours)
        {
            if (_count == _held.Length)
            {
                Array.Resize(ref _held, Math.Max(64, _count * 2));
            }

            var start = _count == 0 ? 0 : _held[_count - 1].CandidateEnd;
            var end = start + candidate.Length;
            if (end > _characters.Length)
            {
                Array.Resize(ref _characters, Math.Max(Math.Max(1024, _characters.Length * 2), end));
            }

            candidate.CopyTo(_characters.AsSpan(start));
            _held[_count++] = new Placement(cell, hours, person, key, end, partner);
        }

        /// <summary>Empties the partition for another count, keeping its arrays.</summary>
        public void Clear() => _count = 0;
    }
}
