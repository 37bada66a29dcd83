using Ardalis.Specification;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// Employer accounts (werkgeversaccounts) in the SQLite file: a row per account with its JSON document, version and
/// summary columns, and a row per establishment postcode for the duplicate check (rule H8), in the same transaction.
/// </summary>
internal sealed class SqliteEmployerAccountStore : IEmployerAccountStore
{
    private readonly SqliteWspStore _store;

    public SqliteEmployerAccountStore(SqliteWspStore store) => _store = store;

    public Task<Versioned<EmployerAccount>?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        _store.FindDocumentAsync("accounts", Preconditions.CheckNotNullOrWhiteSpace(id), Documents.AccountFromJson, "account", cancellationToken);

    public async Task<IReadOnlyList<EmployerAccount>> FindByNameOrPostcodeAsync(string name, Postcode postcode, CancellationToken cancellationToken = default)
    {
        var key = EmployerName.KeyOf(Preconditions.CheckNotNull(name));
        Preconditions.CheckInitialized(postcode);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT document FROM accounts WHERE name_key = $key OR id IN (SELECT account_id FROM account_postcodes WHERE postcode = $postcode) ORDER BY id;";
                command.Parameters.AddWithValue("$key", key);
                command.Parameters.AddWithValue("$postcode", postcode.Value);
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

    public Task<Versioned<EmployerAccount>> InsertAsync(EmployerAccount account, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(account);
        var document = Documents.ToJson(account);
        return _store.InsertDocumentAsync(
            account,
            account.Id,
            "account",
            $"An employer account with id '{account.Id}' exists already.",
            "INSERT INTO accounts (id, version, document, name, name_key, kvk, region_code, owner, last_contact) VALUES ($id, 1, $document, $name, $name_key, $kvk, $region_code, $owner, $last_contact);",
            command => Bind(command, account, document),
            (connection, transaction) => WritePostcodes(connection, transaction, account, deleteFirst: false),
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
            "UPDATE accounts SET version = version + 1, document = $document, name = $name, name_key = $name_key, kvk = $kvk, region_code = $region_code, owner = $owner, last_contact = $last_contact WHERE id = $id AND version = $version;",
            command => Bind(command, account, document),
            (connection, transaction) => WritePostcodes(connection, transaction, account, deleteFirst: true),
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
