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
        var sql = $"SELECT {PlacementSpanRows.Columns} FROM placements WHERE start_day BETWEEN ?1 AND ?2{RegionScope.And(regions)};";
        using var rows = SqliteWspStore.Run(() => new PlacementSpanRows(connection, sql, Days.Of(period.Start), Days.Of(period.End)), "read placement spans");
        foreach (var row in rows.All("read placement spans", cancellationToken))
        {
            yield return row;
        }
    }
}
