using Microsoft.Data.Sqlite;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The file's schema as numbered migrations, written by hand. The version lives in the file header
/// (<c>PRAGMA user_version</c>), so it is read and written atomically with the tables it describes: each migration
/// runs in one transaction with the version bump, and a file newer than this code is refused rather than guessed at.
/// </summary>
internal static class Schema
{
    /// <summary>The migrations, index + 1 = the version they bring the file to. Append only; never edit a shipped one.</summary>
    private static readonly string[] s_migrations =
    [
        """
        CREATE TABLE accounts (
            id TEXT NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL,
            document TEXT NOT NULL,
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            kvk TEXT NULL,
            region_code TEXT NOT NULL,
            owner TEXT NOT NULL,
            last_contact INTEGER NOT NULL
        );
        CREATE INDEX ix_accounts_name_key ON accounts (name_key);
        CREATE INDEX ix_accounts_owner ON accounts (owner);
        CREATE TABLE account_postcodes (
            account_id TEXT NOT NULL,
            postcode TEXT NOT NULL,
            PRIMARY KEY (account_id, postcode)
        ) WITHOUT ROWID;
        CREATE INDEX ix_account_postcodes_postcode ON account_postcodes (postcode);

        CREATE TABLE vacancies (
            id TEXT NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL,
            document TEXT NOT NULL,
            account_id TEXT NOT NULL,
            region_code TEXT NOT NULL,
            owner TEXT NOT NULL,
            sector_code TEXT NOT NULL,
            title TEXT NOT NULL,
            is_open INTEGER NOT NULL,
            is_registered_late INTEGER NOT NULL,
            registered_at INTEGER NOT NULL,
            expires_on INTEGER NOT NULL,
            workplaces INTEGER NOT NULL,
            placements INTEGER NOT NULL,
            referrals INTEGER NOT NULL
        );
        CREATE INDEX ix_vacancies_owner ON vacancies (owner);
        CREATE INDEX ix_vacancies_region ON vacancies (region_code);
        CREATE INDEX ix_vacancies_account ON vacancies (account_id);

        CREATE TABLE visits (
            id TEXT NOT NULL PRIMARY KEY,
            account_id TEXT NOT NULL,
            date INTEGER NOT NULL,
            document TEXT NOT NULL
        );
        CREATE INDEX ix_visits_account ON visits (account_id, date);

        CREATE TABLE imports (
            seq INTEGER PRIMARY KEY,
            import_id TEXT NOT NULL UNIQUE,
            placements INTEGER NOT NULL,
            imported_at TEXT NOT NULL
        );

        CREATE TABLE placements (
            id TEXT NOT NULL PRIMARY KEY,
            import_seq INTEGER NULL,
            vacancy_id TEXT NOT NULL,
            employer TEXT NOT NULL,
            municipality INTEGER NOT NULL,
            region INTEGER NOT NULL,
            sector_code TEXT NOT NULL,
            candidate TEXT NOT NULL,
            booking_partner TEXT NOT NULL,
            target_groups INTEGER NOT NULL,
            start_day INTEGER NOT NULL,
            end_day INTEGER NULL,
            hours_per_week TEXT NOT NULL,
            employer_kind INTEGER NOT NULL,
            arrangement_id TEXT NULL
        );
        CREATE INDEX ix_placements_booked ON placements (vacancy_id) WHERE import_seq IS NULL;
        CREATE INDEX ix_placements_import ON placements (import_seq) WHERE import_seq IS NOT NULL;
        """,

        // 2: the national desk (issue 7): arrangements with each region's standing, the desk's organisation with one
        // contact per region (L4, a primary key), and the coverage ratio's input totals (H5).
        """
        CREATE TABLE arrangements (
            id TEXT NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL,
            document TEXT NOT NULL,
            account_id TEXT NOT NULL,
            advisor_id TEXT NOT NULL,
            status TEXT NOT NULL
        );
        CREATE INDEX ix_arrangements_account ON arrangements (account_id);
        CREATE INDEX ix_arrangements_advisor ON arrangements (advisor_id);
        CREATE INDEX ix_arrangements_status ON arrangements (status);
        CREATE TABLE arrangement_regions (
            arrangement_id TEXT NOT NULL,
            region_code TEXT NOT NULL,
            joined INTEGER NOT NULL,
            version INTEGER NOT NULL,
            PRIMARY KEY (arrangement_id, region_code)
        ) WITHOUT ROWID;
        CREATE INDEX ix_arrangement_regions_region ON arrangement_regions (region_code, joined);

        CREATE TABLE desk (
            id TEXT NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL,
            document TEXT NOT NULL
        );
        CREATE TABLE desk_contacts (
            region_code TEXT NOT NULL PRIMARY KEY,
            person TEXT NOT NULL
        ) WITHOUT ROWID;

        CREATE TABLE sector_employer_totals (
            region_code TEXT NOT NULL,
            date INTEGER NOT NULL,
            document TEXT NOT NULL,
            PRIMARY KEY (region_code, date)
        ) WITHOUT ROWID;
        """,

        // 3: The placements' pre-aggregates (Wsp.Sdk.Counting.IPlacementAggregates): the job-agreement ledger of every
        // import, written in the import's transaction (imports.ledger = 1 once written; imports from before this
        // migration get theirs on the first read). A ledger row names its cell by number (job_agreement_cells), so a
        // count reads integers only; hours are ten-thousandths of an hour (hours_e4), exact; a delta finer than that is
        // kept as decimal text (hours_text). The placement starts are grouped from the placements table itself.
        """
        CREATE TABLE job_agreement_cells (
            id INTEGER PRIMARY KEY,
            region INTEGER NOT NULL,
            employer_kind INTEGER NOT NULL,
            sector_code TEXT NOT NULL,
            booking_partner TEXT NOT NULL,
            arrangement_id TEXT NULL
        );
        CREATE TABLE job_agreement_ledger (
            import_seq INTEGER NOT NULL,
            day INTEGER NOT NULL,
            cell INTEGER NOT NULL,
            hours_e4 INTEGER NULL,
            hours_text TEXT NULL,
            persons_delta INTEGER NOT NULL
        );
        CREATE INDEX ix_job_agreement_ledger_import ON job_agreement_ledger (import_seq);
        ALTER TABLE imports ADD COLUMN ledger INTEGER NOT NULL DEFAULT 0;
        """,

        // 4: faster imports. The job-agreement ledger becomes one row per import and cell, its dated deltas in a blob
        // (LedgerRows): a row per delta cost an import as much as its placements. The old rows are dropped and every
        // import is marked to get its ledger again from its placements on the first read (the path that serves files
        // from before migration 3). An import's placements are found by the rowid range it wrote (imports.first_rowid,
        // last_rowid) instead of an index on import_seq that every imported row paid for.
        """
        ALTER TABLE imports ADD COLUMN first_rowid INTEGER NULL;
        ALTER TABLE imports ADD COLUMN last_rowid INTEGER NULL;
        UPDATE imports SET
            first_rowid = (SELECT min(rowid) FROM placements WHERE import_seq = imports.seq),
            last_rowid = (SELECT max(rowid) FROM placements WHERE import_seq = imports.seq);
        DROP INDEX ix_placements_import;
        DROP TABLE job_agreement_ledger;
        CREATE TABLE job_agreement_ledger (
            import_seq INTEGER NOT NULL,
            cell INTEGER NOT NULL,
            region INTEGER NOT NULL,
            first_day INTEGER NOT NULL,
            deltas BLOB NOT NULL
        );
        CREATE INDEX ix_job_agreement_ledger_import ON job_agreement_ledger (import_seq);
        UPDATE imports SET ledger = 0;
        """,

        // 5: the regional projects (rule H6): a document per project, its id "<region>/<project id>" (a project id is
        // unique within its region, as in the Cosmos container partitioned by region), listed per region. The staff
        // counts of employers (rule H5) live in the account documents and need no table.
        """
        CREATE TABLE regional_projects (
            id TEXT NOT NULL PRIMARY KEY,
            version INTEGER NOT NULL,
            document TEXT NOT NULL,
            region_code TEXT NOT NULL,
            project_id TEXT NOT NULL
        );
        CREATE INDEX ix_regional_projects_region ON regional_projects (region_code, project_id);
        """,

        // 6: the account managers' daily work (issue 17). The employer search finds a name by a prefix of one of its
        // search keys (EmployerName.SearchKeysOf: the name's key from each word on), a KvK number and a postcode by an
        // index each; the name keys of rule H8 changed (legal forms written onto the name), so every account's name_key
        // and search keys are written again from its name after this script (Schema.AfterMigration). Accounts carry the
        // number of consent requests waiting for the owner (H7); vacancies their co-production (H13) and whether their
        // owner got them by a hand-over (H11, H15), for the work queue, filled from their documents here.
        """
        CREATE TABLE account_search_keys (
            search_key TEXT NOT NULL,
            account_id TEXT NOT NULL,
            PRIMARY KEY (search_key, account_id)
        ) WITHOUT ROWID;
        CREATE INDEX ix_account_search_keys_account ON account_search_keys (account_id);
        CREATE INDEX ix_accounts_kvk ON accounts (kvk) WHERE kvk IS NOT NULL;
        CREATE INDEX ix_accounts_last_contact ON accounts (last_contact);
        ALTER TABLE accounts ADD COLUMN pending_consents INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE vacancies ADD COLUMN co_production_id TEXT NULL;
        ALTER TABLE vacancies ADD COLUMN is_handed_over INTEGER NOT NULL DEFAULT 0;
        UPDATE vacancies SET
            co_production_id = json_extract(document, '$.coProductionId'),
            is_handed_over = coalesce(json_array_length(document, '$.handovers'), 0) > 0;
        CREATE INDEX ix_vacancies_co_production ON vacancies (co_production_id) WHERE co_production_id IS NOT NULL;
        """,

        // 7: a chain partner's duplicate of a vacancy (rule H15) is no new vacancy: the summary names the vacancy it
        // duplicates, so the figures leave it out, and a duplicate is never late (rule H10). Duplicates written before
        // were marked late when made more than 24 hours after the original's receipt; they are corrected here.
        """
        ALTER TABLE vacancies ADD COLUMN duplicated_from TEXT NULL;
        UPDATE vacancies SET duplicated_from = json_extract(document, '$.duplicatedFrom');
        UPDATE vacancies SET is_registered_late = 0 WHERE duplicated_from IS NOT NULL;
        """,

        // 8: the records of requests sent with an idempotency key, one per partner and key, with the first answer once
        // there is one; found by key, purged by expiry (the index), never queried otherwise.
        """
        CREATE TABLE idempotency_records (
            partner TEXT NOT NULL,
            key TEXT NOT NULL,
            version INTEGER NOT NULL,
            request_hash TEXT NOT NULL,
            created_at INTEGER NOT NULL,
            expires_at INTEGER NOT NULL,
            response_status INTEGER NULL,
            response_content_type TEXT NULL,
            response_body TEXT NULL,
            PRIMARY KEY (partner, key)
        ) WITHOUT ROWID;
        CREATE INDEX ix_idempotency_records_expiry ON idempotency_records (expires_at);
        """,

        // 9: the figure inputs records cannot give (ambition tables, regional targets, the baseline): a row per import,
        // its version the next of its kind, its tables or targets one JSON document, never overwritten.
        """
        CREATE TABLE figure_inputs (
            kind TEXT NOT NULL,
            version INTEGER NOT NULL,
            imported_at INTEGER NOT NULL,
            source TEXT NOT NULL,
            document TEXT NOT NULL,
            PRIMARY KEY (kind, version)
        ) WITHOUT ROWID;
        """,

        // 10: the ministry's disclosure control (issue 16): every placement keeps its record key (Wsp.Sdk.Counting.RecordKey,
        // derived from its id), so the placement starts and the narrow reads sum it without reading ids. Rows written
        // before get theirs after this script (RecordKeyColumn.Fill, in .NET: SQLite has no XxHash3).
        """
        ALTER TABLE placements ADD COLUMN record_key INTEGER NULL;
        """,

        // 11: faster figures over large files (issue 20): the imported placements again, narrowed to what the figures
        // read, in chunks sorted by start day (PlacementChunks), so a period's figure reads that period's rows only and
        // a date's reads a few narrow columns instead of whole rows. An import appends its chunks; rows imported before get theirs
        // after this script (PlacementChunks.Fill), once: a file of ten million placements takes about a minute. The
        // placements booked on vacancies have no chunks: a partial index (imported rows never enter it) finds a period's.
        """
        CREATE TABLE placement_chunks (
            id INTEGER PRIMARY KEY,
            import_seq INTEGER NOT NULL,
            first_day INTEGER NOT NULL,
            last_day INTEGER NOT NULL,
            rows INTEGER NOT NULL,
            codes BLOB NOT NULL,
            days BLOB NOT NULL,
            data BLOB NOT NULL,
            texts BLOB NOT NULL
        );
        CREATE INDEX ix_placement_chunks_import ON placement_chunks (import_seq);
        CREATE INDEX ix_placements_booked_start ON placements (start_day) WHERE import_seq IS NULL;
        """,
    ];

