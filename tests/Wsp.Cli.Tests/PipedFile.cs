using System.Diagnostics;

namespace Wsp.Cli.Tests;

/// <summary>
/// A file whose bytes a test hands to a reading process through named pipes (Linux <c>mkfifo</c>), so the test, not
/// the clock, decides when a read ends. The file is a symbolic link; each <see cref="NextPipe"/> moves it (one atomic
/// rename) to a new pipe, so a process that opens the file twice, as the tool does (its SHA-256 import id, then the
/// rows), reads each pass from a pipe of its own once the link was moved before the previous pass's end was written.
/// </summary>
internal sealed class PipedFile(string directory, string name) : IDisposable
{
    private readonly List<Pipe> _pipes = [];

    /// <summary>Gets the path the reading process is given.</summary>
    public string Path { get; } = System.IO.Path.Combine(directory, name);

    /// <summary>Points the file at a new, empty pipe: the next open of <see cref="Path"/> reads from it.</summary>
    /// <returns>The pipe, to open for writing once the reader is started.</returns>
    public Pipe NextPipe()
    {
        var pipe = new Pipe(System.IO.Path.Combine(directory, $"{name}.pipe{_pipes.Count + 1}"));
        _pipes.Add(pipe);
        var link = pipe.Path + ".link";
        File.CreateSymbolicLink(link, pipe.Path);
        File.Move(link, Path, overwrite: true);
        return pipe;
    }

    public void Dispose()
    {
        foreach (var pipe in _pipes)
        {
            pipe.Dispose();
        }
    }

    /// <summary>One named pipe behind the file.</summary>
    internal sealed class Pipe : IDisposable
    {
        private Task<FileStream>? _writer;

        public Pipe(string path)
        {
            Path = path;
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
            mkfifo.WaitForExit();
            Assert.True(mkfifo.ExitCode == 0, $"mkfifo {path} failed with exit code {mkfifo.ExitCode}.");
        }

        public string Path { get; }

        /// <summary>Opens the pipe for writing, which waits until <paramref name="reader"/> opens it for reading.</summary>
        /// <returns>
        /// The writing end, which the pipe disposes with itself: the reader sees the end of the file when it is disposed,
        /// and not before.
        /// </returns>
        public async Task<Stream> OpenWhenReadAsync(Process reader)
        {
            // Opening a pipe blocks its thread until the other end is opened: a thread of its own, not the pool's.
            _writer = Task.Factory.StartNew(
                () => new FileStream(Path, FileMode.Open, FileAccess.Write, FileShare.Read, bufferSize: 0),
                CancellationToken.None,
                TaskCreationOptions.LongRunning,
                TaskScheduler.Default);
            var first = await Task.WhenAny(_writer, reader.WaitForExitAsync());
            Assert.True(first == _writer, $"The process ended (exit code {(reader.HasExited ? reader.ExitCode : -1)}) before it opened {Path}.");
            return await _writer;
        }

        public void Dispose()
        {
            if (_writer is { IsCompleted: false })
            {
                // Nobody opened the pipe to read: open it here, so the thread waiting to write is released.
                using var release = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 0);
                _writer.Wait();
            }

            if (_writer is { IsCompletedSuccessfully: true })
            {
                _writer.Result.Dispose();
            }
        }
    }
}
