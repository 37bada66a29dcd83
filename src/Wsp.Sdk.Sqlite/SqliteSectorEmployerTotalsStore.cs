using Wsp.Sdk.Geography;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>The coverage ratio's input data (rule H5) in the SQLite file: a row per region and date, written once.</summary>
internal sealed class SqliteSectorEmployerTotalsStore : ISectorEmployerTotalsStore
{
    private readonly SqliteWspStore _store;

    public SqliteSectorEmployerTotalsStore(SqliteWspStore store) => _store = store;

    public async Task InsertAsync(SectorEmployerTotals totals, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(totals);
        var document = DeskDocuments.ToJson(totals);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "INSERT INTO sector_employer_totals (region_code, date, document) VALUES ($region, $date, $document);";
                command.Parameters.AddWithValue("$region", totals.Region.ToString());
                command.Parameters.AddWithValue("$date", Days.Of(totals.Date));
                command.Parameters.AddWithValue("$document", document);
                command.ExecuteNonQuery();
            },
            $"insert the sector employer totals of {totals}",
            $"Region {totals.Region} has sector employer totals at {totals.Date:uuuu-MM-dd} already.");
    }

    public async Task<IReadOnlyList<SectorEmployerTotals>> ListAsync(RegionCode region, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckArgument(region != default, nameof(region), "The region is not initialized.");
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        return SqliteWspStore.Run(
            () =>
            {
                using var command = connection.CreateCommand();
                command.CommandText = "SELECT document FROM sector_employer_totals WHERE region_code = $region ORDER BY date DESC;";
                command.Parameters.AddWithValue("$region", region.ToString());
                using var reader = command.ExecuteReader();
                var totals = new List<SectorEmployerTotals>();
                while (reader.Read())
                {
                    totals.Add(DeskDocuments.TotalsFromJson(reader.GetString(0)));
                }

                return totals;
            },
            $"list the sector employer totals of {region}");
    }
}
