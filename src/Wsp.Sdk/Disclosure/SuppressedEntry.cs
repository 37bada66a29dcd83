namespace Wsp.Sdk.Disclosure;

/// <summary>
/// One entry of a table after small-count suppression: a cell, a row total (<see cref="Column"/> null), a column total
/// (<see cref="Row"/> null) or the grand total (both null). A suppressed entry keeps its place, marked, with its
/// values withheld.
/// </summary>
/// <param name="Row">The row's label, or null for a column total or the grand total.</param>
/// <param name="Column">The column's label, or null for a row total or the grand total.</param>
/// <param name="Count">The count, or null when suppressed.</param>
/// <param name="Measure">The measure, or null when suppressed.</param>
/// <param name="Suppression">Whether and why the entry is suppressed.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SuppressedEntry(string? Row, string? Column, int? Count, decimal? Measure, SuppressionKind Suppression)
{
    /// <summary>Gets a value indicating whether the values are withheld.</summary>
    public bool IsSuppressed => Suppression != SuppressionKind.None;
}
