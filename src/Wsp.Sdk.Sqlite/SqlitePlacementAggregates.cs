using System.Runtime.CompilerServices;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The placements' pre-aggregates on SQLite (<see cref="IPlacementAggregates"/>). The job-agreement ledger of an
/// import is a table written in the import's transaction; placements booked on vacancies (few, at the pace of people)
/// are turned into ledger entries by the SDK when read. The placement starts are grouped by SQLite from the placements
/// table itself (one pass over its narrow rows, no per-row decoding into placements): no second copy to keep in step,
/// imported and booked alike, and no index that would slow every import down.
/// </summary>
internal sealed partial class SqlitePlacementStore : IPlacementAggregates
{
    public async IAsyncEnumerable<JobAgreementLedgerEntry> ReadJobAgreementLedgerAsync(LocalDate measuringDate, IReadOnlyCollection<RegionCode>? regions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await EnsureLedgersAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var day = Days.Of(measuringDate);

        // A read transaction: the imported ledger and the booked placements are one snapshot (WAL).
        using var transaction = connection.BeginTransaction(deferred: true);
        var entries = SqliteWspStore.Run(() => LedgerRows.ReadSummed(connection, transaction, day, regions), "read the job-agreement ledger");
        var booked = ReadBooked(connection, transaction, day, regions);
        foreach (var entry in entries.Concat(booked.Entries().Where(e => e.Date <= measuringDate)))
        {
            yield return entry;
        }
    }

    public async IAsyncEnumerable<PlacementStartsCell> ReadPlacementStartsAsync(DateInterval period, PlacementDimensions by, IReadOnlyCollection<RegionCode>? regions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(period);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();

        // SQLite groups by the dimensions asked only and sums over the rest and over the dates: a count over years is
        // a few hundred cells instead of one per placement. The columns not grouped carry one row's value (MIN).
        string Column(PlacementDimensions dimension, string column, List<string> groups)
        {
            if ((by & dimension) != 0)
            {
                groups.Add(column);
                return column;
            }

            return $"MIN({column})";
        }

        var grouped = new List<string>();
        var select = string.Join(", ", [
            Column(PlacementDimensions.Region, "region", grouped),
            Column(PlacementDimensions.Sector, "sector_code", grouped),
            Column(PlacementDimensions.Partner, "booking_partner", grouped),
            Column(PlacementDimensions.Arrangement, "arrangement_id", grouped),
            Column(PlacementDimensions.TargetGroup, "target_groups", grouped),
            "MIN(employer_kind)"]);
        var sql = new System.Text.StringBuilder($"SELECT {select}, MAX(start_day), COUNT(*), SUM(record_key) FROM placements WHERE start_day BETWEEN $first AND $last");
        command.Parameters.AddWithValue("$first", Days.Of(period.Start));
        command.Parameters.AddWithValue("$last", Days.Of(period.End));
        sql.Append(RegionScope.And(regions));
        if (grouped.Count > 0)
        {
            sql.Append(" GROUP BY ").Append(string.Join(", ", grouped));
        }

        command.CommandText = sql.Append(';').ToString();
        await using var reader = SqliteWspStore.Run(command.ExecuteReader, "read placement starts");
        var partners = new Dictionary<string, BookingPartner>(StringComparer.Ordinal);
        var strings = new Dictionary<string, string>(StringComparer.Ordinal);
        while (SqliteWspStore.Run(reader.Read, "read placement starts"))
        {
            cancellationToken.ThrowIfCancellationRequested();

            // No row at all: an aggregate without GROUP BY still answers one row, of nulls and a zero count.
            if (reader.GetInt32(7) == 0)
            {
                continue;
            }

            var key = new PlacementStartsKey(
                RegionCode.FromNumber(reader.GetInt32(0)),
                LedgerRows.Intern(strings, reader.GetString(1)),
                Partner(partners, reader.GetString(2)),
                reader.IsDBNull(3) ? null : LedgerRows.Intern(strings, reader.GetString(3)),
                PlacementRows.GroupsOf(reader.GetInt32(4)),
                (EmployerKind)reader.GetInt32(5));
            // The cell key is the sum of the placements' record keys modulo 2^32 (SQLite sums them in 64 bits).
            yield return new PlacementStartsCell(key, Days.ToDate(reader.GetInt32(6)), reader.GetInt32(7), unchecked((uint)reader.GetInt64(8)));
        }
    }

    public async IAsyncEnumerable<JobAgreementLedgerEntry> ReadJobAgreementLedgerChangesAsync(DateInterval period, IReadOnlyCollection<RegionCode>? regions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(period);
        await EnsureLedgersAsync(cancellationToken).ConfigureAwait(false);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var first = Days.Of(period.Start);
        var last = Days.Of(period.End);

        // One snapshot (WAL) for the imported ledger and the booked placements.
        using var transaction = connection.BeginTransaction(deferred: true);
        var entries = SqliteWspStore.Run(() => LedgerRows.ReadChanges(connection, transaction, first, last, regions), "read the job-agreement ledger");
        var booked = ReadBooked(connection, transaction, last, regions);
        foreach (var entry in entries.Concat(booked.Entries().Where(e => period.Contains(e.Date))))
        {
            yield return entry;
        }
    }

