using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Counting;

/// <summary>
/// Counts the working persons (H3) of a figure's entries: how many distinct persons each entry (a cell, a row, a region,
/// a kind…) holds a job in, and how many in all, a person being a candidate pseudonym of one booking partner. Each
/// placement names one entry of each of a fixed number of slots (say cell, row, column), each slot's entries numbered
/// from 0; the entry <c>e</c> of slot <c>s</c> is counted under id <c>e × slots + s</c>, so the slots never share an id.
/// </summary>
/// <remarks>
/// <para>
/// A national stock holds two million persons, nearly all seen once. A table looked up per placement paid a random
/// memory access each (about 110 ns on the build machine, more than the rest of the count together). Here each
/// placement goes to one of 256 partitions by its person's hash instead, and at the end each partition (a few thousand
/// placements, in the processor's cache) is sorted by person, so a person's placements lie side by side. Placements whose
/// hashes and partners agree are told apart by their pseudonyms, compared in full: the count is exact.
/// </para>
/// <para>
/// Memory grows with the placements counted (8 bytes, a reference and 4 bytes a slot each); a stock has about as many
/// placements as persons. The partitions are counted once (<see cref="Count"/>), emptied of their pseudonyms and kept for
/// the next count: a national stock's grow to tens of megabytes, and new ones each count cost page faults, zeroing and
/// copying collections (they live through the count). At most two sets are kept; counts running at once take one each
/// or make their own. From 250,000 placements the partitions are counted in two halves on two threads. An instance is
/// not thread-safe; counts on different instances may run at once.
/// </para>
/// </remarks>
internal sealed class PersonEntries
{
    private const int PartitionBits = 8;

    /// <summary>
    /// The placements from which the persons are counted on two threads: a national stock's two million placements take
    /// 0.15 s to sort and count on one (2026-12-08), a region's hundred thousand under 10 ms, not worth a second thread.
    /// </summary>
    private const int TwoThreadsFrom = 250_000;

    /// <summary>The sets of partitions kept for later counts (a loose bound: two counts ending at once may keep one more).</summary>
    private const int SpareSets = 2;

    private static readonly System.Collections.Concurrent.ConcurrentBag<Partition[]> s_spare = [];
    private readonly int _slots;
    private readonly Func<BookingPartner, string, uint> _hash;
    private readonly int _twoThreadsFrom;
    private Partition[]? _partitions;

    /// <summary>Initializes an empty count of placements naming <paramref name="slots"/> entries each.</summary>
    public PersonEntries(int slots)
        : this(slots, static (partner, candidate) => (uint)HashCode.Combine(partner, candidate))
    {
    }

    /// <summary>
    /// Initializes an empty count that hashes persons with <paramref name="hash"/> (tests give every person one hash) and
    /// counts them on two threads from <paramref name="twoThreadsFrom"/> placements (tests count small sets both ways).
    /// </summary>
    internal PersonEntries(int slots, Func<BookingPartner, string, uint> hash, int twoThreadsFrom = TwoThreadsFrom)
    {
        Preconditions.CheckArgument(slots > 0, nameof(slots), "A placement names at least one entry.");
        (_slots, _hash, _twoThreadsFrom) = (slots, hash, twoThreadsFrom);
        if (!s_spare.TryTake(out _partitions))
        {
            _partitions = new Partition[1 << PartitionBits];
            for (var p = 0; p < _partitions.Length; p++)
            {
                _partitions[p] = new Partition();
            }
        }
    }

    /// <summary>Gets the id under which entry <paramref name="entry"/> of slot <paramref name="slot"/> is counted.</summary>
    private int Id(int entry, int slot) => (entry * _slots) + slot;

    /// <summary>Records that the partner's candidate holds a job in <paramref name="entries"/>, one entry of each slot.</summary>
    /// <exception cref="InvalidOperationException">The persons were counted already.</exception>
    public void Add(BookingPartner partner, string candidate, ReadOnlySpan<int> entries) => Add(partner, candidate, HashOf(partner, candidate), entries);

