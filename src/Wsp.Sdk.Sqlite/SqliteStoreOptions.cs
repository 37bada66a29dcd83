namespace Wsp.Sdk.Sqlite;

/// <summary>How the embedded store (ingebedde opslag) opens its SQLite file.</summary>
public sealed record SqliteStoreOptions
{
    /// <summary>Gets the path of the database file; created on first use. Default <c>wsp.db</c> in the working directory.</summary>
    public string Path { get; init; } = "wsp.db";

    /// <summary>
    /// Gets how long a connection waits for another writer (another thread or process) before it gives up. Default 30
    /// seconds; SQLite has one writer at a time, and a write here takes well under a millisecond.
    /// </summary>
    public TimeSpan BusyTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Gets a value indicating whether every commit is flushed to disk (<c>PRAGMA synchronous=FULL</c>). Default false
    /// (<c>NORMAL</c>): in WAL mode a commit then survives the process being killed and the file never corrupts, but
    /// the last commits before a power loss may be lost. Set true where that matters more than write throughput.
    /// </summary>
    public bool FlushEveryCommit { get; init; }

    /// <summary>Gets how many placements an import writes per batch inside its one transaction. Default 10,000.</summary>
    public int ImportBatchSize { get; init; } = 10_000;
}
