using System.Diagnostics;
using System.Security.Cryptography;
using System.Threading.Channels;
using Spectre.Console;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Interchange;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Text;

namespace Wsp.Cli.Import;

/// <summary>
/// <c>wsp import placements FILE</c>: validates every row of a Placements CSV v1 file with the SDK while the store
/// writes the good ones in one transaction, and commits only when the whole file is good. One thread parses, the
/// store writes on another; a file with any bad row (or an interruption) leaves the store as it was.
/// </summary>
internal sealed class PlacementImport(CliConsole console, IWspStore store, RequestCharges charges)
{
    private const int BatchSize = 2048;

    public async Task<int> RunAsync(string file, string? reportPath, CancellationToken cancellationToken)
    {
        var path = console.PathOf(file);
        if (!File.Exists(path))
        {
            console.Fail($"wsp: no such file: {file}");
            return ExitCodes.Usage;
        }

        var importId = await ImportIdAsync(path, cancellationToken).ConfigureAwait(false);
        // Sized from the file (about 100 bytes a row) so the id table does not double, and briefly hold twice, as it grows.
        var state = new State(importId, (int)Math.Min(new FileInfo(path).Length / 100, 20_000_000));
        var clock = Stopwatch.StartNew();
        ImportResult? result = null;
        try
        {
            result = await WithProgressAsync(state, () => ImportAsync(path, state, cancellationToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Fail($"Interrupted: nothing from {file} was written.");
            return ExitCodes.Refused;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        if (reportPath is not null)
        {
            await ImportReport.WriteAsync(console.PathOf(reportPath), file, state, result, cancellationToken).ConfigureAwait(false);
        }

        if (state.Errors.Count > 0)
        {
            console.Output.WriteLine($"Refused: {file} has {state.BadRows:N0} bad row(s) of {state.Rows:N0}; nothing was written.");
            foreach (var error in state.Errors)
            {
                console.Output.WriteLine(error.ToString());
            }

            return ExitCodes.Refused;
        }

        if (result!.AlreadyImported)
        {
            console.Output.WriteLine($"{file} was imported before (import id {importId}): nothing written.");
            return ExitCodes.Ok;
        }

        console.Output.WriteLine($"Imported {result.Placements:N0} placements from {file} as one unit in {seconds:0.0} s ({result.Placements / Math.Max(seconds, 0.001):N0} rows/s); import id {importId}.");
        if (charges.Total > 0)
        {
            console.Output.WriteLine($"Cosmos DB request units consumed: {charges.Total:N1} RU.");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The import's id: the SHA-256 of the file, so importing the same file again is recognised.</summary>
    internal static async Task<string> ImportIdAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return "sha256:" + Convert.ToHexStringLower(hash);
    }

    private async Task<ImportResult?> ImportAsync(string path, State state, CancellationToken cancellationToken)
    {
        using var rows = new CsvRows(path);
        state.Length = rows.Length;
        if (!rows.Read(out var header))
        {
            state.Add(new FieldError(1, "", null, "The file is empty: expected the Placements CSV v1 header."));
            return null;
        }

        state.AddRange(PlacementsCsvV1.CheckHeader(header.Fields));
        if (state.Errors.Count > 0)
        {
            return null;
        }

        // Rule L2 for rows that name an arrangement: the arrangements (a few hundred at most) are read once, not per row.
        var arrangements = ArrangementExecution.Of(await store.Arrangements.ListAsync(ArrangementFilter.All, cancellationToken).ConfigureAwait(false));
        var channel = Channel.CreateBounded<Placement[]>(new BoundedChannelOptions(4) { SingleReader = true, SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var producer = Task.Run(() => ProduceAsync(rows, state, arrangements, channel.Writer, stop.Token), CancellationToken.None);
        try
        {
            var result = await store.Placements.ImportAsync(state.ImportId, FeedAsync(channel.Reader, producer, state, cancellationToken), cancellationToken).ConfigureAwait(false);
            if (result.AlreadyImported)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                await Drain(channel.Reader, producer).ConfigureAwait(false);
            }

            return result;
        }
        catch (RefusedException)
        {
            // The file is refused already; name the rows whose id the store holds too, so one run shows every reason.
            await AddIdsInTheStoreAsync(state, cancellationToken).ConfigureAwait(false);
            return null;
        }
        catch (StoreException e) when (e.Code == StoreErrorCode.AlreadyExists)
        {
            // Some id is in the store already: the transaction is gone. Validate the rest of the file, then name every such id.
            state.Sending = false;
            await Drain(channel.Reader, producer).ConfigureAwait(false);
            await AddIdsInTheStoreAsync(state, cancellationToken).ConfigureAwait(false);
            if (state.Errors.Count == 0)
            {
                throw;
            }

            return null;
        }
        catch
        {
            await stop.CancelAsync().ConfigureAwait(false);
            await Drain(channel.Reader, producer).ConfigureAwait(false);
            throw;
        }
    }

    private async Task AddIdsInTheStoreAsync(State state, CancellationToken cancellationToken)
    {
        var found = false;
        await foreach (var stored in store.Placements.StreamAsync(PlacementFilter.All, cancellationToken).ConfigureAwait(false))
        {
            if (state.IdLines.TryGetValue(IdFingerprint.Of(stored.Id), out var line))
            {
                state.Add(new FieldError(line, "placement_id", stored.Id, "is in the store already (imported or booked before): ids are unique"));
                found = true;
            }
        }

        if (found)
        {
            state.Errors.Sort((a, b) => a.Line.CompareTo(b.Line));
        }
    }

    private static async Task ProduceAsync(CsvRows rows, State state, ArrangementExecution arrangements, ChannelWriter<Placement[]> writer, CancellationToken cancellationToken)
    {
        try
        {
            var parser = PlacementsCsvV1.Default;
            var batch = new List<Placement>(BatchSize);
            while (rows.Read(out var record))
            {
                state.Rows++;
                if ((state.Rows & 1023) == 0)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    state.BytesRead = rows.BytesRead;
                }

                if (record.BadData is { } bad)
                {
                    state.Add(new FieldError(record.Line, "", null, bad));
                    continue;
                }

                var parsed = parser.ParseRow(record.Fields, record.Line);
                if (!parsed.Success)
                {
                    state.AddRange(parsed.Errors);
                    continue;
                }

                var placement = parsed.ValueOrDefault;
                if (!state.IdLines.TryAdd(IdFingerprint.Of(placement.Id), record.Line))
                {
                    state.Add(new FieldError(record.Line, "placement_id", placement.Id, $"is on line {state.IdLines[IdFingerprint.Of(placement.Id)]} already: ids are unique within a file"));
                    continue;
                }

                if (PlacementsCsvV1.CheckArrangement(placement, record.Line, arrangements) is { } notExecuted)
                {
                    state.Add(notExecuted);
                    continue;
                }

                if (state.Errors.Count == 0 && state.Sending)
                {
                    batch.Add(placement);
                    if (batch.Count == BatchSize)
                    {
                        await writer.WriteAsync([.. batch], cancellationToken).ConfigureAwait(false);
                        batch.Clear();
                    }
                }
            }

            state.BytesRead = rows.BytesRead;
            if (batch.Count > 0 && state.Errors.Count == 0 && state.Sending)
            {
                await writer.WriteAsync([.. batch], cancellationToken).ConfigureAwait(false);
            }

            writer.Complete();
        }
        catch (Exception e)
        {
            writer.Complete(e);
            throw;
        }
    }

    private static async IAsyncEnumerable<Placement> FeedAsync(ChannelReader<Placement[]> reader, Task producer, State state, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var batch in reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var placement in batch)
            {
                yield return placement;
            }
        }

        await producer.ConfigureAwait(false);
        if (state.Errors.Count > 0)
        {
            // Ends the store's transaction without a commit: nothing of a bad file is written.
            throw new RefusedException();
        }
    }

    private static async Task Drain(ChannelReader<Placement[]> reader, Task producer)
    {
        var draining = Task.Run(async () =>
        {
            try
            {
                await foreach (var unused in reader.ReadAllAsync().ConfigureAwait(false))
                {
                }
            }
            catch (Exception e) when (e is OperationCanceledException or ChannelClosedException)
            {
            }
        });
        try
        {
            await producer.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await draining.ConfigureAwait(false);
    }

    private async Task<T> WithProgressAsync<T>(State state, Func<Task<T>> work)
    {
        var clock = Stopwatch.StartNew();
        if (console.Interactive)
        {
            T result = default!;
            await console.Out.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
                .StartAsync(async context =>
                {
                    var task = context.AddTask("Reading", maxValue: 1);
                    var running = work();
                    while (!running.IsCompleted)
                    {
                        task.MaxValue = Math.Max(1, state.Length);
                        task.Value = state.BytesRead;
                        task.Description = $"{state.Rows:N0} rows, {state.Rows / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0} rows/s";
                        await Task.WhenAny(running, Task.Delay(200)).ConfigureAwait(false);
                    }

                    task.Value = task.MaxValue;
                    result = await running.ConfigureAwait(false);
                }).ConfigureAwait(false);
            return result;
        }

        var job = work();
        while (!job.IsCompleted)
        {
            await Task.WhenAny(job, Task.Delay(TimeSpan.FromSeconds(2))).ConfigureAwait(false);
            if (!job.IsCompleted)
            {
                console.Output.WriteLine($"… {state.Rows:N0} rows read ({state.Rows / Math.Max(clock.Elapsed.TotalSeconds, 0.001):N0} rows/s)");
            }
        }

        return await job.ConfigureAwait(false);
    }

    /// <summary>What the import found so far; the producer writes, the progress display reads.</summary>
    internal sealed class State(string importId, int expectedRows = 0)
    {
        private long _rows;
        private long _bytesRead;
        private long _lastBadLine;
        private volatile bool _sending = true;

        public string ImportId { get; } = importId;

        public List<FieldError> Errors { get; } = [];

        public long BadRows { get; private set; }

        /// <summary>Gets the line of every id read so far, by the id's fingerprint (the ids themselves would cost twice the memory).</summary>
        public Dictionary<UInt128, long> IdLines { get; } = new(expectedRows);

        public bool Sending { get => _sending; set => _sending = value; }

        public long Rows { get => Interlocked.Read(ref _rows); set => Interlocked.Exchange(ref _rows, value); }

        public long BytesRead { get => Interlocked.Read(ref _bytesRead); set => Interlocked.Exchange(ref _bytesRead, value); }

        public long Length { get; set; }

        public void Add(FieldError error)
        {
            if (error.Line != _lastBadLine)
            {
                BadRows++;
                _lastBadLine = error.Line;
            }

            Errors.Add(error);
        }

        public void AddRange(IEnumerable<FieldError> errors)
        {
            foreach (var error in errors)
            {
                Add(error);
            }
        }
    }

    private sealed class RefusedException : Exception
    {
        public RefusedException()
            : base("The file has bad rows; the import is refused.")
        {
        }
    }
}