    /// <summary>
    /// What a migration needs beyond SQL, run in its transaction after its script: by the version it brings the file to.
    /// Append only, as the scripts.
    /// </summary>
    private static readonly Dictionary<int, Action<SqliteConnection, SqliteTransaction>> s_afterMigration = new()
    {
        [6] = SqliteEmployerAccountStore.RewriteNameKeys,
        [10] = RecordKeyColumn.Fill,
        [11] = PlacementChunks.Fill,
    };

    /// <summary>Gets the version this code writes.</summary>
    public static int CurrentVersion => s_migrations.Length;

    /// <summary>Brings the file to <see cref="CurrentVersion"/>; a no-op when it is there already.</summary>
    /// <param name="connection">An open connection.</param>
    /// <exception cref="Storage.StoreException">The file was written by a newer version of the store.</exception>
    public static void Migrate(SqliteConnection connection)
    {
        using (var wal = connection.CreateCommand())
        {
            // WAL is a property of the file: set once, it stays. Readers never block the writer, and a crash mid-write
            // leaves the last committed state (the WAL is replayed or ignored on the next open).
            wal.CommandText = "PRAGMA journal_mode=WAL;";
            wal.ExecuteNonQuery();
        }

        while (true)
        {
            using var transaction = connection.BeginTransaction();
            var version = UserVersion(connection, transaction);
            if (version > CurrentVersion)
            {
                throw new Storage.StoreException(
                    Storage.StoreErrorCode.Unavailable,
                    $"The store file has schema version {version}; this version of Wsp.Sdk.Sqlite knows up to {CurrentVersion}. Upgrade the package.");
            }

            if (version == CurrentVersion)
            {
                return;
            }

            using (var migrate = connection.CreateCommand())
            {
                migrate.Transaction = transaction;
                migrate.CommandText = s_migrations[version] + $"\nPRAGMA user_version = {version + 1};";
                migrate.ExecuteNonQuery();
            }

            if (s_afterMigration.TryGetValue(version + 1, out var after))
            {
                after(connection, transaction);
            }

            transaction.Commit();
        }
    }

    private static int UserVersion(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "PRAGMA user_version;";
        return Convert.ToInt32(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
