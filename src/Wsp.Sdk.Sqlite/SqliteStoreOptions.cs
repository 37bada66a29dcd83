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

    /// <summary>
    /// Gets the bytes of the file SQLite reads through a memory mapping (<c>PRAGMA mmap_size</c>) instead of a read system
    /// call per 4 KB page. Default <see cref="MaximumMemoryMapSize"/>, the most the bundled SQLite maps: a figure over
    /// millions of placements reads their chunks (blobs of a megabyte, hundreds of pages each), and at 10,000,000
    /// placements the read system calls were half the read of the national job-agreement stock (docs/performance.md).
    /// The mapped pages are the operating system's file cache, shared and reclaimable, so a process's resident size
    /// grows with the pages it has read. 0 turns the mapping off, as on a file system where mapping is unsafe (SQLite:
    /// an I/O error while reading a mapped page ends the process). An import reads without the mapping, so its memory
    /// stays flat in the file's size.
    /// </summary>
    public long MemoryMapSize { get; init; } = MaximumMemoryMapSize;

    /// <summary>Gets the most of a file the bundled SQLite maps (<c>SQLITE_MAX_MMAP_SIZE</c>, 0x7FFF0000 bytes): a larger <see cref="MemoryMapSize"/> maps this much, and the rest of the file is read with system calls.</summary>
    public static long MaximumMemoryMapSize => 0x7FFF0000;

    /// <summary>Gets how many placements an import writes per batch inside its one transaction. Default 10,000.</summary>
    public int ImportBatchSize { get; init; } = 10_000;
}
