using System.Globalization;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The <c>job_agreement_ledger</c> table: the SDK's <see cref="JobAgreementLedger"/> entries of each import, one row per
/// cell and date. Hours are whole ten-thousandths of an hour in <c>hours_e4</c>, so SQLite sums them exactly (as
/// integers, never as floating point); a delta finer than that, which Placements CSV v1 allows but nobody writes, is
/// kept as decimal text in <c>hours_text</c> and summed in .NET.
/// </summary>
internal static class LedgerRows
{
    public const string Columns = "day, region, employer_kind, sector_code, booking_partner, arrangement_id, hours_text, persons_delta";

    /// <summary>Ten-thousandths of an hour: the unit of <c>hours_e4</c>.</summary>
    public const decimal Scale = 10_000m;

    /// <summary>Writes an import's entries with one prepared insert, inside the caller's transaction.</summary>
    public static void Insert(SqliteConnection connection, SqliteTransaction transaction, long importSeq, IEnumerable<JobAgreementLedgerEntry> entries)
    {
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO job_agreement_ledger (import_seq, day, region, employer_kind, sector_code, booking_partner, arrangement_id, hours_e4, hours_text, persons_delta) " +
            "VALUES ($import, $day, $region, $kind, $sector, $partner, $arrangement, $hours_e4, $hours, $persons);";
        var import = insert.Parameters.Add("$import", SqliteType.Integer);
        var day = insert.Parameters.Add("$day", SqliteType.Integer);
        var region = insert.Parameters.Add("$region", SqliteType.Integer);
        var kind = insert.Parameters.Add("$kind", SqliteType.Integer);
        var sector = insert.Parameters.Add("$sector", SqliteType.Text);
        var partner = insert.Parameters.Add("$partner", SqliteType.Text);
        var arrangement = insert.Parameters.Add("$arrangement", SqliteType.Text);
        var hoursE4 = insert.Parameters.Add("$hours_e4", SqliteType.Integer);
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
            var scaled = entry.HoursDelta * Scale;
            if (scaled == decimal.Truncate(scaled) && Math.Abs(scaled) < long.MaxValue / 1_000_000)
            {
                hoursE4.Value = (long)scaled;
                hours.Value = DBNull.Value;
            }
            else
            {
                hoursE4.Value = DBNull.Value;
                hours.Value = entry.HoursDelta.ToString(CultureInfo.InvariantCulture);
            }

            persons.Value = entry.PersonsDelta;
            insert.ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Reads a row selected with <see cref="Columns"/>, in that order (<c>hours_text</c> in column 6), or with the sums
    /// of <see cref="SummedColumns"/> (the sum of <c>hours_e4</c> in column 6, as an integer).
    /// </summary>
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
            reader.GetFieldType(6) == typeof(string)
                ? decimal.Parse(reader.GetString(6), NumberStyles.Number, CultureInfo.InvariantCulture)
                : reader.GetInt64(6) / Scale,
            reader.GetInt32(7));
    }

    /// <summary>
    /// The entries of one cell summed by SQLite up to a date (a cell's deltas add up, so one entry dated on its last
    /// delta stands for all of them): <c>$day</c> is the measuring date.
    /// </summary>
    public const string SummedColumns = "MAX(day), region, employer_kind, sector_code, booking_partner, arrangement_id, SUM(hours_e4), SUM(persons_delta)";

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
