using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The placements' spans on SQLite (<see cref="IPlacementSpans"/>): only the columns placement-durability/1 needs, of
/// the placements that started in the period: the imported ones from their chunks (<see cref="PlacementChunks"/>), the
/// booked ones stepped row by row (<see cref="PlacementSpanRows"/>). No placement is built, no candidate or id is read.
/// </summary>
internal sealed partial class SqlitePlacementStore : IPlacementSpans
{
    public IAsyncEnumerable<PlacementSpan> ReadPlacementSpansAsync(DateInterval period, IReadOnlyCollection<RegionCode>? regions = null, CancellationToken cancellationToken = default) =>
        ReadStartedInAsync(
            period,
            regions,
            row => new PlacementSpan(row.Key, row.Start, row.End, row.RecordKey),
            (connection, first, last) => new PlacementSpanRows(connection, BookedSql(PlacementSpanRows.Columns, regions), first, last),
            "read placement spans",
            cancellationToken);
}
