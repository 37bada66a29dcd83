using System.Buffers;
using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// Writes one import's placements into <c>placement_chunks</c> (<see cref="PlacementChunks"/>): it holds up to
/// <see cref="PlacementChunks.RowsPerChunk"/> of them, sorts them by start day and writes them as one row, in the
/// transaction it was made with: a chunk whenever it is full, the rest on <see cref="Flush"/> when the import commits.
/// </summary>
/// <remarks>Not thread-safe: one writer per import.</remarks>
internal sealed class PlacementChunkWriter : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly long _importSeq;
    private readonly SqliteCommand _insert;
    private readonly int[] _days = new int[PlacementChunks.RowsPerChunk];

    // The blobs' bytes, reused by every chunk: a chunk is written as zeroblobs and filled in place (SqliteBlob), so an
    // import of any size allocates these once instead of 1.7 MB of large-object heap a chunk.
    private readonly ArrayBufferWriter<byte> _codeBytes = new(4096);
    private readonly byte[] _dayBytes = new byte[PlacementChunks.RowsPerChunk * sizeof(int)];
    private readonly byte[] _dataBytes = new byte[PlacementChunks.RowsPerChunk * PlacementChunks.RowBytes];

    // Each row's hours and candidate as added (a row keeps its offset), and again in the order of the days.
    private readonly ArrayBufferWriter<byte> _texts = new(1 << 20);
    private readonly ArrayBufferWriter<byte> _textBytes = new(1 << 20);
    private readonly Row[] _rows = new Row[PlacementChunks.RowsPerChunk];
    private readonly Dictionary<string, ushort> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _codeList = [];
    private readonly Dictionary<BookingPartner, string> _partners = [];
    private int _count;

    public PlacementChunkWriter(SqliteConnection connection, SqliteTransaction transaction, long importSeq)
    {
        _connection = connection;
        _importSeq = importSeq;
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = "INSERT INTO placement_chunks (import_seq, first_day, last_day, rows, codes, days, data, texts) VALUES ($import, $first, $last, $rows, zeroblob($codes), zeroblob($days), zeroblob($data), zeroblob($texts)) RETURNING id;";
        _insert.Parameters.Add("$import", SqliteType.Integer);
        _insert.Parameters.Add("$first", SqliteType.Integer);
        _insert.Parameters.Add("$last", SqliteType.Integer);
        _insert.Parameters.Add("$rows", SqliteType.Integer);
        _insert.Parameters.Add("$codes", SqliteType.Integer);
        _insert.Parameters.Add("$days", SqliteType.Integer);
        _insert.Parameters.Add("$data", SqliteType.Integer);
        _insert.Parameters.Add("$texts", SqliteType.Integer);
    }

    /// <summary>Adds an imported placement to the chunk.</summary>
    public void Add(Placement placement)
    {
        if (!_partners.TryGetValue(placement.BookingPartner, out var partner))
        {
            partner = placement.BookingPartner.ToString();
            _partners.Add(placement.BookingPartner, partner);
        }

        var texts = _texts.WrittenCount;
        var hours = _texts.GetSpan(64);
        if (!placement.HoursPerWeek.TryFormat(hours[1..], out var written, default, CultureInfo.InvariantCulture))
        {
            throw new InvalidOperationException($"The hours {placement.HoursPerWeek} of placement {placement.Id} do not fit a chunk.");
        }

        hours[0] = (byte)written;
        _texts.Advance(1 + written);
        WriteText(placement.Candidate.Value);
        Add(
            texts,
            Days.Of(placement.Start),
            placement.End is { } end ? Days.Of(end) : PlacementChunks.NoEnd,
            placement.Region.Code.Number,
            (int)placement.EmployerKind,
            PlacementRows.BitsOf(placement.TargetGroups),
            placement.SectorCode,
            partner,
            placement.ArrangementId,
            KvkValue(placement.Employer.ToString()),
            RecordKey.Of(placement.Id));
    }

    /// <summary>Adds a placement by its stored columns (the migration that fills the chunks of earlier imports).</summary>
    public void Add(int startDay, int endDay, int region, int employerKind, int targetGroups, string sector, string partner, string? arrangement, int employer, uint recordKey, string hours, string candidate)
    {
        var texts = _texts.WrittenCount;
        WriteText(hours);
        WriteText(candidate);
        Add(texts, startDay, endDay, region, employerKind, targetGroups, sector, partner, arrangement, employer, recordKey);
    }

    private void Add(int texts, int startDay, int endDay, int region, int employerKind, int targetGroups, string sector, string partner, string? arrangement, int employer, uint recordKey)
    {
        _days[_count] = startDay;
        _rows[_count] = new Row(endDay, (byte)region, (byte)employerKind, (ushort)targetGroups, Code(sector), Code(partner), arrangement is null ? PlacementChunks.NoCode : Code(arrangement), employer, recordKey, texts);
        _count++;

        // Full: all its rows, or as many distinct codes as an index can name (3 new ones a row at most).
        if (_count == PlacementChunks.RowsPerChunk || _codeList.Count > PlacementChunks.MaxCodes - 3)
        {
            Flush();
        }
    }

    /// <summary>Writes the placements added since the last chunk as one chunk; nothing when none were.</summary>
    public void Flush()
    {
        if (_count == 0)
        {
            return;
        }

        Array.Sort(_days, _rows, 0, _count);
        _codeBytes.ResetWrittenCount();
        foreach (var code in _codeList)
        {
            var length = Encoding.UTF8.GetByteCount(code);
            var span = _codeBytes.GetSpan(2 + length);
            BinaryPrimitives.WriteUInt16LittleEndian(span, checked((ushort)length));
            Encoding.UTF8.GetBytes(code, span[2..]);
            _codeBytes.Advance(2 + length);
        }

        var days = _dayBytes.AsSpan(0, _count * sizeof(int));
        var data = _dataBytes.AsSpan(0, _count * PlacementChunks.RowBytes);
        _textBytes.ResetWrittenCount();
        for (var i = 0; i < _count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(days[(i * sizeof(int))..], _days[i]);
            _rows[i].WriteTo(data.Slice(i * PlacementChunks.RowBytes, PlacementChunks.RowBytes));
            var texts = _texts.WrittenSpan[_rows[i].Texts..];
            var length = 1 + texts[0];
            length += 1 + texts[length];
            _textBytes.Write(texts[..length]);
        }

        var p = _insert.Parameters;
        p[0].Value = _importSeq;
        p[1].Value = _days[0];
        p[2].Value = _days[_count - 1];
        p[3].Value = _count;
        p[4].Value = _codeBytes.WrittenCount;
        p[5].Value = days.Length;
        p[6].Value = data.Length;
        p[7].Value = _textBytes.WrittenCount;
        var id = (long)_insert.ExecuteScalar()!;
        Write(id, "codes", _codeBytes.WrittenSpan);
        Write(id, "days", days);
        Write(id, "data", data);
        Write(id, "texts", _textBytes.WrittenSpan);
        _texts.ResetWrittenCount();
        _count = 0;
        _codes.Clear();
        _codeList.Clear();
    }

    public void Dispose() => _insert.Dispose();

    /// <summary>The number of an eight-digit KvK number's text, as the chunks hold it.</summary>
    public static int KvkValue(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private void Write(long id, string column, ReadOnlySpan<byte> bytes)
    {
        using var blob = new SqliteBlob(_connection, "placement_chunks", column, id);
        blob.Write(bytes);
    }

    /// <summary>Appends a text as its UTF-8 byte length (one byte) and its UTF-8.</summary>
    private void WriteText(string text)
    {
        var length = Encoding.UTF8.GetByteCount(text);
        if (length > byte.MaxValue)
        {
            throw new InvalidOperationException($"'{text}' does not fit a chunk: at most {byte.MaxValue} bytes.");
        }

        var span = _texts.GetSpan(1 + length);
        span[0] = (byte)length;
        Encoding.UTF8.GetBytes(text, span[1..]);
        _texts.Advance(1 + length);
    }

    private ushort Code(string code)
    {
        if (!_codes.TryGetValue(code, out var index))
        {
            index = (ushort)_codeList.Count;
            _codes.Add(code, index);
            _codeList.Add(code);
        }

        return index;
    }

    /// <summary>
    /// A placement's columns but its start day, as <see cref="PlacementChunks.RowBytes"/> bytes of a chunk's data, and
    /// where its hours and candidate are in the texts added.
    /// </summary>
    private readonly record struct Row(int EndDay, byte Region, byte EmployerKind, ushort TargetGroups, ushort Sector, ushort Partner, ushort Arrangement, int Employer, uint RecordKey, int Texts)
    {
        public void WriteTo(Span<byte> row)
        {
            BinaryPrimitives.WriteInt32LittleEndian(row, EndDay);
            row[4] = Region;
            row[5] = EmployerKind;
            BinaryPrimitives.WriteUInt16LittleEndian(row[6..], TargetGroups);
            BinaryPrimitives.WriteUInt16LittleEndian(row[8..], Sector);
            BinaryPrimitives.WriteUInt16LittleEndian(row[10..], Partner);
            BinaryPrimitives.WriteUInt16LittleEndian(row[12..], Arrangement);
            BinaryPrimitives.WriteInt32LittleEndian(row[14..], Employer);
            BinaryPrimitives.WriteUInt32LittleEndian(row[18..], RecordKey);
        }
    }
}
