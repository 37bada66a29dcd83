using Microsoft.Data.Sqlite;
using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The placements' <c>record_key</c> column (schema version 10): each placement's <see cref="RecordKey"/>, written with the
/// row, so the ministry's cell keys are sums SQLite makes (<c>SUM(record_key)</c>) without reading a placement id. Rows
/// stored before the column existed get their keys here, in the migration's transaction (SQLite has no XxHash3).
/// </summary>
internal static class RecordKeyColumn
{
    /// <summary>Writes the key of every placement that has none yet, after the migration to schema version 10.</summary>
    public static void Fill(SqliteConnection connection, SqliteTransaction transaction)
    {
        var rows = new List<(long RowId, string Id)>();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT rowid, id FROM placements WHERE record_key IS NULL;";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                rows.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        if (rows.Count == 0)
        {
            return;
        }

        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE placements SET record_key = $key WHERE rowid = $row;";
        var key = update.Parameters.Add("$key", SqliteType.Integer);
        var row = update.Parameters.Add("$row", SqliteType.Integer);
        update.Prepare();
        foreach (var (rowId, id) in rows)
        {
            key.Value = (long)RecordKey.Of(id);
            row.Value = rowId;
            update.ExecuteNonQuery();
        }
    }
}
