using Microsoft.Data.Sqlite;
using SQLitePCL;
using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The rows of the placements that started in a period, as placement-durability/1 reads them (region, sector, partner,
/// arrangement, target groups, employer kind, start day, end day), stepped by position and decoded from their UTF-8
/// bytes by <see cref="PlacementColumns"/>: the booked placements (the imported ones come from their chunks,
/// <see cref="PlacementChunks"/>).
/// </summary>
internal sealed class PlacementSpanRows : SteppedRows<PlacementSpan>
{
    /// <summary>The columns, in the order <see cref="Read"/> reads them.</summary>
    public const string Columns = "region, sector_code, booking_partner, arrangement_id, target_groups, employer_kind, start_day, end_day, record_key";

    private readonly PlacementColumns _columns = new();

    /// <summary>Prepares <paramref name="sql"/>, whose parameters are the first day (<c>?1</c>) and the last (<c>?2</c>).</summary>
    public PlacementSpanRows(SqliteConnection connection, string sql, int firstDay, int lastDay)
        : base(connection, sql, firstDay, lastDay)
    {
    }

    protected override PlacementSpan Read(sqlite3_stmt row)
    {
        var end = raw.sqlite3_column_type(row, 7) == raw.SQLITE_NULL ? (NodaTime.LocalDate?)null : Days.ToDate(raw.sqlite3_column_int(row, 7));
        return new PlacementSpan(_columns.Key(row), Days.ToDate(raw.sqlite3_column_int(row, 6)), end, (uint)raw.sqlite3_column_int64(row, 8));
    }
}
