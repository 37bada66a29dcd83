using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// A statement stepped through SQLitePCL row by row, each row read by position into a <typeparamref name="T"/>: for
/// reads of hundreds of thousands of narrow rows, where a data reader's per-column strings and boxing cost more than
/// SQLite's own scan. The statement runs on the connection's own handle, so inside its transaction if it has one.
/// </summary>
/// <typeparam name="T">What a row becomes.</typeparam>
internal abstract class SteppedRows<T> : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _select;

    /// <summary>Prepares <paramref name="sql"/> and binds <paramref name="parameters"/> to <c>?1</c>, <c>?2</c>, … in order.</summary>
    protected SteppedRows(SqliteConnection connection, string sql, params ReadOnlySpan<int> parameters)
    {
        _db = connection.Handle ?? throw new InvalidOperationException("The connection is not open.");
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(_db, sql, out _select), _db);
        for (var i = 0; i < parameters.Length; i++)
        {
            SqliteException.ThrowExceptionForRC(raw.sqlite3_bind_int(_select, i + 1, parameters[i]), _db);
        }
    }

    /// <summary>Gets the row <see cref="Next"/> read last.</summary>
    public T Current { get; private set; } = default!;

    /// <summary>Reads the next row into <see cref="Current"/>.</summary>
    /// <returns>Whether there was one.</returns>
    public bool Next()
    {
        var step = raw.sqlite3_step(_select);
        if (step == raw.SQLITE_DONE)
        {
            return false;
        }

        if (step != raw.SQLITE_ROW)
        {
            SqliteException.ThrowExceptionForRC(step, _db);
        }

        Current = Read(_select);
        return true;
    }

    /// <summary>Reads every row, each failure a store error naming <paramref name="operation"/>; cancellation is checked every 4,096 rows.</summary>
    public IEnumerable<T> All(string operation, CancellationToken cancellationToken)
    {
        var count = 0;
        while (SqliteWspStore.Run(Next, operation))
        {
            if ((++count & 4095) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return Current;
        }
    }

    public void Dispose() => _select.Dispose();

    /// <summary>Reads the row the statement stands on.</summary>
    protected abstract T Read(sqlite3_stmt row);
}
