using Ardalis.Specification;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// Vacancies (vacatures) in the SQLite file: a row per vacancy with its JSON document, version and summary columns;
/// its booked placements are rows of the placements table, written in the same transaction, so booking a placement
/// and raising the workplaces (rule H13) is one atomic write guarded by the version.
/// </summary>
internal sealed class SqliteVacancyStore : IVacancyStore
{
    private const string SummaryColumns = "account_id, region_code, owner, sector_code, title, is_open, is_registered_late, duplicated_from, registered_at, expires_on, workplaces, placements, referrals, co_production_id, is_handed_over";
    private readonly SqliteWspStore _store;

    public SqliteVacancyStore(SqliteWspStore store) => _store = store;

    public Task<Versioned<Vacancy>?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        _store.FindDocumentAsync("vacancies", Preconditions.CheckNotNullOrWhiteSpace(id), Documents.VacancyFromJson, "vacancy", cancellationToken);

    public Task<Versioned<Vacancy>> InsertAsync(Vacancy vacancy, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(vacancy);
        var document = Documents.ToJson(vacancy);
        return _store.InsertDocumentAsync(
            vacancy,
            vacancy.Id,
            "vacancy",
            $"A vacancy with id '{vacancy.Id}' exists already.",
            $"INSERT INTO vacancies (id, version, document, {SummaryColumns}) VALUES ($id, 1, $document, {SummaryParameters});",
            command => Bind(command, vacancy, document),
            (connection, transaction) => WritePlacements(connection, transaction, vacancy, deleteFirst: false),
            cancellationToken);
    }

    public Task<Versioned<Vacancy>> ReplaceAsync(Vacancy vacancy, string etag, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(vacancy);
        var document = Documents.ToJson(vacancy);
        return _store.ReplaceDocumentAsync(
            vacancy,
            vacancy.Id,
            etag,
            "vacancies",
            "vacancy",
            "UPDATE vacancies SET version = version + 1, document = $document, account_id = $account_id, region_code = $region_code, owner = $owner, " +
            "sector_code = $sector_code, title = $title, is_open = $is_open, is_registered_late = $is_registered_late, duplicated_from = $duplicated_from, registered_at = $registered_at, " +
            "expires_on = $expires_on, workplaces = $workplaces, placements = $placements, referrals = $referrals, co_production_id = $co_production_id, is_handed_over = $is_handed_over " +
            "WHERE id = $id AND version = $version;",
            command => Bind(command, vacancy, document),
            (connection, transaction) => WritePlacements(connection, transaction, vacancy, deleteFirst: true),
            cancellationToken);
    }

    public async Task<Page<VacancySummary>> QueryAsync(ISpecification<VacancySummary> specification, string? continuationToken = null, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(specification);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var context = new WspDbContext(connection);
        return await Paging.QueryAsync(context.Vacancies, specification, v => v.Id, continuationToken, cancellationToken).ConfigureAwait(false);
    }

    private const string SummaryParameters = "$account_id, $region_code, $owner, $sector_code, $title, $is_open, $is_registered_late, $duplicated_from, $registered_at, $expires_on, $workplaces, $placements, $referrals, $co_production_id, $is_handed_over";

    #region Batch reads

    public Task<IReadOnlyList<Versioned<Vacancy>>> FindManyAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        _store.FindDocumentsAsync("vacancies", Preconditions.CheckNotNull(ids), Documents.VacancyFromJson, "vacancy", cancellationToken);

    #endregion

    private static void Bind(SqliteCommand command, Vacancy vacancy, string document)
    {
        var s = VacancySummary.Of(vacancy);
        var p = command.Parameters;
        p.AddWithValue("$id", s.Id);
        p.AddWithValue("$document", document);
        p.AddWithValue("$account_id", s.AccountId);
        p.AddWithValue("$region_code", s.RegionCode);
        p.AddWithValue("$owner", s.Owner);
        p.AddWithValue("$sector_code", s.SectorCode);
        p.AddWithValue("$title", s.Title);
        p.AddWithValue("$is_open", s.IsOpen);
        p.AddWithValue("$is_registered_late", s.IsRegisteredLate);
        p.AddWithValue("$duplicated_from", (object?)s.DuplicatedFrom ?? DBNull.Value);
        p.AddWithValue("$registered_at", s.RegisteredAt.ToUnixTimeTicks());
        p.AddWithValue("$expires_on", Days.Of(s.ExpiresOn));
        p.AddWithValue("$workplaces", s.Workplaces);
        p.AddWithValue("$placements", s.Placements);
        p.AddWithValue("$referrals", s.Referrals);
        p.AddWithValue("$co_production_id", (object?)s.CoProductionId ?? DBNull.Value);
        p.AddWithValue("$is_handed_over", s.IsHandedOver);
    }

    private static void WritePlacements(SqliteConnection connection, SqliteTransaction transaction, Vacancy vacancy, bool deleteFirst)
    {
        if (deleteFirst)
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM placements WHERE vacancy_id = $id AND import_seq IS NULL;";
            delete.Parameters.AddWithValue("$id", vacancy.Id);
            delete.ExecuteNonQuery();
        }

        if (vacancy.Placements.Count == 0)
        {
            return;
        }

        using var rows = new PlacementRows(connection);
        foreach (var placement in vacancy.Placements)
        {
            try
            {
                rows.Insert(placement, importSeq: null);
            }
            catch (SqliteException e) when (e.SqliteErrorCode == SQLitePCL.raw.SQLITE_CONSTRAINT)
            {
                throw new StoreException(StoreErrorCode.AlreadyExists, $"Placement '{placement.Id}' of vacancy {vacancy.Id} is in the store already (imported or booked elsewhere).", e);
            }
        }
    }
}
