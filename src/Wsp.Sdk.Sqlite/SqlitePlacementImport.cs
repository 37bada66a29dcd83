using Microsoft.Data.Sqlite;
using NodaTime;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// An import in progress on the SQLite file: one <c>BEGIN IMMEDIATE</c> transaction on its own connection, holding the
/// write lock from the start (so the check of the import id stays true), of prepared inserts that skip a taken id and
/// say so, with the import's job-agreement ledger. Commit makes it visible at once; disposing it uncommitted rolls the
/// transaction back.
/// </summary>
/// <remarks>
/// SQLite gives each new row the largest rowid + 1, and only this transaction writes while it runs, so an import's rows
/// are one rowid range (a skipped insert takes no rowid): <c>imports.first_rowid</c>/<c>last_rowid</c> let a rollback
/// find them without an index.
/// </remarks>
internal sealed class SqlitePlacementImport : IPlacementImport
{
    /// <summary>The page cache of an import's connection, in KiB: room for much of the id index a large import touches.</summary>
    private const int ImportCacheKiB = 16 * 1024;

    /// <summary>
    /// How many bytes of job-agreement deltas an import holds before it writes them (in its transaction), about 17 bytes
    /// a delta: fewer, larger ledger rows read faster, and 8 MB keeps an import's memory flat.
    /// </summary>
    private const int LedgerFlushBytes = 8 << 20;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly long _seq;
    private readonly PlacementRows _rows;
    private readonly LedgerRows _ledgerRows;
    private readonly PlacementChunkWriter _chunks;
    private int _count;
    private long? _firstRowid;
    private long? _lastRowid;
    private bool _committed;
    private bool _disposed;

    private SqlitePlacementImport(SqliteConnection connection, SqliteTransaction transaction, string importId, long seq)
    {
        _connection = connection;
        _transaction = transaction;
        ImportId = importId;
        _seq = seq;
        _rows = new PlacementRows(connection, skipTaken: true);
        _ledgerRows = new LedgerRows(connection, transaction);
        _chunks = new PlacementChunkWriter(connection, transaction, seq);
    }

    public string ImportId { get; }

    /// <summary>Begins the import on <paramref name="connection"/>, which it then owns.</summary>
    /// <returns>The import, or null (and the connection disposed) when the id was imported before.</returns>
    public static SqlitePlacementImport? Begin(SqliteConnection connection, string importId) => SqliteWspStore.Run(
        () =>
        {
            // A big import inserts into the id index all over (ids need not come sorted): a page cache that holds more of
            // it turns page reads into memory hits. Per connection, and put back at the end: the connection is pooled.
            // Without the memory mapping, so the import's resident memory stays flat in the file's size (every page of the
            // index it touched would count); the store's open sets the mapping again when the pool hands the connection out.
            Pragma(connection, $"PRAGMA cache_size = -{ImportCacheKiB}; PRAGMA mmap_size = 0;");
            var transaction = connection.BeginTransaction();
            try
            {
                using var insert = connection.CreateCommand();
                insert.Transaction = transaction;
                insert.CommandText = "INSERT INTO imports (import_id, placements, imported_at) VALUES ($id, 0, $at) ON CONFLICT (import_id) DO NOTHING RETURNING seq;";
                insert.Parameters.AddWithValue("$id", importId);
                insert.Parameters.AddWithValue("$at", SystemClock.Instance.GetCurrentInstant().ToString());
                if (insert.ExecuteScalar() is long seq)
                {
                    return new SqlitePlacementImport(connection, transaction, importId, seq);
                }
            }
            catch
            {
                transaction.Dispose();
                Restore(connection);
                throw;
            }

            transaction.Dispose();
            Restore(connection);
            connection.Dispose();
            return null;
        },
        $"begin import {importId}");

