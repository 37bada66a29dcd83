using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// Placements (plaatsingen) in the SQLite file: imported ones, tagged with their import, and those booked on vacancies
/// (written with the vacancy), in one table with the columns the counting definitions filter on. An import is one
/// transaction of prepared inserts, with its job-agreement ledger: all or nothing.
/// </summary>
internal sealed partial class SqlitePlacementStore : IPlacementStore
{
    /// <summary>The page cache of an import's connection, in KiB: room for much of the id index a large import touches.</summary>
    private const int ImportCacheKiB = 16 * 1024;

    /// <summary>How many ledger entries an import holds in memory before it writes them (in its transaction).</summary>
    private const int LedgerFlushEntries = 50_000;

    private readonly SqliteWspStore _store;

    public SqlitePlacementStore(SqliteWspStore store) => _store = store;

    public async Task<ImportResult> ImportAsync(string importId, IAsyncEnumerable<Placement> placements, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(importId);
        Preconditions.CheckNotNull(placements);
        // Rule L2 for placements that name an arrangement: read the arrangements once, before the import's transaction.
        var arrangements = ArrangementExecution.Of(await _store.Arrangements.ListAsync(ArrangementFilter.All, cancellationToken).ConfigureAwait(false));
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // A big import inserts into the id index all over (ids need not come sorted): a page cache that holds more of
            // it turns page reads into memory hits. Per connection, and put back, since the connection returns to the pool.
            using (var pragma = connection.CreateCommand())
            {
                pragma.CommandText = $"PRAGMA cache_size = -{ImportCacheKiB};";
                pragma.ExecuteNonQuery();
            }

            return await ImportCoreAsync(connection, importId, placements, arrangements, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA cache_size = -2000; PRAGMA shrink_memory;";
            pragma.ExecuteNonQuery();
        }
    }

    private static async Task<ImportResult> ImportCoreAsync(Microsoft.Data.Sqlite.SqliteConnection connection, string importId, IAsyncEnumerable<Placement> placements, ArrangementExecution arrangements, CancellationToken cancellationToken)
    {
        try
        {
            // BEGIN IMMEDIATE: the import holds the write lock from the start, so its check of the import id stays true.
            using var transaction = connection.BeginTransaction();
            long seq;
            using (var insert = connection.CreateCommand())
            {
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO imports (import_id, placements, imported_at) VALUES ($id, 0, $at) ON CONFLICT (import_id) DO NOTHING RETURNING seq;";
                insert.Parameters.AddWithValue("$id", importId);
                insert.Parameters.AddWithValue("$at", SystemClock.Instance.GetCurrentInstant().ToString());
                if (insert.ExecuteScalar() is not long inserted)
                {
                    return new ImportResult(importId, 0, alreadyImported: true);
                }

                seq = inserted;
            }

            var count = 0;
            long? firstRowid = null, lastRowid = null;
            var ledger = new JobAgreementLedger();
            using var ledgerRows = new LedgerRows(connection, transaction);
            using (var rows = new PlacementRows(connection))
            {
                await foreach (var placement in placements.WithCancellation(cancellationToken).ConfigureAwait(false))
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    Preconditions.CheckNotNull(placement, nameof(placements));
                    // Rule L2, thrown inside the transaction, which is then rolled back: nothing of the import is written.
                    arrangements.EnsureExecuted(placement);

                    try
                    {
                        // The write lock is held from BEGIN, and SQLite gives each new row the largest rowid + 1, so
                        // an import's rows are one rowid range: a rollback finds them by it without an index.
                        lastRowid = rows.Insert(placement, seq);
                        firstRowid ??= lastRowid;
                        ledger.Add(placement);
                    }
                    catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT)
                    {
                        throw new StoreException(StoreErrorCode.AlreadyExists, $"Import '{importId}': placement '{placement.Id}' is in the store already (or twice in the import); nothing was imported.", e);
                    }

                    count++;
                    if (ledger.EntryCount >= LedgerFlushEntries)
                    {
                        // Deltas of one cell and date may be written in several rows: they add up the same.
                        ledgerRows.Insert(seq, ledger.Entries());
                        ledger.Clear();
                    }
                }
            }

            using (var update = connection.CreateCommand())
            {
                update.Transaction = transaction;
                ledgerRows.Insert(seq, ledger.Entries());
                update.CommandText = "UPDATE imports SET placements = $count, ledger = 1, first_rowid = $first, last_rowid = $last WHERE seq = $seq;";
                update.Parameters.AddWithValue("$count", count);
                update.Parameters.AddWithValue("$first", (object?)firstRowid ?? DBNull.Value);
                update.Parameters.AddWithValue("$last", (object?)lastRowid ?? DBNull.Value);
                update.Parameters.AddWithValue("$seq", seq);
                update.ExecuteNonQuery();
            }

            transaction.Commit();
            return new ImportResult(importId, count, alreadyImported: false);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            throw new StoreException(StoreErrorCode.Unavailable, $"The store was busy; import '{importId}' wrote nothing: {e.Message}", e);
        }
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
