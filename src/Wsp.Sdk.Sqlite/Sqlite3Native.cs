using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// The few SQLite calls an import makes per row, called on the same native library SQLitePCL loaded (<c>e_sqlite3</c>)
/// with the statement's raw pointer: SQLitePCL's own calls take the statement as a <see cref="SafeHandle"/> and add and
/// release a reference on every bind, which at fifteen binds a row cost as much as SQLite's insert itself. The binds
/// skip the GC transition: each only copies a value into the statement.
/// </summary>
/// <remarks>
/// Used only on statements prepared through SQLitePCL on an open connection, while the caller holds the statement's
/// handle (so it is neither finalized nor moved); errors are turned into <c>SqliteException</c> by the caller.
/// </remarks>
internal static unsafe partial class Sqlite3Native
{
    /// <summary>SQLite's <c>SQLITE_STATIC</c>: the bound bytes stay valid until the statement is stepped and reset.</summary>
    public const nint Static = 0;

    private const string Library = "e_sqlite3";

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int BindInt(nint statement, int index, int value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_int64")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int BindInt64(nint statement, int index, long value);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_null")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int BindNull(nint statement, int index);

    [LibraryImport(Library, EntryPoint = "sqlite3_bind_text")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int BindText(nint statement, int index, byte* utf8, int bytes, nint destructor);

    [LibraryImport(Library, EntryPoint = "sqlite3_step")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Step(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_reset")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Reset(nint statement);

    [LibraryImport(Library, EntryPoint = "sqlite3_changes")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int Changes(nint connection);

    [LibraryImport(Library, EntryPoint = "sqlite3_last_insert_rowid")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial long LastInsertRowid(nint connection);

    [LibraryImport(Library, EntryPoint = "sqlite3_db_mutex")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial nint DbMutex(nint connection);

    [LibraryImport(Library, EntryPoint = "sqlite3_mutex_enter")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void MutexEnter(nint mutex);

    [LibraryImport(Library, EntryPoint = "sqlite3_mutex_leave")]
    [SuppressGCTransition]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial void MutexLeave(nint mutex);

    [LibraryImport(Library, EntryPoint = "sqlite3_db_cacheflush")]
    [UnmanagedCallConv(CallConvs = [typeof(CallConvCdecl)])]
    public static partial int DbCacheFlush(nint connection);
}
