using System.Buffers;
using System.Buffers.Binary;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The <c>job_agreement_ledger</c> table: the SDK's <see cref="JobAgreementLedger"/> entries of each import. A cell
/// (region, employer kind, sector, booking partner, arrangement) is named by number, from <c>job_agreement_cells</c>, and
/// an import writes one row per cell holding all that cell's dated deltas in a blob: a ledger has nearly as many entries
/// as an import has job-agreement placements, and one SQLite row each made writing it cost as much as the placements
/// themselves. Reading sums the blobs in .NET. Hours are whole ten-thousandths of an hour (exact integers, never
/// floating point); a delta finer than that, which Placements CSV v1 allows but nobody writes, is kept as its decimal.
/// </summary>
/// <remarks>
/// A delta in the blob: day (int32), persons delta (int32), then a tag byte: 0 and the hours in ten-thousandths (int64),
/// or 1 and the hours as the four int32 of <see cref="decimal.GetBits(decimal)"/>. Little-endian. An import may write
/// one cell in several rows (it flushes in parts): deltas add up the same.
/// </remarks>
internal sealed class LedgerRows : IDisposable
{
    /// <summary>Ten-thousandths of an hour: the unit of the whole-number deltas.</summary>
    public const decimal Scale = 10_000m;

    private const byte Whole = 0;
    private const byte Exact = 1;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<JobAgreementLedgerKey, long> _cells;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _p;
    private readonly Dictionary<JobAgreementLedgerKey, PendingCell> _pending = [];
    private SqliteCommand? _insertCell;

