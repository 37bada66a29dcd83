namespace Wsp.Sdk.Storage;

/// <summary>One page of a query's results with the continuation token for the next page.</summary>
/// <typeparam name="T">The item type.</typeparam>
/// <param name="Items">The items of this page.</param>
/// <param name="ContinuationToken">Opaque token for the next page, or null when this is the last.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Page<T>(IReadOnlyList<T> Items, string? ContinuationToken);
