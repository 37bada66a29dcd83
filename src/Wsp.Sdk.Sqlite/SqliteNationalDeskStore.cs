using Microsoft.Data.Sqlite;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The national desk's organisation (rule L4) in the SQLite file: one document row, version-guarded, and its contacts
/// as rows of <c>desk_contacts</c> keyed by region (one contact per region is a primary key), rewritten in the same
/// transaction.
/// </summary>
internal sealed class SqliteNationalDeskStore : INationalDeskStore
{
    private const string DeskId = "national-desk";
    private readonly SqliteWspStore _store;

    public SqliteNationalDeskStore(SqliteWspStore store) => _store = store;

    public Task<Versioned<NationalDesk>?> FindAsync(CancellationToken cancellationToken = default) =>
        _store.FindDocumentAsync("desk", DeskId, DeskDocuments.DeskFromJson, "national desk", cancellationToken);

    public Task<Versioned<NationalDesk>> InsertAsync(NationalDesk desk, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(desk);
        var document = DeskDocuments.ToJson(desk);
        return _store.InsertDocumentAsync(
            desk,
            DeskId,
            "national desk",
            "The national desk's organisation exists already: replace it over the version read.",
            "INSERT INTO desk (id, version, document) VALUES ($id, 1, $document);",
            command => Bind(command, document),
            (connection, transaction) => WriteContacts(connection, transaction, desk),
            cancellationToken);
    }

    public Task<Versioned<NationalDesk>> ReplaceAsync(NationalDesk desk, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(desk);
        var document = DeskDocuments.ToJson(desk);
        return _store.ReplaceDocumentAsync(
            desk,
            DeskId,
            etag,
            "desk",
            "national desk",
            "UPDATE desk SET version = version + 1, document = $document WHERE id = $id AND version = $version;",
            command => Bind(command, document),
            (connection, transaction) => WriteContacts(connection, transaction, desk),
            cancellationToken);
    }

    private static void Bind(SqliteCommand command, string document)
    {
        command.Parameters.AddWithValue("$id", DeskId);
        command.Parameters.AddWithValue("$document", document);
    }

    private static void WriteContacts(SqliteConnection connection, SqliteTransaction transaction, NationalDesk desk)
    {
        using (var delete = connection.CreateCommand())
        {
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM desk_contacts;";
            delete.ExecuteNonQuery();
        }

        foreach (var (region, person) in desk.Contacts)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO desk_contacts (region_code, person) VALUES ($region, $person);";
            insert.Parameters.AddWithValue("$region", region.ToString());
            insert.Parameters.AddWithValue("$person", person);
            insert.ExecuteNonQuery();
        }
    }
}
