using System.Globalization;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The embedded default store (ingebedde opslag): employer accounts, vacancies, visits and placements in one SQLite
/// file. Aggregates are JSON documents, one row each, with a version column as the ETag and the summary columns that
/// specifications query; placements booked on a vacancy are also rows of the placements table, written in the same
/// transaction as the vacancy, next to imported placements.
/// </summary>
/// <remarks>
/// <para>
/// The file is created and migrated by <see cref="InitializeAsync"/>, in WAL mode, so readers never block the writer
/// and a process killed mid-write leaves the last committed state. Connections wait up to
/// <see cref="SqliteStoreOptions.BusyTimeout"/> for another writer, also one in another process.
/// </para>
/// <para>This type is thread-safe: every operation takes its own (pooled) connection.</para>
/// </remarks>
public sealed class SqliteWspStore : IWspStore, IDisposable
{
    private readonly string _connectionString;
    private readonly string _pragmas;
    private bool _disposed;

    /// <summary>Initializes a store over the file in <paramref name="options"/>; call <see cref="InitializeAsync"/> before use.</summary>
    /// <param name="options">The options, or null for the defaults.</param>
    public SqliteWspStore(SqliteStoreOptions? options = null)
    {
        Options = options ?? new SqliteStoreOptions();
        Preconditions.CheckNotNullOrWhiteSpace(Options.Path, nameof(options));
        Preconditions.CheckArgument(Options.BusyTimeout >= TimeSpan.Zero, nameof(options), "The busy timeout is not negative.");
        Preconditions.CheckArgument(Options.MemoryMapSize >= 0, nameof(options), "The memory map size is not negative.");
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Options.Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = (int)Math.Ceiling(Options.BusyTimeout.TotalSeconds),
        }.ToString();
        _pragmas = string.Create(
            CultureInfo.InvariantCulture,
            $"PRAGMA busy_timeout = {(long)Options.BusyTimeout.TotalMilliseconds}; PRAGMA synchronous = {(Options.FlushEveryCommit ? "FULL" : "NORMAL")}; PRAGMA mmap_size = {Options.MemoryMapSize};");
        Accounts = new SqliteEmployerAccountStore(this);
        Vacancies = new SqliteVacancyStore(this);
        Visits = new SqliteVisitStore(this);
        Placements = new SqlitePlacementStore(this);
        Arrangements = new SqliteArrangementStore(this);
        Desk = new SqliteNationalDeskStore(this);
        EmployerTotals = new SqliteSectorEmployerTotalsStore(this);
        Projects = new SqliteRegionalProjectStore(this);
        FigureInputs = new SqliteFigureInputStore(this);
        Idempotency = new SqliteIdempotencyStore(this);
    }

    /// <summary>Gets the options the store was opened with.</summary>
    public SqliteStoreOptions Options { get; }

    /// <inheritdoc />
    public IEmployerAccountStore Accounts { get; }

    /// <inheritdoc />
    public IVacancyStore Vacancies { get; }

    /// <inheritdoc />
    public IVisitStore Visits { get; }

    /// <inheritdoc />
    public IPlacementStore Placements { get; }

    /// <inheritdoc />
    public IArrangementStore Arrangements { get; }

    /// <inheritdoc />
    public INationalDeskStore Desk { get; }

    /// <inheritdoc />
    public ISectorEmployerTotalsStore EmployerTotals { get; }

    /// <inheritdoc />
    public IRegionalProjectStore Projects { get; }

    /// <inheritdoc />
    public IFigureInputStore FigureInputs { get; }

    /// <inheritdoc />
    public IIdempotencyStore Idempotency { get; }

    /// <summary>Gets the schema version this store writes (<c>PRAGMA user_version</c> of the file).</summary>
    public static int SchemaVersion => Schema.CurrentVersion;

    /// <inheritdoc />
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var directory = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Options.Path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        Run(() => Schema.Migrate(connection), "initialize the store");
    }

    /// <summary>Releases the pooled connections to the file, so it can be moved or deleted.</summary>
    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            using var connection = new SqliteConnection(_connectionString);
            SqliteConnection.ClearPool(connection);
        }
    }

    internal async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = _pragmas;
            command.ExecuteNonQuery();
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new StoreException(StoreErrorCode.Unavailable, $"The store file '{Options.Path}' cannot be opened: {e.Message}", e);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Runs a database action, turning SQLite's busy and constraint errors into the store's typed errors.</summary>
    internal static T Run<T>(Func<T> action, string what, string? alreadyExists = null)
    {
        try
        {
            return action();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT && alreadyExists is not null)
        {
            throw new StoreException(StoreErrorCode.AlreadyExists, alreadyExists, e);
        }
        catch (SqliteException e) when (e.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED)
        {
            throw new StoreException(StoreErrorCode.Unavailable, $"The store was busy and could not {what}: {e.Message}", e);
        }
    }

    internal static void Run(Action action, string what, string? alreadyExists = null) =>
        Run(
            () =>
            {
                action();
                return 0;
            },
            what,
            alreadyExists);

    /// <summary>Writes a new document row at version 1, and its side rows, in one transaction.</summary>
    internal async Task<Versioned<T>> InsertDocumentAsync<T>(
        T aggregate,
        string id,
        string what,
        string alreadyExists,
        string insertSql,
        Action<SqliteCommand> bind,
        Action<SqliteConnection, SqliteTransaction> writeSideRows,
        CancellationToken cancellationToken)
        where T : class
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        Run(
            () =>
            {
                using var transaction = connection.BeginTransaction();
                using (var command = connection.CreateCommand())
                {
                    command.Transaction = transaction;
                    command.CommandText = insertSql;
                    bind(command);
                    command.ExecuteNonQuery();
                }

                writeSideRows(connection, transaction);
                transaction.Commit();
            },
            $"insert {what} {id}",
            alreadyExists);
        return new Versioned<T>(aggregate, ETagOf(1));
    }

    /// <summary>
    /// Writes a document row over the version it was read at (the update names <c>$version</c>), and rewrites its side
    /// rows, in one transaction; no row changed means the row is gone or its version moved on.
    /// </summary>
    internal async Task<Versioned<T>> ReplaceDocumentAsync<T>(
        T aggregate,
        string id,
        string etag,
        string table,
        string what,
        string updateSql,
        Action<SqliteCommand> bind,
        Action<SqliteConnection, SqliteTransaction> rewriteSideRows,
        CancellationToken cancellationToken)
        where T : class
    {
        var version = ParseVersion(etag);
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        Run(
            () =>
            {
                using var transaction = connection.BeginTransaction();
                using (var command = connection.CreateCommand())
                {
                    command.Transaction = transaction;
                    command.CommandText = updateSql;
                    bind(command);
                    command.Parameters.AddWithValue("$version", version);
                    if (command.ExecuteNonQuery() == 0)
                    {
                        throw Missing(connection, transaction, table, what, id, etag);
                    }
                }

                rewriteSideRows(connection, transaction);
                transaction.Commit();
            },
            $"replace {what} {id}");
        return new Versioned<T>(aggregate, ETagOf(version + 1));
    }

    /// <summary>Answers a write that changed no row: the row is gone, or its version moved on.</summary>
    private static StoreException Missing(SqliteConnection connection, SqliteTransaction transaction, string table, string what, string id, string etag)
    {
        using var exists = connection.CreateCommand();
        exists.Transaction = transaction;
        exists.CommandText = $"SELECT version FROM {table} WHERE id = $id;";
        exists.Parameters.AddWithValue("$id", id);
        var current = exists.ExecuteScalar();
        return current is null
            ? new StoreException(StoreErrorCode.NotFound, $"No {what} has id '{id}'.")
            : new StoreException(StoreErrorCode.Conflict, $"The {what} '{id}' changed since it was read: it is at version {current}, not {etag}.");
    }

    /// <summary>Reads one document row by id: the aggregate with its version as ETag, or null.</summary>
    internal async Task<Versioned<T>?> FindDocumentAsync<T>(string table, string id, Func<string, T> fromJson, string what, CancellationToken cancellationToken)
        where T : class
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT document, version FROM {table} WHERE id = $id;";
                command.Parameters.AddWithValue("$id", id);
                using var reader = command.ExecuteReader();
                return reader.Read() ? new Versioned<T>(fromJson(reader.GetString(0)), ETagOf(reader.GetInt64(1))) : null;
            },
            $"read {what} {id}");
    }

    internal static long ParseVersion(string etag) =>
        long.TryParse(Preconditions.CheckNotNull(etag), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1;

    internal static string ETagOf(long version) => version.ToString(CultureInfo.InvariantCulture);

    #region Batch reads

    // One SELECT ... WHERE id IN (...) per batch, parameterised; SQLite allows 32766 parameters, far above any page.
    internal async Task<IReadOnlyList<Versioned<T>>> FindDocumentsAsync<T>(string table, IReadOnlyCollection<string> ids, Func<string, T> fromJson, string what, CancellationToken cancellationToken)
        where T : class
    {
        var distinct = Preconditions.CheckNotNull(ids).Distinct(StringComparer.Ordinal).ToArray();
        if (distinct.Length == 0)
        {
            return [];
        }

        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        return Run(
            () =>
            {
                using var command = connection.CreateCommand();
                var names = new string[distinct.Length];
                for (var i = 0; i < distinct.Length; i++)
                {
                    names[i] = "$id" + i.ToString(CultureInfo.InvariantCulture);
                    command.Parameters.AddWithValue(names[i], distinct[i]);
                }

                command.CommandText = $"SELECT document, version FROM {table} WHERE id IN ({string.Join(", ", names)});";
                using var reader = command.ExecuteReader();
                var found = new List<Versioned<T>>(distinct.Length);
                while (reader.Read())
                {
                    found.Add(new Versioned<T>(fromJson(reader.GetString(0)), ETagOf(reader.GetInt64(1))));
                }

                return (IReadOnlyList<Versioned<T>>)found;
            },
            $"read {distinct.Length} {what}s");
    }

    #endregion
}
