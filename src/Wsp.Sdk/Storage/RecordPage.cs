namespace Wsp.Sdk.Storage;

/// <summary>One page of a list of records read by position (een pagina): at most the size asked, and whether more follow.</summary>
/// <typeparam name="T">The record type, for example <see cref="VacancySummary"/>.</typeparam>
/// <param name="Items">The page's records, in the list's order.</param>
/// <param name="HasMore">Whether records follow the page.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RecordPage<T>(IReadOnlyList<T> Items, bool HasMore);
