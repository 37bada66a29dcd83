using System.Globalization;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The <c>job_agreement_ledger</c> table: the SDK's <see cref="JobAgreementLedger"/> entries of each import, one row per
/// cell and date, hours as exact decimal text (summed in .NET, never as SQLite's floating point).
/// </summary>
internal static class LedgerRows
{
    public const string Columns = "day, region, employer_kind, sector_code, booking_partner, arrangement_id, hours_delta, persons_delta";

    /// <summary>Writes an import's entries with one prepared insert, inside the caller's transaction.</summary>
    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, long importSeq, IEnumerable<JobAgreementLedgerEntry> entries)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO job_agreement_ledger (import_seq, {Columns}) VALUES ($import, $day, $region, $kind, $sector, $partner, $arrangement, $hours, $persons);";
        var import = insert.Parameters.Add("$import", SqliteType.Integer);
        var day = insert.Parameters.Add("$day", SqliteType.Integer);
        var region = insert.Parameters.Add("$region", SqliteType.Integer);
        var kind = insert.Parameters.Add("$kind", SqliteType.Integer);
        var sector = insert.Parameters.Add("$sector", SqliteType.Text);
        var partner = insert.Parameters.Add("$partner", SqliteType.Text);
        var arrangement = insert.Parameters.Add("$arrangement", SqliteType.Text);
        var hours = insert.Parameters.Add("$hours", SqliteType.Text);
        var persons = insert.Parameters.Add("$persons", SqliteType.Integer);
        insert.Prepare();
        import.Value = importSeq;
        foreach (var entry in entries)
        {
            day.Value = Days.Of(entry.Date);
            region.Value = entry.Key.Region.Number;
            kind.Value = (int)entry.Key.EmployerKind;
            sector.Value = entry.Key.SectorCode;
            partner.Value = entry.Key.BookingPartner.ToString();
            arrangement.Value = (object?)entry.Key.ArrangementId ?? DBNull.Value;
            hours.Value = entry.HoursDelta.ToString(CultureInfo.InvariantCulture);
            persons.Value = entry.PersonsDelta;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>Reads a row selected with <see cref="Columns"/>, in that order.</summary>
    public static JobAgreementLedgerEntry Read(SqliteDataReader reader, Dictionary<string, BookingPartner> partners, Dictionary<string, string> strings)
    {
        var partnerText = reader.GetString(4);
        if (!partners.TryGetValue(partnerText, out var partner))
        {
            partner = BookingPartner.Parse(partnerText);
            partners.Add(partnerText, partner);
        }

        var key = new JobAgreementLedgerKey(
            RegionCode.FromNumber(reader.GetInt32(1)),
            (EmployerKind)reader.GetInt32(2),
            Intern(strings, reader.GetString(3)),
            partner,
            reader.IsDBNull(5) ? null : Intern(strings, reader.GetString(5)));
        return new JobAgreementLedgerEntry(
            key,
            Days.ToDate(reader.GetInt32(0)),
            decimal.Parse(reader.GetString(6), NumberStyles.Number, CultureInfo.InvariantCulture),
            reader.GetInt32(7));
    }

    /// <summary>Shares one string per distinct value within a read, so many rows hold few strings.</summary>
    public static string Intern(Dictionary<string, string> strings, string value)
    {
        if (strings.TryGetValue(value, out var shared))
        {
            return shared;
        }

        strings.Add(value, value);
        return value;
    }
}
