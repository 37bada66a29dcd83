using System.Globalization;
using Microsoft.Data.Sqlite;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The <c>job_agreement_ledger</c> table: the SDK's <see cref="JobAgreementLedger"/> entries of each import, one row per
/// cell and date. A row names its cell (region, employer kind, sector, booking partner, arrangement) by number, from
/// <c>job_agreement_cells</c>, so reading the ledger reads integers only and sums them in .NET without SQLite sorting
/// strings. Hours are whole ten-thousandths of an hour in <c>hours_e4</c> (exact integers, never floating point); a
/// delta finer than that, which Placements CSV v1 allows but nobody writes, is kept as decimal text in <c>hours_text</c>.
/// </summary>
internal sealed class LedgerRows : IDisposable
{
    /// <summary>Ten-thousandths of an hour: the unit of <c>hours_e4</c>.</summary>
    public const decimal Scale = 10_000m;

    private readonly SqliteConnection _connection;
    private readonly SqliteTransaction _transaction;
    private readonly Dictionary<JobAgreementLedgerKey, long> _cells;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter[] _p;

    public LedgerRows(SqliteConnection connection, SqliteTransaction transaction)
    {
        _connection = connection;
        _transaction = transaction;
        _cells = [];
        foreach (var (id, key) in ReadCells(connection, transaction))
        {
            _cells[key] = id;
        }

        _insert = connection.CreateCommand();
        _insert.Transaction = transaction;
        _insert.CommandText = "INSERT INTO job_agreement_ledger (import_seq, day, cell, hours_e4, hours_text, persons_delta) VALUES ($import, $day, $cell, $hours_e4, $hours, $persons);";
        _p =
        [
            _insert.Parameters.Add("$import", SqliteType.Integer),
            _insert.Parameters.Add("$day", SqliteType.Integer),
            _insert.Parameters.Add("$cell", SqliteType.Integer),
            _insert.Parameters.Add("$hours_e4", SqliteType.Integer),
            _insert.Parameters.Add("$hours", SqliteType.Text),
            _insert.Parameters.Add("$persons", SqliteType.Integer),
        ];
        _insert.Prepare();
    }

    /// <summary>Writes an import's entries, inside the transaction this writer was made with.</summary>
    public void Insert(long importSeq, IEnumerable<JobAgreementLedgerEntry> entries)
    {
        _p[0].Value = importSeq;
        foreach (var entry in entries)
        {
            _p[1].Value = Days.Of(entry.Date);
            _p[2].Value = CellOf(entry.Key);
            var scaled = entry.HoursDelta * Scale;
            if (scaled == decimal.Truncate(scaled) && Math.Abs(scaled) < long.MaxValue / 1_000_000)
            {
                _p[3].Value = (long)scaled;
                _p[4].Value = DBNull.Value;
            }
            else
            {
                _p[3].Value = DBNull.Value;
                _p[4].Value = entry.HoursDelta.ToString(CultureInfo.InvariantCulture);
            }

            _p[5].Value = entry.PersonsDelta;
            _insert.ExecuteNonQuery();
        }
    }

    public void Dispose() => _insert.Dispose();

    /// <summary>
    /// Reads the ledger up to <paramref name="day"/>, summed per cell: one entry per cell, dated on its last delta on or
    /// before the day (deltas add up, so the sum stands for them all).
    /// </summary>
    public static List<JobAgreementLedgerEntry> ReadSummed(SqliteConnection connection, SqliteTransaction transaction, int day)
    {
        var keys = ReadCells(connection, transaction).ToDictionary(c => c.Id, c => c.Key);
        var sums = new Dictionary<long, (long E4, decimal Text, int Persons, int LastDay)>();
        using (var command = connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "SELECT cell, day, hours_e4, hours_text, persons_delta FROM job_agreement_ledger WHERE day <= $day;";
            command.Parameters.AddWithValue("$day", day);
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                ref var sum = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, reader.GetInt64(0), out _);
                sum.LastDay = Math.Max(sum.LastDay, reader.GetInt32(1));
                if (reader.IsDBNull(3))
                {
                    sum.E4 += reader.GetInt64(2);
                }
                else
                {
                    sum.Text += decimal.Parse(reader.GetString(3), NumberStyles.Number, CultureInfo.InvariantCulture);
                }

                sum.Persons += reader.GetInt32(4);
            }
        }

        return [.. sums.Select(pair => new JobAgreementLedgerEntry(keys[pair.Key], Days.ToDate(pair.Value.LastDay), (pair.Value.E4 / Scale) + pair.Value.Text, pair.Value.Persons))];
    }

    private static List<(long Id, JobAgreementLedgerKey Key)> ReadCells(SqliteConnection connection, SqliteTransaction transaction)
    {
        var cells = new List<(long, JobAgreementLedgerKey)>();
        var partners = new Dictionary<string, BookingPartner>(StringComparer.Ordinal);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT id, region, employer_kind, sector_code, booking_partner, arrangement_id FROM job_agreement_cells;";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var partnerText = reader.GetString(4);
            if (!partners.TryGetValue(partnerText, out var partner))
            {
                partner = BookingPartner.Parse(partnerText);
                partners.Add(partnerText, partner);
            }

            cells.Add((reader.GetInt64(0), new JobAgreementLedgerKey(
                RegionCode.FromNumber(reader.GetInt32(1)),
                (EmployerKind)reader.GetInt32(2),
                Intern(strings, reader.GetString(3)),
                partner,
                reader.IsDBNull(5) ? null : Intern(strings, reader.GetString(5)))));
        }

        return cells;
    }

    private long CellOf(JobAgreementLedgerKey key)
    {
        if (_cells.TryGetValue(key, out var id))
        {
            return id;
        }

        using var insert = _connection.CreateCommand();
        insert.Transaction = _transaction;
        insert.CommandText = "INSERT INTO job_agreement_cells (region, employer_kind, sector_code, booking_partner, arrangement_id) VALUES ($region, $kind, $sector, $partner, $arrangement) RETURNING id;";
        insert.Parameters.AddWithValue("$region", key.Region.Number);
        insert.Parameters.AddWithValue("$kind", (int)key.EmployerKind);
        insert.Parameters.AddWithValue("$sector", key.SectorCode);
        insert.Parameters.AddWithValue("$partner", key.BookingPartner.ToString());
        insert.Parameters.AddWithValue("$arrangement", (object?)key.ArrangementId ?? DBNull.Value);
        id = (long)insert.ExecuteScalar()!;
        _cells.Add(key, id);
        return id;
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