    /// <summary>Returns the hash of the partner's candidate, for <see cref="Add(BookingPartner, string, uint, ReadOnlySpan{int})"/>.</summary>
    public uint HashOf(BookingPartner partner, string candidate) => _hash(partner, candidate);

    /// <summary>
    /// Records that the partner's candidate, of hash <paramref name="hash"/> (<see cref="HashOf"/>), holds a job in
    /// <paramref name="entries"/>: a count that holds its placements a while hashes a pseudonym while it is in the cache.
    /// </summary>
    /// <exception cref="InvalidOperationException">The persons were counted already.</exception>
    public void Add(BookingPartner partner, string candidate, uint hash, ReadOnlySpan<int> entries)
    {
        Preconditions.CheckArgument(entries.Length == _slots, nameof(entries), "A placement names one entry of each slot.");
        // The person's hash and partner in one number: sorting the numbers sorts a partition by person.
        var partitions = _partitions ?? throw new InvalidOperationException("The persons were counted: no placement is added after.");
        var ids = partitions[(int)(hash >> (32 - PartitionBits))].Append(((ulong)hash << 32) | ((ulong)partner.Bits << 16), candidate, _slots);
        for (var s = 0; s < entries.Length; s++)
        {
            ids[s] = Id(entries[s], s);
        }
    }

    /// <summary>Counts the distinct persons of every entry and in all, once: the placements added are forgotten after.</summary>
    /// <exception cref="InvalidOperationException">The persons were counted already.</exception>
    public Counted Count()
    {
        var partitions = _partitions ?? throw new InvalidOperationException("The persons were counted once already.");
        _partitions = null;
        var counted = CountIn(partitions);
        foreach (var partition in partitions)
        {
            partition.Clear();
        }

        if (s_spare.Count < SpareSets)
        {
            s_spare.Add(partitions);
        }

        return counted;
    }

    private Counted CountIn(Partition[] partitions)
    {
        var byId = new int[MaxId(partitions) + 1];
        if (partitions.Sum(p => p.Count) < _twoThreadsFrom)
        {
            return new Counted(byId, _slots, CountIn(partitions, byId));
        }

        // The partitions share no person: each half is counted on its own thread into its own counts, added up after.
        // Parallel.Invoke runs the second half on the calling thread too when no other thread takes it up.
        var half = partitions.Length / 2;
        var other = new int[byId.Length];
        var (first, second) = (0, 0);
        Parallel.Invoke(() => first = CountIn(partitions[..half], byId), () => second = CountIn(partitions[half..], other));
        for (var id = 0; id < byId.Length; id++)
        {
            byId[id] += other[id];
        }

        return new Counted(byId, _slots, first + second);
    }

    /// <summary>Counts the persons of <paramref name="partitions"/> into <paramref name="byId"/>; returns how many in all.</summary>
    private int CountIn(Partition[] partitions, int[] byId)
    {
        var total = 0;
        var ids = new List<int>();
        var largest = partitions.Max(p => p.Count);
        var (sortedKeys, order) = (new ulong[largest], new int[largest]);
        foreach (var partition in partitions)
        {
            var count = partition.Count;
            var (candidates, entries) = (partition.Candidates, partition.Entries);
            var keys = sortedKeys.AsSpan(0, count);
            var placements = order.AsSpan(0, count);
            partition.Keys.CopyTo(keys);
            for (var i = 0; i < count; i++)
            {
                placements[i] = i;
            }

            keys.Sort(placements);
            for (var from = 0; from < count;)
            {
                // A run: the placements of one hash and partner; nearly always one person's, nearly always one placement.
                var to = from + 1;
                var alike = true;
                while (to < count && keys[to] == keys[from])
                {
                    alike &= string.Equals(candidates[placements[to]], candidates[placements[from]], StringComparison.Ordinal);
                    to++;
                }

                if (alike)
                {
                    total++;
                    CountPerson(placements[from..to], entries, byId, ids);
                }
                else
                {
                    // Pseudonyms whose hashes agree: sorted by their characters, each person's placements side by side.
                    var run = placements[from..to];
                    run.Sort((a, b) => string.CompareOrdinal(candidates[a], candidates[b]));
                    for (var first = 0; first < run.Length;)
                    {
                        var last = first + 1;
                        while (last < run.Length && string.Equals(candidates[run[last]], candidates[run[first]], StringComparison.Ordinal))
                        {
                            last++;
                        }

                        total++;
                        CountPerson(run[first..last], entries, byId, ids);
                        first = last;
                    }
                }

                from = to;
            }
        }

        return total;
    }

