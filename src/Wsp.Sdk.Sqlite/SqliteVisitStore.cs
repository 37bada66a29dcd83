using Wsp.Sdk.Storage;
using Wsp.Sdk.Visits;

namespace Wsp.Sdk.Sqlite;

/// <summary>Company visits (bedrijfsbezoeken) with their reports (rule H9) in the SQLite file: a row per visit, written once.</summary>
internal sealed class SqliteVisitStore : IVisitStore
{
    private readonly SqliteWspStore _store;

    public SqliteVisitStore(SqliteWspStore store) => _store = store;

    public async Task InsertAsync(CompanyVisit visit, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(visit);
        var document = Documents.ToJson(visit);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO visits (id, account_id, date, document) VALUES ($id, $account, $date, $document);";
                command.Parameters.AddWithValue("$id", visit.Id);
                command.Parameters.AddWithValue("$account", visit.AccountId);
                command.Parameters.AddWithValue("$date", Days.Of(visit.Date));
                command.Parameters.AddWithValue("$document", document);
                command.ExecuteNonQuery();
            },
            $"insert visit {visit.Id}",
            $"A visit with id '{visit.Id}' exists already.");
    }

    public async Task<IReadOnlyList<CompanyVisit>> ListForAccountAsync(string accountId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(accountId);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT document FROM visits WHERE account_id = $account ORDER BY date DESC, id DESC;";
                command.Parameters.AddWithValue("$account", accountId);
                using var reader = command.ExecuteReader();
                var visits = new List<CompanyVisit>();
                while (reader.Read())
                {
                    visits.Add(Documents.VisitFromJson(reader.GetString(0)));
                }

                return visits;
            },
            $"list the visits to account {accountId}");
    }

    public async Task<IReadOnlyDictionary<string, int>> CountPerAccountAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT account_id, COUNT(*) FROM visits GROUP BY account_id;";
                using var reader = command.ExecuteReader();
                var counts = new Dictionary<string, int>(StringComparer.Ordinal);
                while (reader.Read())
                {
                    counts[reader.GetString(0)] = reader.GetInt32(1);
                }

                return (IReadOnlyDictionary<string, int>)counts;
            },
            "count the visits per account");
    }
}
