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
/// Memory: 56 bytes a placement while held (two million: 112 MB). The partitions are emptied once handed out and kept for
/// the next count, as <see cref="PersonEntries"/> keeps its own: a national figure's grow to a hundred megabytes, and new
/// ones each count cost page faults, zeroing and full collections (they are large objects). At most two sets are kept.
/// Not thread-safe.
/// </para>
/// </remarks>
internal sealed class HeldPlacements
{
    private const int PartitionBits = 8;

    /// <summary>The sets of partitions kept for later counts (a loose bound: two counts ending at once may keep one more).</summary>
    private const int SpareSets = 2;

    private static readonly System.Collections.Concurrent.ConcurrentBag<Placement[]?[]> s_spare = [];
    private readonly Placement[]?[] _partitions;
    private readonly int[] _counts = new int[1 << PartitionBits];
    private bool _handedOut;

    /// <summary>Initializes an empty hold, on a set of partitions an earlier count gave back when there is one.</summary>
    public HeldPlacements()
    {
        if (!s_spare.TryTake(out var partitions))
        {
            partitions = new Placement[1 << PartitionBits][];
        }

        _partitions = partitions;
    }

    /// <summary>
    /// The handler of one placement handed out: its cell's number (from 0, in the order first handed out), whether it is
    /// the cell's first, the cell's code (<see cref="PlacementGroupCodes"/>), its person and its tally.
    /// </summary>
    public delegate void Handler(int cell, bool first, UInt128 code, BookingPartner partner, string candidate, uint person, uint key, decimal hours);

    /// <summary>
    /// Holds a placement of the cell <paramref name="cell"/> (a code of <see cref="PlacementGroupCodes"/>), of the
    /// person of hash <paramref name="person"/> (<see cref="PersonEntries.HashOf"/>).
    /// </summary>
    /// <exception cref="InvalidOperationException">The placements were handed out already.</exception>
    public void Add(UInt128 cell, BookingPartner partner, string candidate, uint person, uint key, decimal hours)
    {
        if (_handedOut)
        {
            throw new InvalidOperationException("The placements were handed out: no placement is added after.");
        }

        var p = PartitionOf(cell);
        ref var partition = ref _partitions[p];
        var count = _counts[p];
        if (partition is null || count == partition.Length)
        {
            Array.Resize(ref partition, Math.Max(64, count * 2));
        }

        partition[count] = new Placement(cell, hours, candidate, person, key, partner);
        _counts[p] = count + 1;
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
        for (var p = 0; p < _partitions.Length; p++)
        {
            var held = _partitions[p].AsSpan(0, _counts[p]);
            numbers.Clear();
            foreach (ref readonly var placement in held)
            {
                ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(numbers, placement.Cell, out var seen);
                if (!seen)
                {
                    number = cells++;
                }

                handler(number, !seen, placement.Cell, placement.Partner, placement.Candidate, placement.Person, placement.Key, placement.Hours);
            }

            held.Clear();
        }

        if (s_spare.Count < SpareSets)
        {
            s_spare.Add(_partitions);
        }
    }

    /// <summary>The partition of a cell: the top bits of a multiplicative hash of its code's two halves.</summary>
    private static int PartitionOf(UInt128 cell) =>
        (int)((((ulong)cell * 0x9E3779B97F4A7C15UL) ^ ((ulong)(cell >> 64) * 0xC2B2AE3D27D4EB4FUL)) >> (64 - PartitionBits));

    private readonly record struct Placement(UInt128 Cell, decimal Hours, string Candidate, uint Person, uint Key, BookingPartner Partner);
}