    public Task<IReadOnlyList<Placement>> WriteAsync(IReadOnlyList<Placement> placements, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(placements);
        EnsureOpen();
        List<Placement>? taken = null;
        SqliteWspStore.Run(
            () =>
            {
                using var held = _rows.HoldConnection();
                Span<long?> rowids = stackalloc long?[PlacementRows.RowsPerStatement];
                ReadOnlySpan<Placement> all = placements switch
                {
                    Placement[] array => array,
                    List<Placement> list => System.Runtime.InteropServices.CollectionsMarshal.AsSpan(list),
                    _ => [.. placements],
                };
                var i = 0;
                for (; i + PlacementRows.RowsPerStatement <= all.Length; i += PlacementRows.RowsPerStatement)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var group = all.Slice(i, PlacementRows.RowsPerStatement);
                    foreach (var placement in group)
                    {
                        Preconditions.CheckNotNull(placement, nameof(placements));
                    }

                    _rows.TryInsertMany(group, _seq, rowids);
                    for (var r = 0; r < group.Length; r++)
                    {
                        Written(group[r], rowids[r], ref taken);
                    }
                }

                for (; i < all.Length; i++)
                {
                    var placement = Preconditions.CheckNotNull(all[i], nameof(placements));
                    Written(placement, _rows.TryInsert(placement, _seq), ref taken);
                }

                _rows.FlushCache();
            },
            $"write import {ImportId}");
        return Task.FromResult<IReadOnlyList<Placement>>(taken ?? (IReadOnlyList<Placement>)[]);
    }

    /// <summary>Counts a written placement into the import and its ledger, or hands back one whose id was taken.</summary>
    private void Written(Placement placement, long? rowid, ref List<Placement>? taken)
    {
        if (rowid is not { } written)
        {
            (taken ??= []).Add(placement);
            return;
        }

        _firstRowid ??= written;
        _lastRowid = written;
        _count++;
        _ledgerRows.Add(placement);
        if (_ledgerRows.PendingBytes >= LedgerFlushBytes)
        {
            // A cell's deltas may be written in several rows: they add up the same.
            _ledgerRows.Flush(_seq);
        }

        _chunks.Add(placement);
    }

    public Task<ImportResult> CommitAsync(CancellationToken cancellationToken = default)
    {
        EnsureOpen();
        cancellationToken.ThrowIfCancellationRequested();
        SqliteWspStore.Run(
            () =>
            {
                _ledgerRows.Flush(_seq);
                _chunks.Flush();
                using var update = _connection.CreateCommand();
                update.Transaction = _transaction;
                update.CommandText = "UPDATE imports SET placements = $count, ledger = 1, first_rowid = $first, last_rowid = $last WHERE seq = $seq;";
                update.Parameters.AddWithValue("$count", _count);
                update.Parameters.AddWithValue("$first", (object?)_firstRowid ?? DBNull.Value);
                update.Parameters.AddWithValue("$last", (object?)_lastRowid ?? DBNull.Value);
                update.Parameters.AddWithValue("$seq", _seq);
                update.ExecuteNonQuery();
                _transaction.Commit();
            },
            $"commit import {ImportId}");
        _committed = true;
        return Task.FromResult(new ImportResult(ImportId, _count, alreadyImported: false));
    }

    public async ValueTask DisposeAsync()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _rows.Dispose();
        _ledgerRows.Dispose();
        _chunks.Dispose();
        // Rolls back unless committed: nothing of an import that was not committed is left written.
        _transaction.Dispose();
        Restore(_connection);
        await _connection.DisposeAsync().ConfigureAwait(false);
    }

    private void EnsureOpen()
    {
        if (_committed || _disposed)
        {
            throw new InvalidOperationException($"Import {ImportId} was {(_committed ? "committed" : "disposed")}: begin another to write more.");
        }
    }

    private static void Restore(SqliteConnection connection) => Pragma(connection, "PRAGMA cache_size = -2000; PRAGMA shrink_memory;");

    private static void Pragma(SqliteConnection connection, string sql)
    {
        using var pragma = connection.CreateCommand();
        pragma.CommandText = sql;
        pragma.ExecuteNonQuery();
    }
}