    /// <summary>Counts one person once in each distinct entry its placements name.</summary>
    private void CountPerson(ReadOnlySpan<int> placements, int[] entries, int[] byId, List<int> ids)
    {
        if (placements.Length == 1)
        {
            foreach (var id in entries.AsSpan(placements[0] * _slots, _slots))
            {
                byId[id]++;
            }

            return;
        }

        ids.Clear();
        foreach (var placement in placements)
        {
            ids.AddRange(entries.AsSpan(placement * _slots, _slots));
        }

        ids.Sort();
        for (var i = 0; i < ids.Count; i++)
        {
            if (i == 0 || ids[i] != ids[i - 1])
            {
                byId[ids[i]]++;
            }
        }
    }

    private int MaxId(Partition[] partitions)
    {
        var max = -1;
        foreach (var partition in partitions)
        {
            foreach (var id in partition.Entries.AsSpan(0, partition.Count * _slots))
            {
                max = Math.Max(max, id);
            }
        }

        return max;
    }

    /// <summary>The distinct persons counted: of each entry of each slot, and in all.</summary>
    /// <param name="byId">The persons of each entry id, up to the highest id recorded.</param>
    /// <param name="slots">The slots a placement names entries of.</param>
    /// <param name="total">The persons in all.</param>
    public readonly struct Counted(int[] byId, int slots, int total)
    {
        /// <summary>Gets the persons in all.</summary>
        public int Total => total;

        /// <summary>Returns the persons of entry <paramref name="entry"/> of slot <paramref name="slot"/>: 0 when no placement named it.</summary>
        public int Of(int entry, int slot) => (entry * slots) + slot is var id && id < byId.Length ? byId[id] : 0;
    }

    /// <summary>The placements of one partition: person keys, pseudonyms, and each placement's entry ids in a row.</summary>
    private sealed class Partition
    {
        private ulong[] _keys = [];
        private string[] _candidates = [];
        private int[] _entries = [];

        public int Count { get; private set; }

        public ReadOnlySpan<ulong> Keys => _keys.AsSpan(0, Count);

        public string[] Candidates => _candidates;

        public int[] Entries => _entries;

        /// <summary>Appends a placement; returns where its entry ids go.</summary>
        public Span<int> Append(ulong key, string candidate, int slots)
        {
            var at = Count++;
            if (at == _keys.Length || (at + 1) * slots > _entries.Length)
            {
                var size = Math.Max(16, at * 2);
                Array.Resize(ref _keys, Math.Max(size, _keys.Length));
                Array.Resize(ref _candidates, Math.Max(size, _candidates.Length));
                Array.Resize(ref _entries, Math.Max(size * slots, _entries.Length));
            }

            (_keys[at], _candidates[at]) = (key, candidate);
            return _entries.AsSpan(at * slots, slots);
        }

        /// <summary>Empties the partition for another count, keeping its arrays but no pseudonym.</summary>
        public void Clear()
        {
            Array.Clear(_candidates, 0, Count);
            Count = 0;
        }
    }
}