    /// <summary>
    /// The ledger of the placements booked on vacancies (few, at the pace of people; they have no ledger rows): every one
    /// that started by <paramref name="lastDay"/>, since a booked placement's end delta falls the day after its end. The
    /// caller keeps the entries dated in what it reads.
    /// </summary>
    private static JobAgreementLedger ReadBooked(Microsoft.Data.Sqlite.SqliteConnection connection, Microsoft.Data.Sqlite.SqliteTransaction transaction, int lastDay, IReadOnlyCollection<RegionCode>? regions)
    {
        var booked = new JobAgreementLedger();
        var partners = new Dictionary<string, BookingPartner>(StringComparer.Ordinal);
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"SELECT {PlacementRows.Columns} FROM placements WHERE import_seq IS NULL AND start_day <= $day{RegionScope.And(regions)};";
        command.Parameters.AddWithValue("$day", lastDay);
        using var reader = SqliteWspStore.Run(command.ExecuteReader, "read booked placements");
        while (SqliteWspStore.Run(reader.Read, "read booked placements"))
        {
            booked.Add(PlacementRows.Read(reader, partners));
        }

        return booked;
    }

    public async IAsyncEnumerable<JobAgreementPlacement> ReadJobAgreementPlacementsAsync(LocalDate measuringDate, IReadOnlyCollection<RegionCode>? regions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);

        // The rule's filter in SQL (banenafspraak bit, active on the date, the regions), and only the columns a
        // job-agreement figure needs: no placement is built and no id read; the candidate names the working person (H3).
        var sql = new System.Text.StringBuilder($"SELECT {JobAgreementPlacementRows.Columns} FROM placements WHERE (target_groups & ")
            .Append(1 << (int)TargetGroups.TargetGroup.Banenafspraak)
            .Append(") != 0 AND start_day <= ?1 AND (end_day IS NULL OR end_day >= ?1)")
            .Append(RegionScope.And(regions));

        using var rows = SqliteWspStore.Run(() => new JobAgreementPlacementRows(connection, sql.Append(';').ToString(), Days.Of(measuringDate)), "read job-agreement placements");
        foreach (var row in rows.All("read job-agreement placements", cancellationToken))
        {
            yield return row;
        }
    }

    public async IAsyncEnumerable<PlacementStart> ReadStartedPlacementsAsync(DateInterval period, IReadOnlyCollection<RegionCode>? regions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(period);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);

        // The period and the regions in SQL, and only the columns a flow by employer needs.
        var sql = $"SELECT {PlacementStartRows.Columns} FROM placements WHERE start_day BETWEEN ?1 AND ?2{RegionScope.And(regions)};";

        using var rows = SqliteWspStore.Run(() => new PlacementStartRows(connection, sql, Days.Of(period.Start), Days.Of(period.End)), "read started placements");
        foreach (var row in rows.All("read started placements", cancellationToken))
        {
            yield return row;
        }
    }

    private static BookingPartner Partner(Dictionary<string, BookingPartner> partners, string text)
    {
        if (!partners.TryGetValue(text, out var partner))
        {
            partner = BookingPartner.Parse(text);
            partners.Add(text, partner);
        }

        return partner;
    }

    /// <summary>Writes the ledger of every import stored before the ledger existed (schema version 1), once.</summary>
    private async Task EnsureLedgersAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        using (var check = connection.CreateCommand())
        {
            check.CommandText = "SELECT EXISTS (SELECT 1 FROM imports WHERE ledger = 0);";
            if (Convert.ToInt64(SqliteWspStore.Run(check.ExecuteScalar, "read imports"), System.Globalization.CultureInfo.InvariantCulture) == 0)
            {
                return;
            }
        }

        SqliteWspStore.Run(
            () =>
            {
                using var transaction = connection.BeginTransaction();
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "SELECT seq FROM imports WHERE ledger = 0;";
                var seqs = new List<long>();
                using (var reader = command.ExecuteReader())
                {
                    while (reader.Read())
                    {
                        seqs.Add(reader.GetInt64(0));
                    }
                }

                var partners = new Dictionary<string, BookingPartner>(StringComparer.Ordinal);
                foreach (var seq in seqs)
                {
                    var ledger = new JobAgreementLedger();
                    command.CommandText = $"SELECT {PlacementRows.Columns} FROM placements WHERE rowid BETWEEN (SELECT first_rowid FROM imports WHERE seq = $seq) AND (SELECT last_rowid FROM imports WHERE seq = $seq) AND import_seq = $seq;";
                    command.Parameters.Clear();
                    command.Parameters.AddWithValue("$seq", seq);
                    using (var reader = command.ExecuteReader())
                    {
                        while (reader.Read())
                        {
                            ledger.Add(PlacementRows.Read(reader, partners));
                        }
                    }

                    using (var ledgerRows = new LedgerRows(connection, transaction))
                    {
                        ledgerRows.Insert(seq, ledger.Entries());
                    }

                    command.CommandText = "UPDATE imports SET ledger = 1 WHERE seq = $seq;";
                    command.ExecuteNonQuery();
                }

                transaction.Commit();
            },
            "write the job-agreement ledger of earlier imports");
    }

}
