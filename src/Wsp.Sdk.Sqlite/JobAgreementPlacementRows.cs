using Microsoft.Data.Sqlite;
using SQLitePCL;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The rows of the active banenafspraak placements a job-agreement figure reads (region, employer kind, sector,
/// partner, arrangement, employer, hours, candidate, record key), stepped by position and decoded from their UTF-8 bytes.
/// </summary>
/// <remarks>
/// Through a data reader every text column became a string first (and the KvK number and the hours were parsed from
/// it), which cost twice SQLite's own scan. The columns are decoded by <see cref="PlacementColumns"/>. Since migration
/// 11 only the booked placements are read this way (the imported ones come from their chunks, <see cref="PlacementChunks"/>).
/// </remarks>
internal sealed class JobAgreementPlacementRows : SteppedRows<JobAgreementPlacement>
{
    /// <summary>The columns, in the order <see cref="Read"/> reads them.</summary>
    public const string Columns = "region, employer_kind, sector_code, booking_partner, arrangement_id, employer, hours_per_week, candidate, record_key";

    private readonly PlacementColumns _columns = new();

    /// <summary>Prepares <paramref name="sql"/>, whose only parameter (<c>?1</c>) is the measuring day.</summary>
    public JobAgreementPlacementRows(SqliteConnection connection, string sql, int day)
        : base(connection, sql, day)
    {
    }

    protected override JobAgreementPlacement Read(sqlite3_stmt row)
    {
        var key = new JobAgreementLedgerKey(
            RegionCode.FromNumber(raw.sqlite3_column_int(row, 0)),
            (EmployerKind)raw.sqlite3_column_int(row, 1),
            _columns.Shared(raw.sqlite3_column_blob(row, 2)),
            _columns.Partner(raw.sqlite3_column_blob(row, 3)),
            raw.sqlite3_column_type(row, 4) == raw.SQLITE_NULL ? null : _columns.Shared(raw.sqlite3_column_blob(row, 4)));
        return new JobAgreementPlacement(
            key,
            PlacementColumns.Employer(raw.sqlite3_column_blob(row, 5)),
            PlacementColumns.Hours(raw.sqlite3_column_blob(row, 6)),
            System.Text.Encoding.UTF8.GetString(raw.sqlite3_column_blob(row, 7)),
            (uint)raw.sqlite3_column_int64(row, 8));
    }
}
