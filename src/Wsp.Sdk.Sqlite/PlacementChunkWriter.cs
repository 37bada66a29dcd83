using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// Writes imported placements into <c>placement_chunks</c> (<see cref="PlacementChunks"/>): it holds up to
/// <see cref="PlacementChunks.RowsPerChunk"/> of them, sorts them by start day and writes them as one row, in the
/// transaction it was made with. An import writes a chunk whenever the writer is full and the rest when it commits.
/// </summary>
/// <remarks>Not thread-safe: one writer per import.</remarks>
internal sealed class PlacementChunkWriter : IDisposable
{
    private readonly SqliteCommand _insert;
    private readonly int[] _days = new int[PlacementChunks.RowsPerChunk];
    private readonly Row[] _rows = new Row[PlacementChunks.RowsPerChunk];
    private readonly Dictionary<string, ushort> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _codeList = [];
    private readonly Dictionary<BookingPartner, string> _partners = [];
    private int _count;

    public PlacementChunkWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = "INSERT INTO placement_chunks (import_seq, first_day, last_day, rows, codes, days, data) VALUES ($import, $first, $last, $rows, $codes, $days, $data);";
        _insert.Parameters.Add("$import", SqliteType.Integer);
        _insert.Parameters.Add("$first", SqliteType.Integer);
        _insert.Parameters.Add("$last", SqliteType.Integer);
        _insert.Parameters.Add("$rows", SqliteType.Integer);
        _insert.Parameters.Add("$codes", SqliteType.Blob);
        _insert.Parameters.Add("$days", SqliteType.Blob);
        _insert.Parameters.Add("$data", SqliteType.Blob);
    }

    /// <summary>Gets a value indicating whether the chunk is full: <see cref="Flush"/> before adding more.</summary>
    public bool IsFull => _count == PlacementChunks.RowsPerChunk || _codeList.Count >= PlacementChunks.MaxCodes;

    /// <summary>Adds an imported placement to the chunk.</summary>
    public void Add(Placement placement)
    {
        if (!_partners.TryGetValue(placement.BookingPartner, out var partner))
        {
            partner = placement.BookingPartner.ToString();
            _partners.Add(placement.BookingPartner, partner);
        }

        Add(
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
    public void Add(int startDay, int endDay, int region, int employerKind, int targetGroups, string sector, string partner, string? arrangement, int employer, uint recordKey)
    {
        if (IsFull)
        {
            throw new InvalidOperationException("The chunk is full: flush it first.");
        }

        _days[_count] = startDay;
        _rows[_count] = new Row(endDay, (byte)region, (byte)employerKind, (ushort)targetGroups, Code(sector), Code(partner), arrangement is null ? PlacementChunks.NoCode : Code(arrangement), employer, recordKey);
        _count++;
    }

    /// <summary>Writes the placements added since the last flush as one chunk of <paramref name="importSeq"/>; nothing when none were.</summary>
    public void Flush(long importSeq)
    {
        if (_count == 0)
        {
            return;
        }

        Array.Sort(_days, _rows, 0, _count);
        var codes = new MemoryStream();
        Span<byte> length = stackalloc byte[2];
        foreach (var code in _codeList)
        {
            var bytes = Encoding.UTF8.GetBytes(code);
            BinaryPrimitives.WriteUInt16LittleEndian(length, checked((ushort)bytes.Length));
            codes.Write(length);
            codes.Write(bytes);
        }

        var days = new byte[_count * sizeof(int)];
        var data = new byte[_count * PlacementChunks.RowBytes];
        for (var i = 0; i < _count; i++)
        {
            BinaryPrimitives.WriteInt32LittleEndian(days.AsSpan(i * sizeof(int)), _days[i]);
            _rows[i].WriteTo(data.AsSpan(i * PlacementChunks.RowBytes, PlacementChunks.RowBytes));
        }

        var p = _insert.Parameters;
        p[0].Value = importSeq;
        p[1].Value = _days[0];
        p[2].Value = _days[_count - 1];
        p[3].Value = _count;
        p[4].Value = codes.ToArray();
        p[5].Value = days;
        p[6].Value = data;
        _insert.ExecuteNonQuery();
        _count = 0;
        _codes.Clear();
        _codeList.Clear();
    }

    public void Dispose() => _insert.Dispose();

    /// <summary>The number of an eight-digit KvK number's text, as the chunks hold it.</summary>
    public static int KvkValue(ReadOnlySpan<char> digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

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

    /// <summary>A placement's columns but its start day, as <see cref="PlacementChunks.RowBytes"/> bytes of a chunk's data.</summary>
    private readonly record struct Row(int EndDay, byte Region, byte EmployerKind, ushort TargetGroups, ushort Sector, ushort Partner, ushort Arrangement, int Employer, uint RecordKey)
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
