using Microsoft.Data.Sqlite;
using SQLitePCL;
using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The rows of the placements that started in a period, as a flow by employer reads them (region, sector, partner,
/// arrangement, target groups, employer kind, start day, employer, record key), stepped by position and decoded from their UTF-8
/// bytes by <see cref="PlacementColumns"/>. Since migration 11 only the booked placements are read this way (the
/// imported ones come from their chunks, <see cref="PlacementChunks"/>).
/// </summary>
internal sealed class PlacementStartRows : SteppedRows<PlacementStart>
{
    /// <summary>The columns, in the order <see cref="Read"/> reads them.</summary>
    public const string Columns = "region, sector_code, booking_partner, arrangement_id, target_groups, employer_kind, start_day, employer, record_key";

    private readonly PlacementColumns _columns = new();

    /// <summary>Prepares <paramref name="sql"/>, whose parameters are the first day (<c>?1</c>) and the last (<c>?2</c>).</summary>
    public PlacementStartRows(SqliteConnection connection, string sql, int firstDay, int lastDay)
        : base(connection, sql, firstDay, lastDay)
    {
    }

    protected override PlacementStart Read(sqlite3_stmt row)
    {
        return new PlacementStart(_columns.Key(row), Days.ToDate(raw.sqlite3_column_int(row, 6)), PlacementColumns.Employer(raw.sqlite3_column_blob(row, 7)), (uint)raw.sqlite3_column_int64(row, 8));
    }
}
