namespace Wsp.Sdk.Storage;

/// <summary>A figure input (an ambition table, a target, a baseline) with the import it came from (its version and source).</summary>
/// <typeparam name="T">The input.</typeparam>
/// <param name="Value">The input.</param>
/// <param name="Import">The import it came from; version 0 for the SDK's own example data.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Imported<T>(T Value, FigureInputImport Import)
    where T : class;
