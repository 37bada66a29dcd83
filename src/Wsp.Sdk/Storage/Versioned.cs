namespace Wsp.Sdk.Storage;

/// <summary>
/// An aggregate as read from a store with the version (ETag) it was read at. Writing it back names that version, so a
/// write over a newer version fails with <see cref="StoreErrorCode.Conflict"/> instead of losing an update.
/// </summary>
/// <typeparam name="T">The aggregate.</typeparam>
/// <param name="Value">The aggregate.</param>
/// <param name="ETag">The version it was read at; opaque, store-specific.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Versioned<T>(T Value, string ETag)
    where T : class;
