namespace Wsp.Sdk.Sqlite.Tests;

/// <summary>
/// SQL that takes a file written by this code back to what an older schema version wrote, for the migration tests. Each
/// undoes every migration above its version, newest first; the caller sets <c>PRAGMA user_version</c>.
/// </summary>
internal static class Downgrades
{
    /// <summary>Undoes migration 11 (the placement chunks): the file as version 10 wrote it.</summary>
    public const string ToVersion10 =
        "DROP TABLE placement_chunks; DROP INDEX ix_placements_booked_start; ";

    /// <summary>Undoes migrations 11 and 10 (10: the placements' record keys): the file as version 9 wrote it.</summary>
    public const string ToVersion9 =
        ToVersion10 +
        "ALTER TABLE placements DROP COLUMN record_key; ";

    /// <summary>Undoes migrations 11 to 9 (9: the figure inputs): the file as version 8 wrote it.</summary>
    public const string ToVersion8 =
        ToVersion9 +
        "DROP TABLE figure_inputs; ";

    /// <summary>Undoes migrations 11 to 8 (8: the idempotency records): the file as version 7 wrote it.</summary>
    public const string ToVersion7 =
        ToVersion8 +
        "DROP TABLE idempotency_records; ";

    /// <summary>Undoes migrations 11 to 7 (7 (a duplicate's summary names the vacancy it duplicates): the file as version 6 wrote it.</summary>
    public const string ToVersion6 =
        ToVersion7 +
        "ALTER TABLE vacancies DROP COLUMN duplicated_from; ";

    /// <summary>Undoes migrations 11 to 6 (6: the employer search keys, the consent and co-production columns): the file as version 5 wrote it.</summary>
    public const string ToVersion5 =
        ToVersion6 +
        "DROP TABLE account_search_keys; DROP INDEX ix_accounts_kvk; DROP INDEX ix_accounts_last_contact; ALTER TABLE accounts DROP COLUMN pending_consents; " +
        "DROP INDEX ix_vacancies_co_production; ALTER TABLE vacancies DROP COLUMN co_production_id; ALTER TABLE vacancies DROP COLUMN is_handed_over; ";
}
