using System.Globalization;
using Ardalis.Specification;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// Employer accounts (werkgeversaccounts) in the SQLite file: a row per account with its JSON document, version and
/// summary columns, a row per establishment postcode for the duplicate check (rule H8) and a row per search key of the
/// name for the employer search, in the same transaction.
/// </summary>
internal sealed class SqliteEmployerAccountStore : IEmployerAccountStore
{
    private readonly SqliteWspStore _store;

    public SqliteEmployerAccountStore(SqliteWspStore store) => _store = store;

    public Task<Versioned<EmployerAccount>?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        _store.FindDocumentAsync("accounts", Preconditions.CheckNotNullOrWhiteSpace(id), Documents.AccountFromJson, "account", cancellationToken);

    public async Task<IReadOnlyList<EmployerAccount>> FindByNameOrPostcodeAsync(string name, Postcode postcode, KvkNumber? kvk, CancellationToken cancellationToken = default)
    {
        var key = EmployerName.KeyOf(Preconditions.CheckNotNull(name));
        Preconditions.CheckInitialized(postcode);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT document FROM accounts WHERE name_key = $key OR id IN (SELECT account_id FROM account_postcodes WHERE postcode = $postcode) OR kvk = $kvk ORDER BY id;";
                command.Parameters.AddWithValue("$key", key);
                command.Parameters.AddWithValue("$postcode", postcode.Value);
                command.Parameters.AddWithValue("$kvk", (object?)kvk?.ToString() ?? DBNull.Value);
                using var reader = command.ExecuteReader();
                var accounts = new List<EmployerAccount>();
                while (reader.Read())
                {
                    accounts.Add(Documents.AccountFromJson(reader.GetString(0)));
                }

                return accounts;
            },
            "find possible duplicate accounts");
    }

    public async Task<IReadOnlyList<EmployerAccountSummary>> SearchAsync(EmployerSearchTerm term, IReadOnlyCollection<RegionCode>? regions, int skip, int take, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(term);
        Preconditions.CheckArgumentRange(skip, 0, int.MaxValue);
        Preconditions.CheckArgumentRange(take, 1, int.MaxValue);
        var codes = regions?.Select(r => r.ToString()).Distinct(StringComparer.Ordinal).ToArray();
        if (codes is { Length: 0 })
        {
            return [];
        }

        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();

                // Each term reads an index: a range over the search keys (they hold a-z and 0-9 only, so '~' sorts after
                // every key with the prefix), the KvK number, or the postcodes.
                var match = term.Kind switch
                {
                    EmployerSearchKind.Kvk => "kvk = $value",
                    EmployerSearchKind.Postcode => "id IN (SELECT account_id FROM account_postcodes WHERE postcode = $value)",
                    _ => "id IN (SELECT account_id FROM account_search_keys WHERE search_key >= $value AND search_key < $value || '~')",
                };
                var inRegions = codes is null ? "" : $" AND region_code IN ({string.Join(", ", codes.Select((_, i) => "$r" + i.ToString(CultureInfo.InvariantCulture)))})";
                command.CommandText = $"SELECT {SummaryColumns} FROM accounts WHERE {match}{inRegions} ORDER BY name, id LIMIT $take OFFSET $skip;";
                command.Parameters.AddWithValue("$value", term.Value);
                for (var i = 0; i < (codes?.Length ?? 0); i++)
                {
                    command.Parameters.AddWithValue("$r" + i.ToString(CultureInfo.InvariantCulture), codes![i]);
                }

                command.Parameters.AddWithValue("$take", take);
                command.Parameters.AddWithValue("$skip", skip);
                using var reader = command.ExecuteReader();
                var found = new List<EmployerAccountSummary>();
                while (reader.Read())
                {
                    found.Add(ReadSummary(reader));
                }

                return found;
            },
            "search employer accounts");
    }

    /// <summary>
    /// Writes every account's name key and search keys again from its name (migration 6: the keys of rule H8 changed), in
    /// the migration's transaction.
    /// </summary>
    internal static void RewriteNameKeys(SqliteConnection connection, SqliteTransaction transaction)
    {
        var names = new List<(string Id, string Name)>();
        using (var read = connection.CreateCommand())
        {
            read.Transaction = transaction;
            read.CommandText = "SELECT id, name FROM accounts;";
            using var reader = read.ExecuteReader();
            while (reader.Read())
            {
                names.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE accounts SET name_key = $name_key WHERE id = $id;";
        var id = update.Parameters.Add("$id", SqliteType.Text);
        var key = update.Parameters.Add("$name_key", SqliteType.Text);
        foreach (var (accountId, name) in names)
        {
            (id.Value, key.Value) = (accountId, EmployerName.KeyOf(name));
            update.ExecuteNonQuery();
            WriteSearchKeys(connection, transaction, accountId, name, deleteFirst: false);
        }
    }

    public Task<Versioned<EmployerAccount>> InsertAsync(EmployerAccount account, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(account);
        var document = Documents.ToJson(account);
        return _store.InsertDocumentAsync(
            account,
            account.Id,
            "account",
            $"An employer account with id '{account.Id}' exists already.",
            "INSERT INTO accounts (id, version, document, name, name_key, kvk, region_code, owner, last_contact, pending_consents) VALUES ($id, 1, $document, $name, $name_key, $kvk, $region_code, $owner, $last_contact, $pending_consents);",
            command => Bind(command, account, document),
            (connection, transaction) =>
            {
                WritePostcodes(connection, transaction, account, deleteFirst: false);
                WriteSearchKeys(connection, transaction, account.Id, account.Name, deleteFirst: false);
            },
            cancellationToken);
    }

    public Task<Versioned<EmployerAccount>> ReplaceAsync(EmployerAccount account, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(account);
        var document = Documents.ToJson(account);
        return _store.ReplaceDocumentAsync(
            account,
            account.Id,
            etag,
            "accounts",
            "employer account",
            "UPDATE accounts SET version = version + 1, document = $document, name = $name, name_key = $name_key, kvk = $kvk, region_code = $region_code, owner = $owner, last_contact = $last_contact, pending_consents = $pending_consents WHERE id = $id AND version = $version;",
            command => Bind(command, account, document),
            (connection, transaction) =>
            {
                WritePostcodes(connection, transaction, account, deleteFirst: true);
                WriteSearchKeys(connection, transaction, account.Id, account.Name, deleteFirst: true);
            },
            cancellationToken);
    }

    public async Task<Page<EmployerAccountSummary>> QueryAsync(ISpecification<EmployerAccountSummary> specification, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(specification);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var context = new WspDbContext(connection);
        return await Paging.QueryAsync(context.Accounts, specification, a => a.Id, continuationToken, cancellationToken).ConfigureAwait(false);
    }

    #region Batch reads

    public Task<IReadOnlyList<Versioned<EmployerAccount>>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        _store.FindDocumentsAsync("accounts", Preconditions.CheckNotNull(ids), Documents.AccountFromJson, "account", cancellationToken);

    #endregion

    private static void Bind(SqliteCommand command, EmployerAccount account, string document)
    {
        var s = EmployerAccountSummary.Of(account);
        var p = command.Parameters;
        p.AddWithValue("$id", s.Id);
        p.AddWithValue("$document", document);
        p.AddWithValue("$name", s.Name);
        p.AddWithValue("$name_key", s.NameKey);
        p.AddWithValue("$kvk", (object?)s.Kvk ?? DBNull.Value);
        p.AddWithValue("$region_code", s.RegionCode);
        p.AddWithValue("$owner", s.Owner);
        p.AddWithValue("$last_contact", s.LastContact.ToUnixTimeTicks());
        p.AddWithValue("$pending_consents", s.PendingConsentRequests);
    }

    private const string SummaryColumns = "id, name, name_key, kvk, region_code, owner, last_contact, pending_consents";

    private static EmployerAccountSummary ReadSummary(SqliteDataReader reader) => new()
    {
        Id = reader.GetString(0),
        Name = reader.GetString(1),
        NameKey = reader.GetString(2),
        Kvk = reader.IsDBNull(3) ? null : reader.GetString(3),
        RegionCode = reader.GetString(4),
        Owner = reader.GetString(5),
        LastContact = NodaTime.Instant.FromUnixTimeTicks(reader.GetInt64(6)),
        PendingConsentRequests = reader.GetInt32(7),
    };

    private static void WriteSearchKeys(SqliteConnection connection, SqliteTransaction transaction, string accountId, string name, bool deleteFirst)
    {
        if (deleteFirst)
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM account_search_keys WHERE account_id = $id;";
            delete.Parameters.AddWithValue("$id", accountId);
            delete.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR IGNORE INTO account_search_keys (search_key, account_id) VALUES ($key, $id);";
        command.Parameters.AddWithValue("$id", accountId);
        var key = command.Parameters.Add("$key", SqliteType.Text);
        foreach (var searchKey in EmployerName.SearchKeysOf(name))
        {
            key.Value = searchKey;
            command.ExecuteNonQuery();
        }
    }

    private static void WritePostcodes(SqliteConnection connection, SqliteTransaction transaction, EmployerAccount account, bool deleteFirst)
    {
        if (deleteFirst)
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM account_postcodes WHERE account_id = $id;";
            delete.Parameters.AddWithValue("$id", account.Id);
            delete.ExecuteNonQuery();
        }

        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT OR IGNORE INTO account_postcodes (account_id, postcode) VALUES ($id, $postcode);";
        command.Parameters.AddWithValue("$id", account.Id);
        var postcode = command.Parameters.Add("$postcode", SqliteType.Text);
        foreach (var establishment in account.Establishments)
        {
            postcode.Value = establishment.Postcode.Value;
            command.ExecuteNonQuery();
        }
    }
}
