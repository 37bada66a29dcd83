using System.Text;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// Placements as a list, a page at a time (<see cref="IPlacementStore.QueryAsync"/>): keyset paging in the order
/// <c>(start_day, id)</c>; SQLite scans the table once and keeps the next page in a top-N sorter, so a page costs one scan
/// (about 0.2 s over 1,000,000 placements), not a sort of every match. There is deliberately no index on
/// <c>(start_day, id)</c>: it made every import 2 CPU-s dearer and the planner chose it for the management information's
/// scans (the job-agreement figures ran ten times slower). Imported and booked placements are in the one table.
/// </summary>
internal sealed partial class SqlitePlacementStore
{
    public async Task<Page<Placement>> QueryAsync(PlacementQuery query, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(query);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var sql = PlacementWhere.Append(new StringBuilder("SELECT ").Append(PlacementRows.Columns).Append(" FROM placements WHERE "), command, query);
        if (continuationToken is not null)
        {
            if (!PlacementQuery.TryParseContinuation(continuationToken, out var start, out var id))
            {
                throw new ArgumentException($"'{continuationToken}' is no continuation token of a placements query.", nameof(continuationToken));
            }

            // Written so the index range starts at the token's day: a row value or an OR alone would scan from the start.
            sql.Append(" AND start_day >= $after_day AND (start_day > $after_day OR id > $after_id)");
            command.Parameters.AddWithValue("$after_day", Days.Of(start));
            command.Parameters.AddWithValue("$after_id", id);
        }

        // One more than the page: whether another page follows, without a second query.
        sql.Append(" ORDER BY start_day, id LIMIT $take;");
        command.Parameters.AddWithValue("$take", query.PageSize + 1);
        command.CommandText = sql.ToString();
        var items = new List<Placement>(query.PageSize + 1);
        var partners = new Dictionary<string, BookingPartner>(StringComparer.Ordinal);
        await using (var reader = SqliteWspStore.Run(command.ExecuteReader, "read a page of placements"))
        {
            while (SqliteWspStore.Run(reader.Read, "read a page of placements"))
            {
                items.Add(PlacementRows.Read(reader, partners));
            }
        }

        if (items.Count <= query.PageSize)
        {
            return new Page<Placement>(items, null);
        }

        items.RemoveAt(items.Count - 1);
        return new Page<Placement>(items, PlacementQuery.ContinuationAfter(items[^1]));
    }

    public async Task<int> CountAsync(PlacementQuery query, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(query);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var sql = PlacementWhere.Append(new StringBuilder("SELECT COUNT(*) FROM placements WHERE "), command, query);
        command.CommandText = sql.Append(';').ToString();
        return Convert.ToInt32(SqliteWspStore.Run(command.ExecuteScalar, "count placements"), System.Globalization.CultureInfo.InvariantCulture);
    }
}
