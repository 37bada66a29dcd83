using System.Runtime.CompilerServices;
using System.Text;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// Placements (plaatsingen) in the SQLite file: imported ones, tagged with their import, and those booked on vacancies
/// (written with the vacancy), in one table with the columns the counting definitions filter on. An import is one
/// transaction of prepared inserts, with its job-agreement ledger (<see cref="SqlitePlacementImport"/>): all or nothing.
/// The table's primary key keeps placement ids unique across the store.
/// </summary>
internal sealed partial class SqlitePlacementStore : IPlacementStore
{
    /// <summary>
    /// How many stored ids a range of a batch's ids may hold before <see cref="FindExistingIdsAsync"/> looks each id up
    /// instead: an import's ids mostly lie beyond what is stored (or in a range nothing else uses), so one range seek
    /// usually answers a whole batch; ids scattered among stored ones cost one index look-up each.
    /// </summary>
    private const int RangeScanPerId = 4;

    private readonly SqliteWspStore _store;

    public SqlitePlacementStore(SqliteWspStore store) => _store = store;

    public async Task<IPlacementImport?> BeginImportAsync(string importId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(importId);
        var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return SqlitePlacementImport.Begin(connection, importId);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<IReadOnlyCollection<string>> FindExistingIdsAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(ids);
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (ids.Count == 0)
        {
            return found;
        }

        var asked = new HashSet<string>(ids.Count, StringComparer.Ordinal);
        foreach (var id in ids)
        {
            asked.Add(Preconditions.CheckNotNull(id, nameof(ids)));
        }

        var json = System.Text.Json.JsonSerializer.Serialize(asked);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.Parameters.AddWithValue("$ids", json);
                // SQLite orders the ids itself (BINARY: by their UTF-8 bytes), so the range is the one its index keeps.
                command.CommandText = "SELECT id FROM placements WHERE id BETWEEN (SELECT min(value) FROM json_each($ids)) AND (SELECT max(value) FROM json_each($ids)) LIMIT $limit;";
                command.Parameters.AddWithValue("$limit", (RangeScanPerId * asked.Count) + 1);
                var inRange = 0;
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        inRange++;
                        var stored = reader.GetString(0);
                        if (asked.Contains(stored))
                        {
                            found.Add(stored);
                        }
                    }
                }

                if (inRange > RangeScanPerId * asked.Count)
                {
                    found.Clear();
                    command.CommandText = "SELECT p.id FROM json_each($ids) AS j JOIN placements AS p ON p.id = j.value;";
                    using var reader = command.ExecuteReader();
                    while (reader.Read())
                    {
                        found.Add(reader.GetString(0));
                    }
                }

                return (IReadOnlyCollection<string>)found;
            },
            "look up placement ids");
    }

    public async Task<int> RollbackImportAsync(string importId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(importId);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return SqliteWspStore.Run(
            () =>
            {
                using var transaction = connection.BeginTransaction();
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "SELECT seq, first_rowid, last_rowid FROM imports WHERE import_id = $id;";
                command.Parameters.AddWithValue("$id", importId);
                long seq, first, last;
                using (var reader = command.ExecuteReader())
                {
                    if (!reader.Read())
                    {
                        return 0;
                    }

                    (seq, first, last) = (reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1), reader.IsDBNull(2) ? -1 : reader.GetInt64(2));
                }

                command.CommandText = "DELETE FROM placements WHERE rowid BETWEEN $first AND $last AND import_seq = $seq;";
                command.Parameters.AddWithValue("$seq", seq);
                command.Parameters.AddWithValue("$first", first);
                command.Parameters.AddWithValue("$last", last);
                var removed = command.ExecuteNonQuery();
                command.CommandText = "DELETE FROM job_agreement_ledger WHERE import_seq = $seq;";
                command.ExecuteNonQuery();
                command.CommandText = "DELETE FROM placement_chunks WHERE import_seq = $seq;";
                command.ExecuteNonQuery();
                command.CommandText = "DELETE FROM imports WHERE seq = $seq;";
                command.ExecuteNonQuery();
                transaction.Commit();
                return removed;
            },
            $"roll back import {importId}");
    }

    public async IAsyncEnumerable<Placement> StreamAsync(PlacementFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(filter);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var sql = PlacementWhere.Append(new StringBuilder("SELECT ").Append(PlacementRows.Columns).Append(" FROM placements WHERE "), command, filter);
        command.CommandText = sql.Append(';').ToString();
        await using var reader = SqliteWspStore.Run(command.ExecuteReader, "stream placements");
        var partners = new Dictionary<string, BookingPartner>(StringComparer.Ordinal);
        var rows = 0;
        while (SqliteWspStore.Run(reader.Read, "stream placements"))
        {
            if ((++rows & 1023) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return PlacementRows.Read(reader, partners);
        }
    }
}
