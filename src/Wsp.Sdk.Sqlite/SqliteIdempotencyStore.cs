using System.Globalization;
using Microsoft.Data.Sqlite;
using NodaTime;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The records of requests sent with an idempotency key (idempotentiesleutels), a row per partner and key. A new record
/// first purges every record expired by then (an index on the expiry keeps that cheap), so the table holds about one
/// window's keys.
/// </summary>
/// <remarks>
/// The ETag is the record's creation instant with its version (<c>ticks/version</c>), not the version alone: a key's
/// next record starts at version 1 again, and a claim whose lease ran out must not release or complete the record that
/// took its key since (a new record of a key is created no earlier than the old one expired, so the instants differ).
/// </remarks>
internal sealed class SqliteIdempotencyStore : IIdempotencyStore
{
    private const string Columns = "partner, key, version, request_hash, created_at, expires_at, response_status, response_content_type, response_body";
    private readonly SqliteWspStore _store;

    public SqliteIdempotencyStore(SqliteWspStore store) => _store = store;

    public async Task<Versioned<IdempotencyRecord>?> FindAsync(string partner, string key, Instant asOf, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(partner);
        Preconditions.CheckNotNullOrWhiteSpace(key);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = $"SELECT {Columns} FROM idempotency_records WHERE partner = $partner AND key = $key AND expires_at > $as_of;";
                command.Parameters.AddWithValue("$partner", partner);
                command.Parameters.AddWithValue("$key", key);
                command.Parameters.AddWithValue("$as_of", asOf.ToUnixTimeTicks());
                using var reader = command.ExecuteReader();
                return reader.Read() ? Read(reader) : null;
            },
            $"read the idempotency key of {partner}");
    }

    public async Task<Versioned<IdempotencyRecord>> InsertAsync(IdempotencyRecord record, Instant asOf, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(record);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        SqliteWspStore.Run(
            () =>
            {
                using var transaction = connection.BeginTransaction();
                using (var purge = connection.CreateCommand())
                {
                    purge.Transaction = transaction;
                    purge.CommandText = "DELETE FROM idempotency_records WHERE expires_at <= $as_of;";
                    purge.Parameters.AddWithValue("$as_of", asOf.ToUnixTimeTicks());
                    purge.ExecuteNonQuery();
                }

                using (var insert = connection.CreateCommand())
                {
                    insert.Transaction = transaction;
                    insert.CommandText = $"INSERT INTO idempotency_records ({Columns}) VALUES ($partner, $key, 1, $request_hash, $created_at, $expires_at, $status, $content_type, $body);";
                    Bind(insert, record);
                    insert.ExecuteNonQuery();
                }

                transaction.Commit();
            },
            $"insert an idempotency key of {record.Partner}",
            $"Idempotency key '{record.Key}' of {record.Partner} is held by a record that has not expired.");
        return new Versioned<IdempotencyRecord>(record, ETagOf(record.CreatedAt, 1));
    }

    public async Task<Versioned<IdempotencyRecord>> ReplaceAsync(IdempotencyRecord record, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(record);
        var (created, version) = ParseETag(etag);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText =
                    "UPDATE idempotency_records SET version = version + 1, request_hash = $request_hash, expires_at = $expires_at, " +
                    "response_status = $status, response_content_type = $content_type, response_body = $body " +
                    "WHERE partner = $partner AND key = $key AND created_at = $created AND version = $version;";
                Bind(command, record);
                command.Parameters.AddWithValue("$created", created);
                command.Parameters.AddWithValue("$version", version);
                if (command.ExecuteNonQuery() == 0)
                {
                    throw Missing(connection, record.Partner, record.Key, etag);
                }
            },
            $"complete an idempotency key of {record.Partner}");
        return new Versioned<IdempotencyRecord>(record, ETagOf(Instant.FromUnixTimeTicks(created), version + 1));
    }

    public async Task DeleteAsync(string partner, string key, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(partner);
        Preconditions.CheckNotNullOrWhiteSpace(key);
        var (created, version) = ParseETag(etag);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "DELETE FROM idempotency_records WHERE partner = $partner AND key = $key AND created_at = $created AND version = $version;";
                command.Parameters.AddWithValue("$partner", partner);
                command.Parameters.AddWithValue("$key", key);
                command.Parameters.AddWithValue("$created", created);
                command.Parameters.AddWithValue("$version", version);
                if (command.ExecuteNonQuery() == 0)
                {
                    throw Missing(connection, partner, key, etag);
                }
            },
            $"release an idempotency key of {partner}");
    }

    private static void Bind(SqliteCommand command, IdempotencyRecord record)
    {
        var p = command.Parameters;
        p.AddWithValue("$partner", record.Partner);
        p.AddWithValue("$key", record.Key);
        p.AddWithValue("$request_hash", record.RequestHash);
        p.AddWithValue("$created_at", record.CreatedAt.ToUnixTimeTicks());
        p.AddWithValue("$expires_at", record.ExpiresAt.ToUnixTimeTicks());
        p.AddWithValue("$status", (object?)record.Response?.StatusCode ?? DBNull.Value);
        p.AddWithValue("$content_type", (object?)record.Response?.ContentType ?? DBNull.Value);
        p.AddWithValue("$body", (object?)record.Response?.Body ?? DBNull.Value);
    }

    private static Versioned<IdempotencyRecord> Read(SqliteDataReader reader)
    {
        var response = reader.IsDBNull(6) ? null : new IdempotentResponse(reader.GetInt32(6), reader.GetString(7), reader.GetString(8));
        var record = new IdempotencyRecord(
            reader.GetString(0),
            reader.GetString(1),
            reader.GetString(3),
            Instant.FromUnixTimeTicks(reader.GetInt64(4)),
            Instant.FromUnixTimeTicks(reader.GetInt64(5)),
            response);
        return new Versioned<IdempotencyRecord>(record, ETagOf(record.CreatedAt, reader.GetInt64(2)));
    }

    private static string ETagOf(Instant created, long version) =>
        string.Create(CultureInfo.InvariantCulture, $"{created.ToUnixTimeTicks()}/{version}");

    /// <summary>Reads an ETag of <see cref="ETagOf"/>; anything else matches no row.</summary>
    private static (long Created, long Version) ParseETag(string etag)
    {
        var parts = Preconditions.CheckNotNull(etag).Split('/');
        return parts.Length == 2
            && long.TryParse(parts[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var created)
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (created, version)
            : (-1, -1);
    }

    /// <summary>Answers a write that changed no row: the record is gone, or its version moved on.</summary>
    private static StoreException Missing(SqliteConnection connection, string partner, string key, string etag)
    {
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT created_at || '/' || version FROM idempotency_records WHERE partner = $partner AND key = $key;";
        exists.Parameters.AddWithValue("$partner", partner);
        exists.Parameters.AddWithValue("$key", key);
        var current = exists.ExecuteScalar();
        return current is null
            ? new StoreException(StoreErrorCode.NotFound, $"No record holds idempotency key '{key}' of {partner}.")
            : new StoreException(StoreErrorCode.Conflict, $"The record of idempotency key '{key}' of {partner} changed since it was read: it is at version {current}, not {etag}.");
    }
}
