using System.Text;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// National arrangements (arrangementen, rules L1–L6) in the SQLite file: a row per arrangement with its JSON document
/// (every version, input, decision and link), version and the columns lists filter on; each region's standing
/// (joined or declined, with the version it signed) is a row of <c>arrangement_regions</c>, rewritten in the same
/// transaction, so "the arrangements Haaglanden joined" is an index lookup.
/// </summary>
internal sealed class SqliteArrangementStore : IArrangementStore
{
    private readonly SqliteWspStore _store;

    public SqliteArrangementStore(SqliteWspStore store) => _store = store;

    public Task<Versioned<Arrangement>?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        _store.FindDocumentAsync("arrangements", Preconditions.CheckNotNullOrWhiteSpace(id), DeskDocuments.ArrangementFromJson, "arrangement", cancellationToken);

    public Task<Versioned<Arrangement>> InsertAsync(Arrangement arrangement, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(arrangement);
        var document = DeskDocuments.ToJson(arrangement);
        return _store.InsertDocumentAsync(
            arrangement,
            arrangement.Id,
            "arrangement",
            $"An arrangement with id '{arrangement.Id}' exists already.",
            "INSERT INTO arrangements (id, version, document, account_id, advisor_id, status) VALUES ($id, 1, $document, $account_id, $advisor_id, $status);",
            command => Bind(command, arrangement, document),
            (connection, transaction) => WriteRegions(connection, transaction, arrangement, deleteFirst: false),
            cancellationToken);
    }

    public Task<Versioned<Arrangement>> ReplaceAsync(Arrangement arrangement, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(arrangement);
        var document = DeskDocuments.ToJson(arrangement);
        return _store.ReplaceDocumentAsync(
            arrangement,
            arrangement.Id,
            etag,
            "arrangements",
            "arrangement",
            "UPDATE arrangements SET version = version + 1, document = $document, account_id = $account_id, advisor_id = $advisor_id, status = $status WHERE id = $id AND version = $version;",
            command => Bind(command, arrangement, document),
            (connection, transaction) => WriteRegions(connection, transaction, arrangement, deleteFirst: true),
            cancellationToken);
    }

    public async Task<IReadOnlyList<Arrangement>> ListAsync(ArrangementFilter filter, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(filter);
        filter.Validate();
        var sql = new StringBuilder("SELECT a.document FROM arrangements a WHERE 1 = 1");
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                if (filter.Status is { } status)
                {
                    sql.Append(" AND a.status = $status");
                    command.Parameters.AddWithValue("$status", status.ToString());
                }

                if (filter.AccountId is { } account)
                {
                    sql.Append(" AND a.account_id = $account");
                    command.Parameters.AddWithValue("$account", account);
                }

                if (filter.AdvisorId is { } advisor)
                {
                    sql.Append(" AND a.advisor_id = $advisor");
                    command.Parameters.AddWithValue("$advisor", advisor);
                }

                if (filter.UwvReference is { } uwv)
                {
                    sql.Append(" AND EXISTS (SELECT 1 FROM json_each(a.document, '$.uwvReferences') u WHERE u.value = $uwv)");
                    command.Parameters.AddWithValue("$uwv", uwv);
                }

                if (filter.Region is { } region)
                {
                    command.Parameters.AddWithValue("$region", region.ToString());
                    command.Parameters.AddWithValue("$final", nameof(ArrangementStatus.Final));
                    const string Decided = "EXISTS (SELECT 1 FROM arrangement_regions r WHERE r.arrangement_id = a.id AND r.region_code = $region{0})";
                    sql.Append(filter.Participation switch
                    {
                        RegionParticipation.Joined => " AND " + string.Format(System.Globalization.CultureInfo.InvariantCulture, Decided, " AND r.joined = 1"),
                        RegionParticipation.Declined => " AND " + string.Format(System.Globalization.CultureInfo.InvariantCulture, Decided, " AND r.joined = 0"),
                        RegionParticipation.Pending => " AND a.status = $final AND NOT " + string.Format(System.Globalization.CultureInfo.InvariantCulture, Decided, ""),
                        _ => " AND (a.status = $final OR " + string.Format(System.Globalization.CultureInfo.InvariantCulture, Decided, "") + ")",
                    });
                }

                sql.Append(" ORDER BY a.id;");
                command.CommandText = sql.ToString();
                using var reader = command.ExecuteReader();
                var arrangements = new List<Arrangement>();
                while (reader.Read())
                {
                    var arrangement = DeskDocuments.ArrangementFromJson(reader.GetString(0));

                    // The SQL narrows; the filter's own definition decides, so both stores answer alike.
                    if (filter.Matches(arrangement))
                    {
                        arrangements.Add(arrangement);
                    }
                }

                return arrangements;
            },
            "list arrangements");
    }

    private static void Bind(SqliteCommand command, Arrangement arrangement, string document)
    {
        var p = command.Parameters;
        p.AddWithValue("$id", arrangement.Id);
        p.AddWithValue("$document", document);
        p.AddWithValue("$account_id", arrangement.AccountId);
        p.AddWithValue("$advisor_id", arrangement.AdvisorId);
        p.AddWithValue("$status", arrangement.Status.ToString());
    }

    private static void WriteRegions(SqliteConnection connection, SqliteTransaction transaction, Arrangement arrangement, bool deleteFirst)
    {
        if (deleteFirst)
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM arrangement_regions WHERE arrangement_id = $id;";
            delete.Parameters.AddWithValue("$id", arrangement.Id);
            delete.ExecuteNonQuery();
        }

        // The last decision of each region stands (a region may reconsider); the primary key keeps one row per region.
        foreach (var decision in arrangement.Decisions.GroupBy(d => d.Region).Select(g => g.Last()))
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO arrangement_regions (arrangement_id, region_code, joined, version) VALUES ($id, $region, $joined, $version);";
            insert.Parameters.AddWithValue("$id", arrangement.Id);
            insert.Parameters.AddWithValue("$region", decision.Region.ToString());
            insert.Parameters.AddWithValue("$joined", decision.Joined);
            insert.Parameters.AddWithValue("$version", decision.Version);
            insert.ExecuteNonQuery();
        }
    }
}