    public LedgerRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _cells = [];
        foreach (var (id, key) in ReadCells(connection, transaction))
        {
            _cells[key] = id;
        }

        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = "INSERT INTO job_agreement_ledger (import_seq, cell, region, first_day, deltas) VALUES ($import, $cell, $region, $first, $deltas);";
        _p =
        [
            _insert.Parameters.Add("$import", SqliteType.Integer),
            _insert.Parameters.Add("$cell", SqliteType.Integer),
            _insert.Parameters.Add("$region", SqliteType.Integer),
            _insert.Parameters.Add("$first", SqliteType.Integer),
            _insert.Parameters.Add("$deltas", SqliteType.Blob),
        ];
        _insert.Prepare();
    }

    /// <summary>
    /// Adds a placement's deltas to its cell's blob in memory (<see cref="JobAgreementLedger.TryGetChanges"/>): one look-up
    /// of the cell a placement, no entry merged per date. <see cref="Flush"/> writes them.
    /// </summary>
    public void Add(Placement placement)
    {
        if (!JobAgreementLedger.TryGetChanges(placement, out var key, out var from, out var until))
        {
            return;
        }

        if (!_pending.TryGetValue(key, out var cell))
        {
            cell = new PendingCell();
            _pending.Add(key, cell);
        }

        var start = Days.Of(from);
        var before = cell.Deltas.WrittenCount;
        cell.FirstDay = cell.Deltas.WrittenCount == 0 ? start : Math.Min(cell.FirstDay, start);
        var hours = placement.HoursPerWeek;
        var scaled = hours * Scale;
        if (scaled == decimal.Truncate(scaled) && Math.Abs(scaled) < long.MaxValue / 1_000_000)
        {
            // Whole ten-thousandths, as nearly every placement's hours are: the decimal arithmetic once for both deltas.
            var e4 = (long)scaled;
            WriteWhole(cell.Deltas, start, e4, 1);
            if (until is { } day)
            {
                WriteWhole(cell.Deltas, Days.Of(day), -e4, -1);
            }
        }
        else
        {
            Write(cell.Deltas, start, hours, 1);
            if (until is { } day)
            {
                Write(cell.Deltas, Days.Of(day), -hours, -1);
            }
        }

        PendingBytes += cell.Deltas.WrittenCount - before;
    }

    /// <summary>Gets the bytes of deltas added and not yet written.</summary>
    public long PendingBytes { get; private set; }

    /// <summary>Writes the deltas added since the last flush, one row per cell, inside the transaction this writer was made with.</summary>
    public void Flush(long importSeq)
    {
        _p[0].Value = importSeq;
        foreach (var (key, cell) in _pending)
        {
            if (cell.Deltas.WrittenCount == 0)
            {
                continue;
            }

            _p[1].Value = CellOf(key);
            _p[2].Value = key.Region.Number;
            _p[3].Value = cell.FirstDay;
            _p[4].Value = cell.Deltas.WrittenSpan.ToArray();
            _insert.ExecuteNonQuery();
            cell.Deltas.ResetWrittenCount();
        }

        PendingBytes = 0;
    }

    /// <summary>Writes an import's entries, one row per cell, inside the transaction this writer was made with.</summary>
    public void Insert(long importSeq, IEnumerable<JobAgreementLedgerEntry> entries)
    {
        var byCell = new Dictionary<JobAgreementLedgerKey, (ArrayBufferWriter<byte> Deltas, int FirstDay)>();
        foreach (var entry in entries)
        {
            ref var cell = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byCell, entry.Key, out var exists);
            var day = Days.Of(entry.Date);
            if (!exists)
            {
                cell = (new ArrayBufferWriter<byte>(64), day);
            }

            cell.FirstDay = Math.Min(cell.FirstDay, day);
            Write(cell.Deltas, day, entry.HoursDelta, entry.PersonsDelta);
        }

        _p[0].Value = importSeq;
        foreach (var (key, cell) in byCell)
        {
            _p[1].Value = CellOf(key);
            _p[2].Value = key.Region.Number;
            _p[3].Value = cell.FirstDay;
            _p[4].Value = cell.Deltas.WrittenSpan.ToArray();
            _insert.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        _insert.Dispose();
        _insertCell?.Dispose();
    }

    /// <summary>
    /// Reads the ledger up to <paramref name="day"/>, summed per cell: one entry per cell, dated on its last delta on or
    /// before the day (deltas add up, so the sum stands for them all).
    /// </summary>
    public static List<JobAgreementLedgerEntry> ReadSummed(SqliteConnection connection, SqliteTransaction transaction, int day, IReadOnlyCollection<RegionCode>? regions)
    {
        var keys = ReadCells(connection, transaction).ToDictionary(c => c.Id, c => c.Key);
        var sums = new Dictionary<long, (long E4, decimal Exact, int Persons, int LastDay)>();
        foreach (var (cell, delta) in Read(connection, transaction, int.MinValue, day, regions))
        {
            ref var sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, cell, out _);
            sum.LastDay = Math.Max(sum.LastDay, delta.Day);
            sum.Persons += delta.Persons;
            sum.E4 += delta.E4;
            sum.Exact += delta.Exact;
        }

        return [.. sums.Select(pair => new JobAgreementLedgerEntry(keys[pair.Key], Days.ToDate(pair.Value.LastDay), (pair.Value.E4 / Scale) + pair.Value.Exact, pair.Value.Persons))];
    }

    /// <summary>Reads the ledger's deltas dated from <paramref name="firstDay"/> to <paramref name="lastDay"/>, each as an entry.</summary>
    public static List<JobAgreementLedgerEntry> ReadChanges(SqliteConnection connection, SqliteTransaction transaction, int firstDay, int lastDay, IReadOnlyCollection<RegionCode>? regions)
    {
        var keys = ReadCells(connection, transaction).ToDictionary(c => c.Id, c => c.Key);
        return [.. Read(connection, transaction, firstDay, lastDay, regions)
            .Select(d => new JobAgreementLedgerEntry(keys[d.Cell], Days.ToDate(d.Delta.Day), (d.Delta.E4 / Scale) + d.Delta.Exact, d.Delta.Persons))];
    }

    /// <summary>
    /// Decodes the deltas dated from <paramref name="firstDay"/> to <paramref name="lastDay"/>, with their cell; of the
    /// <paramref name="regions"/> only (the row's <c>region</c> column, in SQL), or of every region when null.
    /// </summary>
    private static IEnumerable<(long Cell, (int Day, int Persons, long E4, decimal Exact) Delta)> Read(SqliteConnection connection, SqliteTransaction transaction, int firstDay, int lastDay, IReadOnlyCollection<RegionCode>? regions)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT cell, deltas FROM job_agreement_ledger WHERE first_day <= $last{RegionScope.And(regions)};";
        command.Parameters.AddWithValue("$last", lastDay);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var cell = reader.GetInt64(0);
            var deltas = (byte[])reader.GetValue(1);
            var at = 0;
            while (at < deltas.Length)
            {
                var span = deltas.AsSpan(at);
                var day = BinaryPrimitives.ReadInt32LittleEndian(span);
                var persons = BinaryPrimitives.ReadInt32LittleEndian(span[4..]);
                var whole = span[8] == Whole;
                at += whole ? 17 : 25;
                if (day < firstDay || day > lastDay)
                {
                    continue;
                }

                yield return whole
                    ? (cell, (day, persons, BinaryPrimitives.ReadInt64LittleEndian(span[9..]), 0m))
                    : (cell, (day, persons, 0L, new decimal([
                        BinaryPrimitives.ReadInt32LittleEndian(span[9..]), BinaryPrimitives.ReadInt32LittleEndian(span[13..]),
                        BinaryPrimitives.ReadInt32LittleEndian(span[17..]), BinaryPrimitives.ReadInt32LittleEndian(span[21..])])));
            }
        }
    }

    private static void WriteWhole(ArrayBufferWriter<byte> deltas, int day, long e4, int persons)
    {
        var span = deltas.GetSpan(17);
        BinaryPrimitives.WriteInt32LittleEndian(span, day);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], persons);
        span[8] = Whole;
        BinaryPrimitives.WriteInt64LittleEndian(span[9..], e4);
        deltas.Advance(17);
    }

    private static void Write(ArrayBufferWriter<byte> deltas, int day, decimal hours, int persons)
    {
        var scaled = hours * Scale;
        var whole = scaled == decimal.Truncate(scaled) && Math.Abs(scaled) < long.MaxValue / 1_000_000;
        var span = deltas.GetSpan(25);
        BinaryPrimitives.WriteInt32LittleEndian(span, day);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], persons);
        if (whole)
        {
            WriteWhole(deltas, day, (long)scaled, persons);
            return;
        }

        span[8] = Exact;
        Span<int> bits = stackalloc int[4];
        decimal.GetBits(hours, bits);
        for (var i = 0; i < 4; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[(9 + (4 * i))..], bits[i]);
        }

        deltas.Advance(25);
    }

    private static List<(long Id, JobAgreementLedgerKey Key)> ReadCells(SqliteConnection connection, SqliteTransaction transaction)
    {
        var cells = new List<(long, JobAgreementLedgerKey)>();
        var partners = new Dictionary<string, BookingPartner>(StringComparer.Ordinal);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, region, employer_kind, sector_code, booking_partner, arrangement_id FROM job_agreement_cells;";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var partnerText = reader.GetString(4);
            if (!partners.TryGetValue(partnerText, out var partner))
            {
                partner = BookingPartner.Parse(partnerText);
                partners.Add(partnerText, partner);
            }

            cells.Add((reader.GetInt64(0), new JobAgreementLedgerKey(
                RegionCode.FromNumber(reader.GetInt32(1)),
                (EmployerKind)reader.GetInt32(2),
                Intern(strings, reader.GetString(3)),
                partner,
                reader.IsDBNull(5) ? null : Intern(strings, reader.GetString(5)))));
        }

        return cells;
    }

    private long CellOf(JobAgreementLedgerKey key)
    {
        if (_cells.TryGetValue(key, out var id))
        {
            return id;
        }

        // A new file meets thousands of new cells in its first import: one prepared insert serves them all.
        if (_insertCell is null)
        {
            _insertCell = _connection.CreateCommand();
            _insertCell.Transaction = _transaction;
            _insertCell.CommandText = "INSERT INTO job_agreement_cells (region, employer_kind, sector_code, booking_partner, arrangement_id) VALUES ($region, $kind, $sector, $partner, $arrangement) RETURNING id;";
            _insertCell.Parameters.Add("$region", SqliteType.Integer);
            _insertCell.Parameters.Add("$kind", SqliteType.Integer);
            _insertCell.Parameters.Add("$sector", SqliteType.Text);
            _insertCell.Parameters.Add("$partner", SqliteType.Text);
            _insertCell.Parameters.Add("$arrangement", SqliteType.Text);
            _insertCell.Prepare();
        }

        var p = _insertCell.Parameters;
        p[0].Value = key.Region.Number;
        p[1].Value = (int)key.EmployerKind;
        p[2].Value = key.SectorCode;
        p[3].Value = key.BookingPartner.ToString();
        p[4].Value = (object?)key.ArrangementId ?? DBNull.Value;
        id = (long)_insertCell.ExecuteScalar()!;
        _cells.Add(key, id);
        return id;
    }

    /// <summary>Shares one string per distinct value within a read, so many rows hold few strings.</summary>
    public static string Intern(Dictionary<string, string> strings, string value)
    {
        if (strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        strings.Add(value, value);
        return value;
    }

    /// <summary>A cell's deltas added since the last flush, and the first day among them.</summary>
    private sealed class PendingCell
    {
        public ArrayBufferWriter<byte> Deltas { get; } = new(256);

        public int FirstDay { get; set; }
    }
}
