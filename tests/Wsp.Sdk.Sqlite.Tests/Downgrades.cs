namespace Wsp.Sdk.Sqlite.Tests;

/// <summary>SQL that takes a file written by this code back to what an older schema version wrote, for the migration tests.</summary>
internal static class Downgrades
{
    /// <summary>Undoes migration 6 (the employer search keys, the consent and co-production columns): the file as version 5 wrote it.</summary>
    public const string ToVersion5 =
        "DROP TABLE account_search_keys; DROP INDEX ix_accounts_kvk; DROP INDEX ix_accounts_last_contact; ALTER TABLE accounts DROP COLUMN pending_consents; " +
        "DROP INDEX ix_vacancies_co_production; ALTER TABLE vacancies DROP COLUMN co_production_id; ALTER TABLE vacancies DROP COLUMN is_handed_over; ";
}
