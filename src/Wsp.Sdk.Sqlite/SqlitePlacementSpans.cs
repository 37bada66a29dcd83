using System.Runtime.CompilerServices;
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

    public async IAsyncEnumerable<PlacementSpanCell> ReadPlacementSpanCellsAsync(DurabilityClassifier classifier, PlacementDimensions by, IReadOnlyCollection<RegionCode>? regions = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(classifier);
        await using var connection = await _store.OpenAsync(cancellationToken).ConfigureAwait(false);

        // Grouped by the dimensions asked and the outcome only: ten years by four dimensions are a few thousand cells
        // instead of one span per placement. The chunks come grouped; the booked placements are added to their groups.
        var cells = new Dictionary<(PlacementStartsKey Key, DurabilityOutcome Outcome), (PlacementStartsKey Shown, int Count, uint KeySum)>();
        void Add(PlacementStartsKey key, DurabilityOutcome outcome, int count, uint keySum)
        {
            ref var cell = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(cells, (Grouped(key, by), outcome), out var exists);
            cell = exists ? (cell.Shown, cell.Count + count, unchecked(cell.KeySum + keySum)) : (key, count, keySum);
        }

        using (var transaction = connection.BeginTransaction(deferred: true))
        {
            // The imported placements from their chunks, the booked ones from the table, in one snapshot (WAL).
            foreach (var (key, outcome, count, keySum) in PlacementChunks.CountSpans(connection, transaction, classifier, regions, by, new PlacementColumns()))
            {
                cancellationToken.ThrowIfCancellationRequested();
                Add(key, outcome, count, keySum);
            }

            var (first, last) = (Days.Of(classifier.Period.Start), Days.Of(classifier.Period.End));
            using var booked = SqliteWspStore.Run(() => new PlacementSpanRows(connection, BookedSql(PlacementSpanRows.Columns, regions), first, last), "read placement spans");
            foreach (var span in booked.All("read placement spans", cancellationToken))
            {
                Add(span.Key, classifier.Classify(span.Start, span.End), 1, span.RecordKey);
            }
        }

        foreach (var cell in cells)
        {
            yield return new PlacementSpanCell(cell.Value.Shown, cell.Key.Outcome, cell.Value.Count, cell.Value.KeySum);
        }
    }
}
