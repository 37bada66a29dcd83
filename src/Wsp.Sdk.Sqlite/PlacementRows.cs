using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The placements table's rows: a prepared insert that binds a placement's counting columns (region, day numbers,
/// hours, employer kind, target groups as a bitmask), and the mapping of a row back to a <see cref="Placement"/>.
/// </summary>
/// <remarks>
/// The insert is a SQLite statement bound by position through SQLitePCL directly, not a <see cref="SqliteCommand"/>: an
/// import runs it a million times, and the command's per-call work (a data reader per execution, parameters bound by
/// name, each value boxed and type-switched) cost as much as SQLite's own. It runs on the connection's handle, so it is
/// inside the connection's transaction like any command.
/// </remarks>
internal sealed class PlacementRows : IDisposable
{
    public const string Columns =
        "id, vacancy_id, employer, municipality, sector_code, candidate, booking_partner, target_groups, start_day, end_day, hours_per_week, employer_kind, arrangement_id";

    private const string InsertSql = "INSERT INTO placements (import_seq, id, vacancy_id, employer, municipality, region, sector_code, candidate, booking_partner, target_groups, start_day, end_day, hours_per_week, employer_kind, arrangement_id, record_key) " +
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)";

    /// <summary>An import's insert: a taken id writes nothing (the primary key's check, which the insert makes anyway) and the caller is told.</summary>
    private const string SkipTakenSql = " ON CONFLICT (id) DO NOTHING";

    private static readonly TargetGroupSet[] s_sets = [.. Enumerable.Range(0, 512).Select(SetOf)];

    /// <summary>
    /// Rows one import statement inserts (<see cref="TryInsertMany"/>): a statement's own cost (its cursors opened and
    /// closed, the step and reset calls) shared by 32 rows; 32 × 16 parameters stay far below SQLite's limit.
    /// </summary>
    public const int RowsPerStatement = 32;

    private const int ColumnsPerRow = 16;
    private const int TextColumnsPerRow = 6;

    private readonly SqliteConnection _connection;
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _insert;
    private readonly nint _dbPointer;
    private readonly nint _insertPointer;
    private readonly (int Start, int Length)[] _spans = new (int, int)[RowsPerStatement * TextColumnsPerRow];
    private sqlite3_stmt? _insertMany;
    private nint _insertManyPointer;
    private readonly Dictionary<BookingPartner, byte[]> _partners = [];
    private readonly Dictionary<string, byte[]> _sectors = new(StringComparer.Ordinal);
    private byte[] _text = new byte[512];

    /// <summary>Prepares the insert on the connection.</summary>
    /// <param name="connection">The open connection.</param>
    /// <param name="skipTaken">Whether a taken id writes nothing (<see cref="TryInsert"/>, imports) instead of failing (bookings).</param>
    public PlacementRows(SqliteConnection connection, bool skipTaken = false)
    {
        _connection = connection;
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, InsertSql + (skipTaken ? SkipTakenSql : "") + ";", out _insert), _db);
        // Raw pointers for the per-row calls (Sqlite3Native); the connection and this statement outlive every call.
        _dbPointer = _db.DangerousGetHandle();
        _insertPointer = _insert.DangerousGetHandle();
    }

    /// <summary>Inserts one placement; an existing id fails with SQLite's constraint error.</summary>
    /// <param name="placement">The placement.</param>
    /// <param name="importSeq">The import it belongs to, or null for a placement booked on a vacancy.</param>
    /// <returns>The row's rowid.</returns>
    public long Insert(Placement placement, long? importSeq) =>
        TryInsert(placement, importSeq) ?? throw new SqliteException($"UNIQUE constraint failed: placements.id ('{placement.Id}')", raw.SQLITE_CONSTRAINT);

    /// <summary>Inserts one placement unless its id is taken (rows made with <c>skipTaken</c>).</summary>
    /// <param name="placement">The placement.</param>
    /// <param name="importSeq">The import it belongs to, or null for a placement booked on a vacancy.</param>
    /// <returns>The row's rowid, or null when the id is taken and nothing was written.</returns>
    public unsafe long? TryInsert(Placement placement, long? importSeq)
    {
        // The row's text as UTF-8 in one buffer, bound without a copy (SQLITE_STATIC) while it is pinned for the step.
        var text = new TextColumns(ref _text);
        var spans = _spans.AsSpan(0, TextColumnsPerRow);
        Encode(ref text, placement, spans);
        int done;
        fixed (byte* buffer = _text)
        {
            BindRow(_insertPointer, 0, placement, importSeq, buffer, spans);
            done = Sqlite3Native.Step(_insertPointer);
            _ = Sqlite3Native.Reset(_insertPointer); // Its code repeats the step's, checked below.
        }

        if (done != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(done, _db);
        }

        return Sqlite3Native.Changes(_dbPointer) == 0 ? null : Sqlite3Native.LastInsertRowid(_dbPointer);
    }

    /// <summary>
    /// Inserts <see cref="RowsPerStatement"/> placements of an import in one statement, each unless its id is taken
    /// (rows made with <c>skipTaken</c>).
    /// </summary>
    /// <param name="placements">Exactly <see cref="RowsPerStatement"/> placements.</param>
    /// <param name="importSeq">The import they belong to.</param>
    /// <param name="rowids">Set to each placement's rowid, or null where its id was taken and nothing was written.</param>
    public unsafe void TryInsertMany(ReadOnlySpan<Placement> placements, long importSeq, Span<long?> rowids)
    {
        if (placements.Length != RowsPerStatement || rowids.Length != RowsPerStatement)
        {
            throw new ArgumentException($"An import statement inserts {RowsPerStatement} rows.", nameof(placements));
        }

        if (_insertMany is null)
        {
            var values = string.Join(", ", Enumerable.Range(0, RowsPerStatement).Select(r => "(" + string.Join(", ", Enumerable.Range(1, ColumnsPerRow).Select(c => $"?{(r * ColumnsPerRow) + c}")) + ")"));
            var sql = InsertSql[..InsertSql.IndexOf("VALUES", StringComparison.Ordinal)] + "VALUES " + values + SkipTakenSql + ";";
            SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _insertMany), _db);
            _insertManyPointer = _insertMany.DangerousGetHandle();
        }

        var text = new TextColumns(ref _text);
        for (var i = 0; i < RowsPerStatement; i++)
        {
            Encode(ref text, placements[i], _spans.AsSpan(i * TextColumnsPerRow, TextColumnsPerRow));
        }

        int done;
        fixed (byte* buffer = _text)
        {
            for (var i = 0; i < RowsPerStatement; i++)
            {
                BindRow(_insertManyPointer, i * ColumnsPerRow, placements[i], importSeq, buffer, _spans.AsSpan(i * TextColumnsPerRow, TextColumnsPerRow));
            }

            done = Sqlite3Native.Step(_insertManyPointer);
            _ = Sqlite3Native.Reset(_insertManyPointer); // Its code repeats the step's, checked below.
        }

        if (done != raw.SQLITE_DONE)
        {
            SqliteException.ThrowExceptionForRC(done, _db);
        }

        // The rows written took consecutive rowids, in the statement's order, ending at the last insert's.
        var written = Sqlite3Native.Changes(_dbPointer);
        var last = Sqlite3Native.LastInsertRowid(_dbPointer);
        if (written == RowsPerStatement)
        {
            for (var i = 0; i < RowsPerStatement; i++)
            {
                rowids[i] = last - RowsPerStatement + 1 + i;
            }

            return;
        }

        MatchWritten(placements, written == 0 ? [] : IdsBetween(last - written + 1, last), last - written + 1, rowids);
    }

    /// <summary>
    /// Which placements of a statement were written, when some id was taken: the ids written, in rowid order, are a
    /// subsequence of the statement's rows (a taken row never shares its id with a later written one).
    /// </summary>
    private static void MatchWritten(ReadOnlySpan<Placement> placements, List<string> writtenIds, long firstRowid, Span<long?> rowids)
    {
        var next = 0;
        for (var i = 0; i < placements.Length; i++)
        {
            if (next < writtenIds.Count && string.Equals(writtenIds[next], placements[i].Id, StringComparison.Ordinal))
            {
                rowids[i] = firstRowid + next;
                next++;
            }
            else
            {
                rowids[i] = null;
            }
        }
    }

    private List<string> IdsBetween(long first, long last)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT id FROM placements WHERE rowid BETWEEN $first AND $last ORDER BY rowid;";
        command.Parameters.AddWithValue("$first", first);
        command.Parameters.AddWithValue("$last", last);
        var ids = new List<string>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            ids.Add(reader.GetString(0));
        }

        return ids;
    }

    /// <summary>Writes a row's text columns as UTF-8 into the buffer: id, vacancy, employer, candidate, hours, arrangement.</summary>
    private static void Encode(ref TextColumns text, Placement placement, Span<(int Start, int Length)> spans)
    {
        spans[0] = text.Add(placement.Id);
        spans[1] = text.Add(placement.VacancyId);
        spans[2] = text.Add(placement.Employer.ToString());
        spans[3] = text.Add(placement.Candidate.Value);
        spans[4] = text.Add(placement.HoursPerWeek);
        spans[5] = placement.ArrangementId is { } arrangementId ? text.Add(arrangementId) : default;
    }

    /// <summary>Binds one row's sixteen parameters (the last its record key, for the ministry's cell keys), from <paramref name="first"/> + 1 on; the text from the pinned buffer.</summary>
    private unsafe void BindRow(nint s, int first, Placement placement, long? importSeq, byte* buffer, ReadOnlySpan<(int Start, int Length)> spans)
    {
        // Sectors and partners repeat: their UTF-8 is made once, on the pinned heap, so it can be bound without a copy.
        var sector = Utf8Of(_sectors, placement.SectorCode, placement.SectorCode);
        var partner = Utf8Of(_partners, placement.BookingPartner, null);
        Check(importSeq is { } seq ? Sqlite3Native.BindInt64(s, first + 1, seq) : Sqlite3Native.BindNull(s, first + 1));
        Check(Sqlite3Native.BindText(s, first + 2, buffer + spans[0].Start, spans[0].Length, Sqlite3Native.Static));
        Check(Sqlite3Native.BindText(s, first + 3, buffer + spans[1].Start, spans[1].Length, Sqlite3Native.Static));
        Check(Sqlite3Native.BindText(s, first + 4, buffer + spans[2].Start, spans[2].Length, Sqlite3Native.Static));
        Check(Sqlite3Native.BindInt(s, first + 5, placement.Municipality.Code.Number));
        Check(Sqlite3Native.BindInt(s, first + 6, placement.Region.Code.Number));
        Check(Sqlite3Native.BindText(s, first + 7, (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(sector)), sector.Length, Sqlite3Native.Static));
        Check(Sqlite3Native.BindText(s, first + 8, buffer + spans[3].Start, spans[3].Length, Sqlite3Native.Static));
        Check(Sqlite3Native.BindText(s, first + 9, (byte*)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(partner)), partner.Length, Sqlite3Native.Static));
        Check(Sqlite3Native.BindInt(s, first + 10, BitsOf(placement.TargetGroups)));
        Check(Sqlite3Native.BindInt(s, first + 11, Days.Of(placement.Start)));
        Check(placement.End is { } end ? Sqlite3Native.BindInt(s, first + 12, Days.Of(end)) : Sqlite3Native.BindNull(s, first + 12));
        Check(Sqlite3Native.BindText(s, first + 13, buffer + spans[4].Start, spans[4].Length, Sqlite3Native.Static));
        Check(Sqlite3Native.BindInt(s, first + 14, (int)placement.EmployerKind));
        Check(placement.ArrangementId is not null ? Sqlite3Native.BindText(s, first + 15, buffer + spans[5].Start, spans[5].Length, Sqlite3Native.Static) : Sqlite3Native.BindNull(s, first + 15));
        Check(Sqlite3Native.BindInt64(s, first + 16, RecordKey.Of(placement.Id)));
    }

    /// <summary>
    /// Holds the connection's mutex (SQLite's serialized mode takes it in every call) while a batch is inserted, so the
    /// calls inside take it again as its owner, which costs a check instead of a lock: fifteen binds a row otherwise
    /// lock and unlock it fifteen times. Dispose the scope on the same thread, after the batch.
    /// </summary>
    /// <returns>The scope.</returns>
    public MutexScope HoldConnection() => new(Sqlite3Native.DbMutex(_dbPointer));

    /// <summary>
    /// Writes the connection's dirty pages (into the WAL, inside the transaction) and keeps them cached, clean. A large
    /// import fills the page cache with new pages; once full, SQLite spills the page that became dirty first, which is
    /// most often a page every insert touches (a B-tree's root and right edge), only to read it back at the next insert:
    /// written now and then, between batches, the cache never fills with dirty pages and those pages stay in it.
    /// </summary>
    public void FlushCache()
    {
        var rc = Sqlite3Native.DbCacheFlush(_dbPointer);
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    public void Dispose()
    {
        _insert.Dispose();
        _insertMany?.Dispose();
    }

    private void Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }
    }

    /// <summary>The UTF-8 of a value that repeats (a sector, a booking partner), made once per value.</summary>
    private static byte[] Utf8Of<TKey>(Dictionary<TKey, byte[]> cache, TKey key, string? text)
        where TKey : notnull
    {
        if (!cache.TryGetValue(key, out var utf8))
        {
            // On the pinned heap: bound by pointer, and never moved by the collector between bind and step.
            var bytes = Encoding.UTF8.GetBytes(text ?? key.ToString()!);
            utf8 = GC.AllocateArray<byte>(bytes.Length, pinned: true);
            bytes.CopyTo(utf8, 0);
            cache.Add(key, utf8);
        }

        return utf8;
    }

    /// <summary>The connection's mutex held by this thread until disposed.</summary>
    public readonly struct MutexScope : IDisposable
    {
        private readonly nint _mutex;

        public MutexScope(nint mutex)
        {
            _mutex = mutex;
            Sqlite3Native.MutexEnter(mutex);
        }

        public void Dispose() => Sqlite3Native.MutexLeave(_mutex);
    }

    /// <summary>Writes a row's text columns one after another into a reused buffer, growing it when a row needs more.</summary>
    private ref struct TextColumns(ref byte[] buffer)
    {
        private readonly ref byte[] _buffer = ref buffer;
        private int _length;

        public (int Start, int Length) Add(string value)
        {
            Ensure(Encoding.UTF8.GetMaxByteCount(value.Length));
            var written = Encoding.UTF8.GetBytes(value, _buffer.AsSpan(_length));
            return Advance(written);
        }

        public (int Start, int Length) Add<T>(T value)
            where T : IUtf8SpanFormattable
        {
            Ensure(64);
            if (!value.TryFormat(_buffer.AsSpan(_length), out var written, default, CultureInfo.InvariantCulture))
            {
                throw new InvalidOperationException($"'{value}' does not fit a text column.");
            }

            return Advance(written);
        }

        private (int Start, int Length) Advance(int written)
        {
            var start = _length;
            _length += written;
            return (start, written);
        }

        private void Ensure(int more)
        {
            if (_length + more > _buffer.Length)
            {
                Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + more));
            }
        }
    }

    /// <summary>Returns the target groups a <c>target_groups</c> bitmask stands for.</summary>
    /// <param name="bits">The bitmask.</param>
    /// <returns>The set.</returns>
    public static TargetGroupSet GroupsOf(int bits) => s_sets[bits];

    /// <summary>Reads a row selected with <see cref="Columns"/>, in that order.</summary>
    /// <param name="reader">The reader, on a row.</param>
    /// <param name="partners">A cache of parsed booking partners, per stream.</param>
    /// <returns>The placement, checked by its own constructor.</returns>
    public static Placement Read(SqliteDataReader reader, Dictionary<string, BookingPartner> partners)
    {
        var partnerText = reader.GetString(6);
        if (!partners.TryGetValue(partnerText, out var partner))
        {
            partner = BookingPartner.Parse(partnerText);
            partners.Add(partnerText, partner);
        }

        return new Placement(
            reader.GetString(0),
            reader.GetString(1),
            KvkNumber.Parse(reader.GetString(2)),
            Gazetteer.Default.GetMunicipality(MunicipalityCode.FromNumber(reader.GetInt32(3))),
            reader.GetString(4),
            CandidateReference.Create(reader.GetString(5)),
            partner,
            s_sets[reader.GetInt32(7)],
            Days.ToDate(reader.GetInt32(8)),
            reader.IsDBNull(9) ? null : Days.ToDate(reader.GetInt32(9)),
            decimal.Parse(reader.GetString(10), NumberStyles.Number, CultureInfo.InvariantCulture),
            (EmployerKind)reader.GetInt32(11),
            reader.IsDBNull(12) ? null : reader.GetString(12));
    }

    /// <summary>The bits of a set of target groups, as the <c>target_groups</c> column holds them.</summary>
    public static int BitsOf(TargetGroupSet groups)
    {
        var bits = 0;
        foreach (var group in groups)
        {
            bits |= 1 << (int)group;
        }

        return bits;
    }

    private static TargetGroupSet SetOf(int bits)
    {
        var set = TargetGroupSet.Empty;
        for (var i = 0; i < 9; i++)
        {
            if ((bits & (1 << i)) != 0)
            {
                set = set.With((TargetGroup)i);
            }
        }

        return set;
    }
}
