using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Spectre.Console;
using Wsp.Sdk;
using Wsp.Sdk.Interchange;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Import;

/// <summary>
/// <c>wsp import placements FILE</c>: reads a Placements CSV v1 file with CsvHelper and hands its records to
/// <see cref="WspClient.ImportPlacementsAsync"/>, which checks every row and has the store write the placements only when
/// the whole file is good; this command shows the progress, prints the outcome and writes the report. The tool acts as
/// the store's operator (<see cref="PartnerIdentity.Operator"/>).
/// </summary>
internal sealed class PlacementImport(CliConsole console, IWspStore store, RequestCharges charges)
{
    public async Task<int> RunAsync(string file, string? reportPath, CancellationToken cancellationToken)
    {
        var path = console.PathOf(file);
        if (!File.Exists(path))
        {
            console.Fail($"wsp: no such file: {file}");
            return ExitCodes.Usage;
        }

        var importId = await ImportIdAsync(path, cancellationToken).ConfigureAwait(false);
        var progress = new Progress(new FileInfo(path).Length);
        var client = new WspClient(store, PartnerIdentity.Operator);
        var clock = Stopwatch.StartNew();
        PlacementImportOutcome outcome;
        try
        {
            outcome = await WithProgressAsync(progress, () => client.ImportPlacementsAsync(importId, RowsAsync(path, progress), cancellationToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            console.Fail($"Interrupted: nothing from {file} was written.");
            return ExitCodes.Refused;
        }

        var seconds = clock.Elapsed.TotalSeconds;
        if (reportPath is not null)
        {
            await ImportReport.WriteAsync(console.PathOf(reportPath), file, outcome, cancellationToken).ConfigureAwait(false);
        }

        switch (outcome.Status)
        {
            case PlacementImportStatus.Refused:
                console.Output.WriteLine($"Refused: {file} has {outcome.BadRows:N0} bad row(s) of {outcome.Rows:N0}; nothing was written.");
                foreach (var error in outcome.Errors)
                {
                    console.Output.WriteLine(error.ToString());
                }

                return ExitCodes.Refused;
            case PlacementImportStatus.AlreadyImported:
                console.Output.WriteLine($"{file} was imported before (import id {importId}): nothing written.");
                return ExitCodes.Ok;
            default:
                console.Output.WriteLine($"Imported {outcome.PlacementsWritten:N0} placements from {file} as one unit in {seconds:0.0} s ({outcome.PlacementsWritten / Math.Max(seconds, 0.001):N0} rows/s); import id {importId}.");
                if (charges.Total > 0)
                {
                    console.Output.WriteLine($"Cosmos DB request units consumed: {charges.Total:N1} RU.");
                }

                return ExitCodes.Ok;
        }
    }

    /// <summary>The import's id: the SHA-256 of the file, so importing the same file again is recognised.</summary>
    internal static async Task<string> ImportIdAsync(string path, CancellationToken cancellationToken)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        var hash = await SHA256.HashDataAsync(stream, cancellationToken).ConfigureAwait(false);
        return "sha256:" + Convert.ToHexStringLower(hash);
    }

    /// <summary>The file's records, read from the start each time they are enumerated (the client reads them again to name repeated ids).</summary>
    private static async IAsyncEnumerable<CsvRecord> RowsAsync(string path, Progress progress, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var rows = new CsvRows(path);
        progress.Restart();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false) is { } row)
        {
            if ((progress.Increment() & 1023) == 0)
            {
                progress.BytesRead = rows.BytesRead;
            }

            yield return row;
        }

        progress.BytesRead = rows.BytesRead;
    }

    private async Task<T> WithProgressAsync<T>(Progress state, Func<Task<T>> work)
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

    /// <summary>How far the reading is, for the progress display: the reading thread writes, the display reads.</summary>
    private sealed class Progress(long length)
    {
        private long _rows;
        private long _bytesRead;

        public long Length { get; } = length;

        public long Rows => Interlocked.Read(ref _rows);

        public long BytesRead { get => Interlocked.Read(ref _bytesRead); set => Interlocked.Exchange(ref _bytesRead, value); }

        public long Increment() => Interlocked.Increment(ref _rows);

        public void Restart()
        {
            Interlocked.Exchange(ref _rows, 0);
            Interlocked.Exchange(ref _bytesRead, 0);
        }
    }
}
