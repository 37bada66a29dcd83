using System.Threading.Channels;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Text;

namespace Wsp.Sdk.Interchange;

/// <summary>
/// One import of a Placements CSV v1 file, for <see cref="WspClient.ImportPlacementsAsync"/>: the rules are checked here
/// and the store only persists. One task parses and checks the rows (every row, so one run names every error) while the
/// store writes the good ones into an import that is committed only when the whole file is good.
/// </summary>
/// <remarks>
/// <para>
/// What each check reads: the arrangements once, for rule L2; and for unique ids, nothing in memory: the store's own
/// uniqueness finds every id that is taken while it writes (<see cref="IPlacementImport.WriteAsync"/> hands those rows
/// back unwritten), and only for those ids is the store asked whether it held them before
/// (<see cref="IPlacementStore.FindExistingIdsAsync"/>); the others are given twice in the file. So the memory an import
/// needs does not grow with the file, and a good file costs no look-up at all.
/// </para>
/// <para>
/// The rows are read once, and a second time, up to the last such line, only when the file gives an id twice: to name
/// the line it is first given on.
/// </para>
/// </remarks>
internal sealed class PlacementsCsvImport
{
    /// <summary>Placements per batch: what one id look-up asks and one write hands the store.</summary>
    private const int BatchSize = 2048;

    /// <summary>Batches parsed ahead of the store's writes: enough to keep both busy, few enough to bound the memory.</summary>
    private const int BatchesInFlight = 4;

    private readonly IWspStore _store;
    private readonly PlacementsCsvV1 _format;
    private readonly ArrangementExecution _arrangements;
    private readonly IPlacementImport _import;
    private readonly List<FieldError> _errors = [];
    private readonly List<(string Id, long Line)> _taken = [];
    private long _rows;

    private PlacementsCsvImport(IWspStore store, PlacementsCsvV1 format, ArrangementExecution arrangements, IPlacementImport import)
    {
        _store = store;
        _format = format;
        _arrangements = arrangements;
        _import = import;
    }

    public static async Task<PlacementImportOutcome> RunAsync(IWspStore store, PlacementsCsvV1 format, string importId, IAsyncEnumerable<CsvRecord> rows, CancellationToken cancellationToken)
    {
        var reader = rows.GetAsyncEnumerator(cancellationToken);
        await using (reader.ConfigureAwait(false))
        {
            // The header first: a file that is not Placements CSV v1 is refused before anything else is read or begun.
            if (!await reader.MoveNextAsync().ConfigureAwait(false))
            {
                return PlacementImportOutcome.Refused(importId, 0, [new FieldError(1, "", null, "The file is empty: expected the Placements CSV v1 header.")]);
            }

            var header = PlacementsCsvV1.CheckHeader(reader.Current.Fields);
            if (header.Count > 0)
            {
                return PlacementImportOutcome.Refused(importId, 0, header);
            }

            // Rule L2 for rows that name an arrangement: the arrangements (a few hundred at most) are read once, not per row.
            var arrangements = ArrangementExecution.Of(await store.Arrangements.ListAsync(ArrangementFilter.All, cancellationToken).ConfigureAwait(false));
            var import = await store.Placements.BeginImportAsync(importId, cancellationToken).ConfigureAwait(false);
            if (import is null)
            {
                return PlacementImportOutcome.AlreadyImported(importId);
            }

            var run = new PlacementsCsvImport(store, format, arrangements, import);
            // Disposed uncommitted (refused, failed or cancelled), the import leaves nothing written.
            await using (import.ConfigureAwait(false))
            {
                await run.ReadAndWriteAsync(reader, cancellationToken).ConfigureAwait(false);
                if (run._errors.Count == 0 && run._taken.Count == 0)
                {
                    return PlacementImportOutcome.Imported(await import.CommitAsync(cancellationToken).ConfigureAwait(false), run._rows);
                }
            }

            if (run._taken.Count > 0)
            {
                // After the import is gone, so the store answers for what was stored before it.
                await run.NameTakenIdsAsync(rows, cancellationToken).ConfigureAwait(false);
            }

            return PlacementImportOutcome.Refused(importId, run._rows, run._errors);
        }
    }

