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
/// are turned into ledger entries by the SDK when read. The placement starts are grouped from the period's rows of the
/// imported placements' chunks (<see cref="PlacementChunks"/>, written in the import's transaction too) and the booked
/// placements of the period: a period's figure reads that period's rows, not every row of every year.
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

        // Grouped by the dimensions asked only (and by employer when asked), summed over the rest and over the dates: a
        // count over years is a few hundred cells instead of one per placement. A cell carries its first placement's
        // values of the dimensions not grouped, and its last start day. The chunks come grouped and are handed out as
        // they are; the booked placements (few) are grouped apart: a cell may come twice, and counting adds them up.
        var byEmployer = (by & PlacementDimensions.Employer) != 0;
        var (first, last) = (Days.Of(period.Start), Days.Of(period.End));
        using var transaction = connection.BeginTransaction(deferred: true);

        // The imported placements from their chunks, the booked ones from the table, in one snapshot (WAL).
        foreach (var (key, employer, lastDay, count, keySum) in PlacementChunks.CountStarts(connection, transaction, first, last, regions, by, new PlacementColumns()))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new PlacementStartsCell(key, Days.ToDate(lastDay), count, keySum) { Employer = employer };
        }

        var booked = new Dictionary<(PlacementStartsKey Key, KvkNumber? Employer), (PlacementStartsKey Shown, int LastDay, int Count, uint KeySum)>();
        using (var rows = SqliteWspStore.Run(() => new PlacementStartRows(connection, BookedSql(PlacementStartRows.Columns, regions), first, last), "read placement starts"))
        {
            foreach (var start in rows.All("read placement starts", cancellationToken))
            {
                var day = Days.Of(start.Start);
                ref var cell = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(booked, (Grouped(start.Key, by), byEmployer ? start.Employer : null), out var exists);
                cell = exists
                    ? (cell.Shown, Math.Max(cell.LastDay, day), cell.Count + 1, unchecked(cell.KeySum + start.RecordKey))
                    : (start.Key, day, 1, start.RecordKey);
            }
        }

        foreach (var ((_, employer), cell) in booked)
        {
            yield return new PlacementStartsCell(cell.Shown, Days.ToDate(cell.LastDay), cell.Count, cell.KeySum) { Employer = employer };
        }
    }

    /// <summary>A cell's key with the dimensions not grouped by emptied: the cells that differ only in those are summed.</summary>
    private static PlacementStartsKey Grouped(PlacementStartsKey key, PlacementDimensions by) => new(
        (by & PlacementDimensions.Region) != 0 ? key.Region : default,
        (by & PlacementDimensions.Sector) != 0 ? key.SectorCode : "",
        (by & PlacementDimensions.Partner) != 0 ? key.BookingPartner : default,
        (by & PlacementDimensions.Arrangement) != 0 ? key.ArrangementId : null,
        (by & PlacementDimensions.TargetGroup) != 0 ? key.TargetGroups : default,
        default);

    /// <summary>
    /// The placements booked on vacancies that started in a period (<c>?1</c> to <c>?2</c>): the only ones without
    /// chunks, found by their partial index on the start day (migration 11), which no imported row enters.
    /// </summary>
    private static string BookedSql(string columns, IReadOnlyCollection<RegionCode>? regions) =>
        $"SELECT {columns} FROM placements WHERE import_seq IS NULL AND start_day BETWEEN ?1 AND ?2{RegionScope.And(regions)};";

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
        var day = Days.Of(measuringDate);

        // The imported placements from their chunks, the booked ones from the table (the rule's filter in SQL, only the
        // columns a job-agreement figure needs), in one snapshot (WAL). No placement is built and no id read; the
        // candidate names the working person (H3).
        using var transaction = connection.BeginTransaction(deferred: true);
        var rows = 0;
        foreach (var placement in PlacementChunks.ReadJobAgreement(connection, transaction, day, regions, new PlacementColumns()))
        {
            if ((++rows & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return placement;
        }

        var sql = new System.Text.StringBuilder($"SELECT {JobAgreementPlacementRows.Columns} FROM placements WHERE import_seq IS NULL AND (target_groups & ")
            .Append(1 << (int)TargetGroups.TargetGroup.Banenafspraak)
            .Append(") != 0 AND start_day <= ?1 AND (end_day IS NULL OR end_day >= ?1)")
            .Append(RegionScope.And(regions));
        using var booked = SqliteWspStore.Run(() => new JobAgreementPlacementRows(connection, sql.Append(';').ToString(), day), "read job-agreement placements");
        foreach (var row in booked.All("read job-agreement placements", cancellationToken))
        {
            yield return row;
        }
    }

    public IAsyncEnumerable<PlacementStart> ReadStartedPlacementsAsync(DateInterval period, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default) =>
        ReadStartedInAsync(
            period,
            regions,
            row => new PlacementStart(row.Key, row.Start, row.Employer, row.RecordKey),
            (connection, first, last) => new PlacementStartRows(connection, BookedSql(PlacementStartRows.Columns, regions), first, last),
            "read started placements",
            cancellationToken);

    /// <summary>
    /// The placements that started in a period, as <typeparamref name="T"/>: the imported ones from the period's rows of
    /// each chunk, the booked ones from the placements table by <paramref name="booked"/>, in one snapshot (WAL).
    /// </summary>
    private async IAsyncEnumerable<T> ReadStartedInAsync<T>(DateInterval period, IReadOnlyCollection<RegionCode>? regions, Func<PlacementChunkRow, T> imported, Func<Microsoft.Data.Sqlite.SqliteConnection, int, int, SteppedRows<T>> booked, string what, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(period);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (first, last) = (Days.Of(period.Start), Days.Of(period.End));
        using var transaction = connection.BeginTransaction(deferred: true);
        var rows = 0;
        foreach (var row in PlacementChunks.Read(connection, transaction, first, last, regions, new PlacementColumns()))
        {
            if ((++rows & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return imported(row);
        }

        using var bookedRows = SqliteWspStore.Run(() => booked(connection, first, last), what);
        foreach (var item in bookedRows.All(what, cancellationToken))
        {
            yield return item;
        }
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
