using System.Buffers;
using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The <c>placement_chunks</c> table: the imported placements again, narrowed to what the figures read (start and end
/// day, region, employer kind, target groups, sector, partner, arrangement, employer, record key, hours, candidate), in
/// chunks of up to <see cref="RowsPerChunk"/> sorted by start day. A figure over a period reads of each chunk only the
/// rows that started in it (a binary search over the chunk's days, then one slice of its data): a year out of fifty
/// costs a fiftieth of the file, where a scan of the placements table reads every row of every year. A figure at a date
/// reads the rows started by then, a few narrow columns each instead of whole rows. An import appends
/// its chunks in its own transaction (no index is kept up to date row by row), and a rollback deletes them with it.
/// Placements booked on vacancies (few, at the pace of people) are read from the placements table beside them.
/// </summary>
/// <remarks>
/// <para>A chunk's row holds four blobs, little-endian:</para>
/// <list type="bullet">
/// <item><c>codes</c>: the chunk's distinct sector, partner and arrangement codes, each a uint16 byte length and its UTF-8.</item>
/// <item><c>days</c>: the start days (day numbers, <see cref="Days"/>), one int32 a placement, ascending.</item>
/// <item><c>data</c>: <see cref="RowBytes"/> a placement, in the order of <c>days</c>: end day (int32, <see cref="NoEnd"/>
/// for none), region number (byte), employer kind (byte), target groups (uint16 bits), the indexes into <c>codes</c> of
/// the sector, the partner and the arrangement (uint16 each, <see cref="NoCode"/> for none), the employer's KvK number
/// (int32) and the record key (uint32).</item>
/// <item><c>texts</c>: each placement's hours per week (as <c>decimal</c> formats them, invariant) and candidate, in the
/// order of <c>days</c>, each a byte length and its UTF-8.</item>
/// </list>
/// </remarks>
internal static class PlacementChunks
{
    /// <summary>
    /// Placements a chunk holds at most: 1.4 MB of data a chunk, so a writer's memory stays flat, and ~150 chunks for
    /// ten million placements, so the per-chunk cost of a read (its days, about 256 KB) stays small against its rows.
    /// </summary>
    public const int RowsPerChunk = 65_536;

    /// <summary>The distinct codes a chunk holds at most (an index is a uint16 and <see cref="NoCode"/> is taken).</summary>
    public const int MaxCodes = ushort.MaxValue - 1;

    /// <summary>The bytes of a placement in a chunk's data.</summary>
    public const int RowBytes = 22;

    /// <summary>The end day of a placement that runs.</summary>
    public const int NoEnd = int.MinValue;

    /// <summary>
    /// The rows a grouping by employer groups before it judges whether grouping sums enough to go on (a chunk's worth:
    /// enough rows that an employer mix shows, few enough that a file of an employer a placement costs little).
    /// </summary>
    public const int PassOnSample = RowsPerChunk;

    /// <summary>The code index of no arrangement.</summary>
    public const ushort NoCode = ushort.MaxValue;

    /// <summary>
    /// Reads the chunked placements that started from <paramref name="firstDay"/> to <paramref name="lastDay"/>, of the
    /// <paramref name="regions"/> only (every region when null), in the transaction given.
    /// </summary>
    public static IEnumerable<PlacementChunkRow> Read(SqliteConnection connection, SqliteTransaction transaction, int firstDay, int lastDay, IReadOnlyCollection<RegionCode>? regions, PlacementColumns columns)
    {
        var allowed = Allowed(regions);
        var read = new List<PlacementChunkRow>();
        foreach (var slice in Slices(connection, transaction, firstDay, lastDay, columns))
        {
            // Values, copied out as they are yielded: one list serves every chunk.
            read.Clear();
            for (var i = 0; i < slice.Rows; i++)
            {
                var row = slice.Row(i);
                if (allowed is null || allowed[row[4]])
                {
                    read.Add(slice.Codes.Row(slice.StartDay(i), row));
                }
            }

            // Yielded after the chunk's bytes are decoded: the pooled buffers are reused by the next chunk.
            foreach (var row in read)
            {
                yield return row;
            }
        }
    }

    /// <summary>
    /// Counts the chunked placements that started from <paramref name="firstDay"/> to <paramref name="lastDay"/>, of the
    /// <paramref name="regions"/> only (every region when null), grouped <paramref name="by"/> (by code numbers: no key is
    /// built a placement): a group's first placement's cell, its last start day, its placements and the sum of their
    /// record keys, one group for each combination of the values grouped by.
    /// </summary>
    /// <remarks>By employer, each group is one employer's and carries it; otherwise its employer is null.</remarks>
    public static IEnumerable<(PlacementStartsKey Key, KvkNumber? Employer, int LastDay, int Count, uint KeySum)> CountStarts(SqliteConnection connection, SqliteTransaction transaction, int firstDay, int lastDay, IReadOnlyCollection<RegionCode>? regions, PlacementDimensions by, PlacementColumns columns)
    {
        var byEmployer = (by & PlacementDimensions.Employer) != 0;
        return Group(connection, transaction, firstDay, lastDay, regions, by, columns, outcomeOf: null)
            .Select(g => (g.Key, byEmployer ? PlacementChunkRow.EmployerOf(g.Employer) : (KvkNumber?)null, g.LastDay, g.Count, g.KeySum));
    }

    /// <summary>
    /// Counts the chunked placements that started in the period of <paramref name="rule"/>, of the
    /// <paramref name="regions"/> only (every region when null), grouped <paramref name="by"/> and by their outcome, as
    /// <see cref="CountStarts"/> groups them.
    /// </summary>
    public static IEnumerable<(PlacementStartsKey Key, DurabilityOutcome Outcome, int Count, uint KeySum)> CountSpans(SqliteConnection connection, SqliteTransaction transaction, DurabilityClassifier rule, IReadOnlyCollection<RegionCode>? regions, PlacementDimensions by, PlacementColumns columns)
    {
        // The rule is the SDK's: a row's outcome from its start and end day (int.MaxValue, no end, is after every mark).
        byte OutcomeOf(int startDay, int endDay) =>
            (byte)rule.Classify(DateOnly.FromDayNumber(startDay), endDay == NoEnd ? null : DateOnly.FromDayNumber(endDay));

        var (first, last) = (Days.Of(rule.Period.Start), Days.Of(rule.Period.End));
        return Group(connection, transaction, first, last, regions, by & ~PlacementDimensions.Employer, columns, OutcomeOf).Select(g => (g.Key, (DurabilityOutcome)g.Outcome, g.Count, g.KeySum));
    }

    /// <summary>
    /// Groups the rows of every chunk started from <paramref name="firstDay"/> to <paramref name="lastDay"/> by the codes
    /// of <paramref name="by"/>, and by <paramref name="outcomeOf"/> a row's start and end day when given: each group with
    /// its first row's cell and employer (as a number), its last start day, its rows and the sum of their record keys.
    /// </summary>
    /// <remarks>
    /// A chunk numbers its own codes, so each chunk's numbers are first mapped to numbers of the read (a few hundred codes
    /// a chunk); then every row of every chunk goes into one table keyed by one 128-bit number. No cell is built until the
    /// end: a chunk of 65,536 rows can hold tens of thousands of groups when grouped by four dimensions, and building them
    /// chunk by chunk cost more than reading the rows.
    /// </remarks>
    private static IEnumerable<(PlacementStartsKey Key, int Employer, byte Outcome, int LastDay, int Count, uint KeySum)> Group(SqliteConnection connection, SqliteTransaction transaction, int firstDay, int lastDay, IReadOnlyCollection<RegionCode>? regions, PlacementDimensions by, PlacementColumns columns, Func<int, int, byte>? outcomeOf)
    {
        var groups = new StartGroups(Allowed(regions), by, columns, outcomeOf);
        var passedOn = new List<(PlacementStartsKey Key, int Employer, byte Outcome, int LastDay, int Count, uint KeySum)>();
        foreach (var slice in Slices(connection, transaction, firstDay, lastDay, columns))
        {
            // Yielded after the chunk's rows are read: the pooled buffers are reused by the next chunk.
            groups.Add(slice, passedOn);
            foreach (var row in passedOn)
            {
                yield return row;
            }

            passedOn.Clear();
        }

        foreach (var group in groups.All())
        {
            yield return group;
        }
    }

    /// <summary>
    /// The rows of each chunk that started from <paramref name="firstDay"/> to <paramref name="lastDay"/>: a chunk's
    /// slice is valid until the next is asked for (the buffers are pooled and reused).
    /// </summary>
    private static IEnumerable<Slice> Slices(SqliteConnection connection, SqliteTransaction transaction, int firstDay, int lastDay, PlacementColumns columns)
    {
        var chunks = Chunks(connection, transaction, firstDay, lastDay);
        var days = ArrayPool<byte>.Shared.Rent(RowsPerChunk * sizeof(int));
        var data = ArrayPool<byte>.Shared.Rent(RowsPerChunk * RowBytes);
        try
        {
            foreach (var (id, rows) in chunks)
            {
                var dayBytes = ReadDays(connection, id, rows, days);
                var from = FirstAtOrAfter(dayBytes, rows, firstDay);
                var to = FirstAtOrAfter(dayBytes, rows, lastDay + 1);
                if (from == to)
                {
                    continue;
                }

                using (var blob = new SqliteBlob(connection, "placement_chunks", "data", id, readOnly: true))
                {
                    blob.Seek((long)from * RowBytes, SeekOrigin.Begin);
                    blob.ReadExactly(data.AsSpan(0, (to - from) * RowBytes));
                }

                yield return new Slice(id, Codes(connection, id, columns), days, from, data, to - from);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(days);
            ArrayPool<byte>.Shared.Return(data);
        }
    }

    /// <summary>
    /// Reads the chunked placements that count for the job agreement on <paramref name="day"/> (banenafspraak, started on
    /// or before it and not ended before it), of the <paramref name="regions"/> only (every region when null), in the
    /// transaction given: of each chunk the rows started by the day, with their hours and candidates.
    /// </summary>
    public static IEnumerable<JobAgreementPlacement> ReadJobAgreement(SqliteConnection connection, SqliteTransaction transaction, int day, IReadOnlyCollection<RegionCode>? regions, PlacementColumns columns)
    {
        const int banenafspraak = 1 << (int)TargetGroups.TargetGroup.Banenafspraak;
        var allowed = Allowed(regions);
        byte[] texts = [];

        // Values, copied out as they are yielded: one list serves every chunk.
        var read = new List<JobAgreementPlacement>();
        try
        {
            foreach (var slice in Slices(connection, transaction, int.MinValue, day, columns))
            {
                int textLength;
                using (var blob = new SqliteBlob(connection, "placement_chunks", "texts", slice.Id, readOnly: true))
                {
                    textLength = (int)blob.Length;
                    if (texts.Length < textLength)
                    {
                        ArrayPool<byte>.Shared.Return(texts);
                        texts = ArrayPool<byte>.Shared.Rent(textLength);
                    }

                    blob.ReadExactly(texts.AsSpan(0, textLength));
                }

                read.Clear();
                var at = 0;
                for (var i = 0; i < slice.Rows; i++)
                {
                    // Every row's texts are stepped over, counted or not: they lie one after another.
                    var hours = texts.AsSpan(at + 1, texts[at]);
                    at += 1 + hours.Length;
                    var candidate = texts.AsSpan(at + 1, texts[at]);
                    at += 1 + candidate.Length;
                    var row = slice.Row(i);
                    var end = BinaryPrimitives.ReadInt32LittleEndian(row);
                    if ((BinaryPrimitives.ReadUInt16LittleEndian(row[6..]) & banenafspraak) == 0 || (end != NoEnd && end < day) || (allowed is not null && !allowed[row[4]]))
                    {
                        continue;
                    }

                    read.Add(slice.Codes.JobAgreement(row, columns.CachedHours(hours), System.Text.Encoding.UTF8.GetString(candidate)));
                }

                // Yielded after the chunk's bytes are decoded: the pooled buffers are reused by the next chunk.
                foreach (var placement in read)
                {
                    yield return placement;
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(texts);
        }
    }

    /// <summary>
    /// Writes the chunks of every import stored before the chunks existed (migration 11), from its rows of the
    /// placements table, in the migration's transaction.
    /// </summary>
    public static void Fill(SqliteConnection connection, SqliteTransaction transaction)
    {
        var imports = new List<(long Seq, long First, long Last)>();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT seq, first_rowid, last_rowid FROM imports WHERE first_rowid IS NOT NULL ORDER BY seq;";
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                imports.Add((reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)));
            }
        }

        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        command.CommandText = "SELECT start_day, end_day, region, employer_kind, target_groups, sector_code, booking_partner, arrangement_id, employer, record_key, hours_per_week, candidate FROM placements WHERE rowid BETWEEN $first AND $last AND import_seq = $seq;";
        var seq = command.Parameters.Add("$seq", SqliteType.Integer);
        var first = command.Parameters.Add("$first", SqliteType.Integer);
        var last = command.Parameters.Add("$last", SqliteType.Integer);
        foreach (var import in imports)
        {
            (seq.Value, first.Value, last.Value) = (import.Seq, import.First, import.Last);
            using var writer = new PlacementChunkWriter(connection, transaction, import.Seq);
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    writer.Add(
                        reader.GetInt32(0),
                        reader.IsDBNull(1) ? NoEnd : reader.GetInt32(1),
                        reader.GetInt32(2),
                        reader.GetInt32(3),
                        reader.GetInt32(4),
                        LedgerRows.Intern(strings, reader.GetString(5)),
                        LedgerRows.Intern(strings, reader.GetString(6)),
                        reader.IsDBNull(7) ? null : LedgerRows.Intern(strings, reader.GetString(7)),
                        PlacementChunkWriter.KvkValue(reader.GetString(8)),
                        (uint)reader.GetInt64(9),
                        reader.GetString(10),
                        reader.GetString(11));
                }
            }

            writer.Flush();
        }
    }

    /// <summary>Which region numbers a read keeps, or null for every region.</summary>
    private static bool[]? Allowed(IReadOnlyCollection<RegionCode>? regions)
    {
        if (regions is null)
        {
            return null;
        }

        var allowed = new bool[256];
        foreach (var region in regions)
        {
            allowed[region.Number] = true;
        }

        return allowed;
    }

    /// <summary>The chunks holding placements started from <paramref name="firstDay"/> to <paramref name="lastDay"/>: their ids and rows.</summary>
    private static List<(long Id, int Rows)> Chunks(SqliteConnection connection, SqliteTransaction transaction, int firstDay, int lastDay)
    {
        var chunks = new List<(long Id, int Rows)>();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, rows FROM placement_chunks WHERE first_day <= $last AND last_day >= $first ORDER BY id;";
        command.Parameters.AddWithValue("$first", firstDay);
        command.Parameters.AddWithValue("$last", lastDay);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            chunks.Add((reader.GetInt64(0), reader.GetInt32(1)));
        }

        return chunks;
    }

    /// <summary>Reads a chunk's start days into <paramref name="buffer"/>.</summary>
    private static Span<byte> ReadDays(SqliteConnection connection, long id, int rows, byte[] buffer)
    {
        var days = buffer.AsSpan(0, rows * sizeof(int));
        using var blob = new SqliteBlob(connection, "placement_chunks", "days", id, readOnly: true);
        blob.ReadExactly(days);
        return days;
    }

    /// <summary>The index of the first day at or after <paramref name="day"/> in a chunk's ascending days; <paramref name="rows"/> when none is.</summary>
    private static int FirstAtOrAfter(ReadOnlySpan<byte> days, int rows, int day)
    {
        var (low, high) = (0, rows);
        while (low < high)
        {
            var middle = (int)((uint)(low + high) >> 1);
            if (BinaryPrimitives.ReadInt32LittleEndian(days[(middle * sizeof(int))..]) < day)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private static ChunkCodes Codes(SqliteConnection connection, long id, PlacementColumns columns)
    {
        using var blob = new SqliteBlob(connection, "placement_chunks", "codes", id, readOnly: true);
        var bytes = new byte[blob.Length];
        blob.ReadExactly(bytes);
        var codes = new List<string>();
        for (var at = 0; at < bytes.Length;)
        {
            var length = BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(at));
            codes.Add(columns.Shared(bytes.AsSpan(at + 2, length)));
            at += 2 + length;
        }

        return new ChunkCodes([.. codes], columns);
    }

    /// <summary>The rows of one chunk a read takes: row <c>i</c> is the chunk's row <c>from + i</c>.</summary>
    private sealed class Slice(long id, ChunkCodes codes, byte[] days, int from, byte[] data, int rows)
    {
        public long Id => id;

        public ChunkCodes Codes => codes;

        public int Rows => rows;

        public int StartDay(int i) => BinaryPrimitives.ReadInt32LittleEndian(days.AsSpan((from + i) * sizeof(int)));

        public ReadOnlySpan<byte> Row(int i) => data.AsSpan(i * RowBytes, RowBytes);
    }

    /// <summary>A chunk's codes, shared across the read, with each partner code parsed once when first used.</summary>
    private sealed class ChunkCodes(string[] codes, PlacementColumns columns)
    {
        private readonly BookingPartner?[] _partners = new BookingPartner?[codes.Length];

        /// <summary>Gets the chunk's codes, by their number in the chunk.</summary>
        public string[] Codes => codes;

        public PlacementChunkRow Row(int startDay, ReadOnlySpan<byte> row)
        {
            var (region, kind, sector, partner, arrangement) = Cell(row);
            var key = new PlacementStartsKey(region, sector, partner, arrangement, PlacementRows.GroupsOf(BinaryPrimitives.ReadUInt16LittleEndian(row[6..])), kind);
            return new PlacementChunkRow(key, startDay, BinaryPrimitives.ReadInt32LittleEndian(row), BinaryPrimitives.ReadInt32LittleEndian(row[14..]), BinaryPrimitives.ReadUInt32LittleEndian(row[18..]));
        }

        public JobAgreementPlacement JobAgreement(ReadOnlySpan<byte> row, decimal hours, string candidate)
        {
            var (region, kind, sector, partner, arrangement) = Cell(row);
            return new JobAgreementPlacement(new JobAgreementLedgerKey(region, kind, sector, partner, arrangement), PlacementChunkRow.EmployerOf(BinaryPrimitives.ReadInt32LittleEndian(row[14..])), hours, candidate, BinaryPrimitives.ReadUInt32LittleEndian(row[18..]));
        }

        /// <summary>The cell columns of a row: region, employer kind, sector, partner and arrangement.</summary>
        private (RegionCode Region, EmployerKind Kind, string Sector, BookingPartner Partner, string? Arrangement) Cell(ReadOnlySpan<byte> row)
        {
            var arrangement = BinaryPrimitives.ReadUInt16LittleEndian(row[12..]);
            return (
                RegionCode.FromNumber(row[4]),
                (EmployerKind)row[5],
                codes[BinaryPrimitives.ReadUInt16LittleEndian(row[8..])],
                Partner(BinaryPrimitives.ReadUInt16LittleEndian(row[10..])),
                arrangement == NoCode ? null : codes[arrangement]);
        }

        private BookingPartner Partner(ushort index) => _partners[index] ??= columns.Partner(codes[index]);
    }

    /// <summary>The groups of <see cref="Group"/>, the rows of one chunk at a time (its loop in a method of its own, not an iterator's).</summary>
    private sealed class StartGroups(bool[]? allowed, PlacementDimensions by, PlacementColumns columns, Func<int, int, byte>? outcomeOf)
    {
        private readonly UInt128 _mask = ReadCodes.Mask(by);
        private readonly ReadCodes _codes = new();
        private readonly Dictionary<UInt128, (int First, int LastDay, int Count, uint KeySum)> _groups = [];
        private readonly List<ReadCodes.Row> _firsts = [];

        // By employer the groups are as many as the employers, which no code bounds: where the rows grouped so far show
        // that grouping hardly sums (nine groups in ten rows or more, as when nearly every placement has an employer of
        // its own), the rest go out one by one, for the caller to count, instead of being grouped twice, here and there,
        // in two tables as large as the rows. A real employer mix sums far more (a pool of 100,000 employers: about one
        // group in two rows over the first chunk, fewer after), and is grouped to the end.
        private readonly bool _mayPassOn = (by & PlacementDimensions.Employer) != 0;
        private int _grouped;
        private bool _passOn;

        /// <summary>Groups the rows of <paramref name="slice"/>, or adds them to <paramref name="passedOn"/> one by one once grouping no longer sums.</summary>
        public void Add(Slice slice, List<(PlacementStartsKey Key, int Employer, byte Outcome, int LastDay, int Count, uint KeySum)> passedOn)
        {
            // Locals, not fields, in the loop: the JIT keeps them in registers.
            var (groups, firsts, mask, codes, regions, outcome) = (_groups, _firsts, _mask, _codes, allowed, outcomeOf);
            var (passOn, grouped) = (_passOn, _grouped);
            var numbers = codes.NumbersOf(slice.Codes);
            for (var i = 0; i < slice.Rows; i++)
            {
                var bytes = slice.Row(i);
                if (regions is not null && !regions[bytes[4]])
                {
                    continue;
                }

                var startDay = slice.StartDay(i);
                var row = ReadCodes.Row.Of(bytes, numbers, outcome is null ? (byte)0 : outcome(startDay, BinaryPrimitives.ReadInt32LittleEndian(bytes)));
                var recordKey = BinaryPrimitives.ReadUInt32LittleEndian(bytes[18..]);
                if (passOn)
                {
                    passedOn.Add((codes.Key(row, columns), row.Employer, row.Outcome, startDay, 1, recordKey));
                    continue;
                }

                // A chunk's days ascend, but a later import's chunk can start before an earlier one's ends.
                grouped++;
                ref var group = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, row.Key & mask, out var exists);
                if (exists)
                {
                    group = (group.First, Math.Max(group.LastDay, startDay), group.Count + 1, unchecked(group.KeySum + recordKey));
                }
                else
                {
                    // A group's first row apart, so the table's entries stay small.
                    group = (firsts.Count, startDay, 1, recordKey);
                    firsts.Add(row);
                }
            }

            _grouped = grouped;
            _passOn = passOn || (_mayPassOn && grouped >= PassOnSample && groups.Count > grouped / 10 * 9);
        }

        /// <summary>Returns the groups: each with its first row's cell and employer, its last start day, its rows and the sum of their keys.</summary>
        public IEnumerable<(PlacementStartsKey Key, int Employer, byte Outcome, int LastDay, int Count, uint KeySum)> All() =>
            _groups.Values.Select(g => (_codes.Key(_firsts[g.First], columns), _firsts[g.First].Employer, _firsts[g.First].Outcome, g.LastDay, g.Count, g.KeySum));
    }

    /// <summary>
    /// The codes of one read, numbered across its chunks, and a row's groupable values as one 128-bit key: employer (27
    /// bits, a KvK number), region (8), target groups (16), sector, partner and arrangement (20 each, numbers of the
    /// read), outcome (8), with the employer kind (8) beside them, which no grouping of these reads asks for.
    /// </summary>
    private sealed class ReadCodes
    {
        // A row's key, from the low bits: outcome (8), arrangement (20), partner (20), sector (20), target groups (16),
        // region (8), employer (27: a KvK number is below 2^27). The codes share one numbering of the read.
        private const int CodeBits = 20;
        private const int CodeMask = (1 << CodeBits) - 1;
        private const int NoArrangement = CodeMask;
        private const int ArrangementAt = 8;
        private const int PartnerAt = ArrangementAt + CodeBits;
        private const int SectorAt = PartnerAt + CodeBits;
        private const int GroupsAt = SectorAt + CodeBits;
        private const int RegionAt = GroupsAt + 16;
        private const int EmployerAt = RegionAt + 8;
        private const int EmployerBits = 27;
        private readonly Dictionary<string, int> _numbers = new(StringComparer.Ordinal);
        private readonly List<string> _codes = [];

        /// <summary>The key bits of the dimensions grouped by (and the outcome, always).</summary>
        public static UInt128 Mask(PlacementDimensions by) =>
            ((by & PlacementDimensions.Employer) != 0 ? (((UInt128)1 << EmployerBits) - 1) << EmployerAt : 0)
            | ((by & PlacementDimensions.Region) != 0 ? (UInt128)0xFF << RegionAt : 0)
            | ((by & PlacementDimensions.TargetGroup) != 0 ? (UInt128)0xFFFF << GroupsAt : 0)
            | ((by & PlacementDimensions.Sector) != 0 ? (UInt128)CodeMask << SectorAt : 0)
            | ((by & PlacementDimensions.Partner) != 0 ? (UInt128)CodeMask << PartnerAt : 0)
            | ((by & PlacementDimensions.Arrangement) != 0 ? (UInt128)CodeMask << ArrangementAt : 0)
            | 0xFF;

        /// <summary>The read's number of each of a chunk's codes, by the code's number in the chunk.</summary>
        public int[] NumbersOf(ChunkCodes chunk)
        {
            var numbers = new int[chunk.Codes.Length];
            for (var i = 0; i < numbers.Length; i++)
            {
                var code = chunk.Codes[i];
                ref var number = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_numbers, code, out var exists);
                if (!exists)
                {
                    // Codes are sectors, partners and arrangements: thousands at most, against 1,048,575 numbers (the last is none).
                    number = _codes.Count < NoArrangement ? _codes.Count : throw new Storage.StoreException(Storage.StoreErrorCode.Unavailable, "A read of the placement chunks holds more than 1,048,575 distinct codes: the file is damaged.");
                    _codes.Add(code);
                }

                numbers[i] = number;
            }

            return numbers;
        }

        /// <summary>The cell of a row, from its read numbers.</summary>
        public PlacementStartsKey Key(Row row, PlacementColumns columns)
        {
            var arrangement = Code(row.Key, ArrangementAt);
            return new PlacementStartsKey(
                RegionCode.FromNumber((byte)(row.Key >> RegionAt)),
                _codes[Code(row.Key, SectorAt)],
                columns.Partner(_codes[Code(row.Key, PartnerAt)]),
                arrangement == NoArrangement ? null : _codes[arrangement],
                PlacementRows.GroupsOf((ushort)(row.Key >> GroupsAt)),
                (EmployerKind)row.Kind);
        }

        private static int Code(UInt128 key, int at) => (int)(uint)(key >> at) & CodeMask;

        /// <summary>A row's key and employer kind.</summary>
        public readonly record struct Row(UInt128 Key, byte Kind)
        {
            public byte Outcome => (byte)Key;

            /// <summary>The row's employer's KvK number, as a number.</summary>
            public int Employer => (int)(uint)(Key >> EmployerAt);

            /// <summary>A chunk row's values, its codes mapped by <paramref name="numbers"/>.</summary>
            public static Row Of(ReadOnlySpan<byte> row, int[] numbers, byte outcome)
            {
                var arrangement = BinaryPrimitives.ReadUInt16LittleEndian(row[12..]);

                // A number outside a KvK number's range (a damaged file) becomes one that is out of range too, not
                // another employer's: a group by employer then refuses it, as every read of the chunks does.
                var employer = BinaryPrimitives.ReadInt32LittleEndian(row[14..]);
                var key = ((UInt128)(uint)(employer is >= 0 and < 1 << EmployerBits ? employer : (1 << EmployerBits) - 1) << EmployerAt)
                    | ((UInt128)row[4] << RegionAt)
                    | ((UInt128)BinaryPrimitives.ReadUInt16LittleEndian(row[6..]) << GroupsAt)
                    | ((UInt128)(uint)numbers[BinaryPrimitives.ReadUInt16LittleEndian(row[8..])] << SectorAt)
                    | ((UInt128)(uint)numbers[BinaryPrimitives.ReadUInt16LittleEndian(row[10..])] << PartnerAt)
                    | ((UInt128)(uint)(arrangement == NoCode ? NoArrangement : numbers[arrangement]) << ArrangementAt)
                    | outcome;
                return new Row(key, row[5]);
            }
        }
    }
}