    /// <summary>Parses and checks every row on one task while the store writes the good ones on this one.</summary>
    private async Task ReadAndWriteAsync(IAsyncEnumerator<CsvRecord> reader, CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<Batch>(new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(reader, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            await foreach (var batch in channel.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                // Written whether or not the file has bad rows already: the store's uniqueness finds ids given twice in
                // the rest of the file too. A refused import is never committed.
                var taken = await _import.WriteAsync(batch.Placements, cancellationToken).ConfigureAwait(false);
                if (taken.Count > 0)
                {
                    _taken.AddRange(batch.LinesOf(taken));
                }
            }

            await producer.ConfigureAwait(false);
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Task.WhenAny(producer).ConfigureAwait(false);
            throw;
        }
    }

    private async Task ProduceAsync(IAsyncEnumerator<CsvRecord> reader, ChannelWriter<Batch> writer, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new Batch();
            while (await reader.MoveNextAsync().ConfigureAwait(false))
            {
                var row = reader.Current;
                if ((++_rows & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                if (row.Malformed is { } malformed)
                {
                    _errors.Add(new FieldError(row.Line, "", null, malformed));
                    continue;
                }

                var parsed = _format.ParseRow(row.Fields, row.Line);
                if (!parsed.Success)
                {
                    _errors.AddRange(parsed.Errors);
                    continue;
                }

                if (PlacementsCsvV1.CheckArrangement(parsed.ValueOrDefault, row.Line, _arrangements) is { } notExecuted)
                {
                    _errors.Add(notExecuted);
                    continue;
                }

                batch.Add(parsed.ValueOrDefault, row.Line);
                if (batch.Count == BatchSize)
                {
                    await writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                    batch = new Batch();
                }
            }

            if (batch.Count > 0)
            {
                await writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
            throw;
        }
    }

    /// <summary>
    /// Names every row whose id the store found taken while it wrote: an id stored before (imported or booked), asked of
    /// the store for those ids only; or an id given more than once in the file, each line after the first (the rows are
    /// read again, up to the last such line, to find the first).
    /// </summary>
    private async Task NameTakenIdsAsync(IAsyncEnumerable<CsvRecord> rows, CancellationToken cancellationToken)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        foreach (var ids in _taken.Select(t => t.Id).Distinct(StringComparer.Ordinal).Chunk(BatchSize))
        {
            stored.UnionWith(await _store.Placements.FindExistingIdsAsync(ids, cancellationToken).ConfigureAwait(false));
        }

        var repeated = new Dictionary<string, List<long>>(StringComparer.Ordinal);
        foreach (var (id, line) in _taken)
        {
            if (stored.Contains(id))
            {
                _errors.Add(new FieldError(line, PlacementsCsvV1.Columns[0], id, "is in the store already (imported or booked before): ids are unique"));
            }
            else
            {
                repeated.TryAdd(id, []);
            }
        }

        if (repeated.Count == 0)
        {
            return;
        }

        var last = _taken.Max(t => t.Line);
        await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (row.Line > last)
            {
                break;
            }

            if (row.Line > 1 && row.Fields.Count > 0 && repeated.TryGetValue(row.Fields[0], out var lines))
            {
                lines.Add(row.Line);
            }
        }

        foreach (var (id, lines) in repeated)
        {
            // Each line after the first, whichever of them the store happened to write first.
            foreach (var line in lines.Skip(1))
            {
                _errors.Add(new FieldError(line, PlacementsCsvV1.Columns[0], id, $"is on line {lines[0]} already: ids are unique within a file"));
            }

            if (lines.Count == 1)
            {
                // Given once and not stored now: another writer held the id while this import ran.
                _errors.Add(new FieldError(lines[0], PlacementsCsvV1.Columns[0], id, "was taken by another write while this import ran: ids are unique; import the file again"));
            }
        }
    }

    /// <summary>Placements parsed and checked, with the line each came from.</summary>
    private sealed class Batch
    {
        public List<Placement> Placements { get; } = new(BatchSize);

        public List<long> Lines { get; } = new(BatchSize);

        public int Count => Placements.Count;

        public void Add(Placement placement, long line)
        {
            Placements.Add(placement);
            Lines.Add(line);
        }

        /// <summary>The id and line of each placement of this batch that the store handed back, in the batch's order.</summary>
        public IEnumerable<(string Id, long Line)> LinesOf(IReadOnlyList<Placement> taken)
        {
            var i = 0;
            foreach (var placement in taken)
            {
                while (i < Placements.Count && !ReferenceEquals(Placements[i], placement))
                {
                    i++;
                }

                if (i == Placements.Count)
                {
                    throw new InvalidOperationException($"The store handed back placement {placement.Id} out of order or not of this batch.");
                }

                yield return (placement.Id, Lines[i]);
            }
        }
    }
}
