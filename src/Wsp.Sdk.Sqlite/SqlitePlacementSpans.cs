using System.Runtime.CompilerServices;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The placements' spans on SQLite (<see cref="IPlacementSpans"/>): the period and the regions in SQL, and only the
/// columns placement-durability/1 needs, stepped row by row (<see cref="PlacementSpanRows"/>): no placement is built, no
/// candidate, id or employer is read. Imported and booked placements are rows of the same table.
/// </summary>
internal sealed partial class SqlitePlacementStore : IPlacementSpans
{
    public async IAsyncEnumerable<PlacementSpan> ReadPlacementSpansAsync(DateInterval period, IReadOnlyCollection<RegionCode>? regions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(period);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);
        var (first, last) = (Days.Of(period.Start), Days.Of(period.End));

        // The period's rows of each chunk and the booked placements of the period, in one snapshot (WAL).
        using var transaction = connection.BeginTransaction(deferred: true);
        var rows = 0;
        foreach (var row in PlacementChunks.Read(connection, transaction, first, last, regions, new PlacementColumns()))
        {
            if ((++rows & 0xFFFF) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            yield return new PlacementSpan(row.Key, row.Start, row.End, row.RecordKey);
        }

        using var booked = SqliteWspStore.Run(() => new PlacementSpanRows(connection, BookedSql(PlacementSpanRows.Columns, regions), first, last), "read placement spans");
        foreach (var span in booked.All("read placement spans", cancellationToken))
        {
            yield return span;
        }
    }
}
