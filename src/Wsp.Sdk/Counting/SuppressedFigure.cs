namespace Wsp.Sdk.Counting;

/// <summary>
/// A figure after small-count suppression (onderdrukking kleine aantallen; DESIGN.md, Security model: the ministry
/// never sees a small count): its groups with their counts published or withheld, and the table's row totals, column
/// totals and grand total, each published or withheld by the same <see cref="SmallCountSuppression"/>. Made by
/// <c>Wsp.Sdk.ManagementInformation.SuppressedFigures</c>, which maps each figure's groups onto rows and columns.
/// </summary>
/// <typeparam name="TGroup">The figure's group type.</typeparam>
/// <remarks>
/// A row, column or total the suppression did not return holds only zero cells: it is published as 0 (zero points at no
/// one). This type is immutable and thread-safe.
/// </remarks>
public sealed class SuppressedFigure<TGroup>
    where TGroup : class
{
    private readonly Dictionary<(string? Row, string? Column), SuppressedEntry> _entries;

    internal SuppressedFigure(int threshold, IReadOnlyList<(TGroup Group, SuppressionCell Cell)> cells, IReadOnlyList<SuppressedEntry> entries)
    {
        Threshold = threshold;
        Entries = entries;
        _entries = new Dictionary<(string? Row, string? Column), SuppressedEntry>(entries.Count);
        foreach (var entry in entries)
        {
            _entries.Add((entry.Row, entry.Column), entry);
        }

        var groups = new SuppressedGroup<TGroup>[cells.Count];
        for (var i = 0; i < groups.Length; i++)
        {
            var (group, cell) = cells[i];
            var entry = _entries.TryGetValue((cell.Row, cell.Column), out var found) ? found : null;
            groups[i] = entry is null
                ? new SuppressedGroup<TGroup>(group, cell.Row, cell.Column, cell.Count, cell.Measure, SuppressionKind.None)
                : new SuppressedGroup<TGroup>(group, cell.Row, cell.Column, entry.Count, entry.Measure, entry.Suppression);
        }

        Groups = groups;
    }

    /// <summary>Gets the threshold applied: counts above zero and below it are withheld (1: nothing is).</summary>
    public int Threshold { get; }

    /// <summary>Gets the figure's groups in the figure's order, each with its count published or withheld.</summary>
    public IReadOnlyList<SuppressedGroup<TGroup>> Groups { get; }

    /// <summary>
    /// Gets every entry as <see cref="SmallCountSuppression.Apply"/> returns them: the non-zero cells ordered by row, then
    /// column (ordinal), then the row totals, the column totals and the grand total.
    /// </summary>
    public IReadOnlyList<SuppressedEntry> Entries { get; }

    /// <summary>Gets the grand total, published or withheld.</summary>
    public SuppressedEntry Total => Get(null, null);

    /// <summary>Returns a row's total.</summary>
    /// <param name="row">The row's label, as in <see cref="SuppressedGroup{TGroup}.Row"/>.</param>
    /// <returns>The row total, published or withheld; 0 and published for a row without counts.</returns>
    public SuppressedEntry RowTotal(string row) => Get(Preconditions.CheckNotNull(row), null);

    /// <summary>Returns a column's total.</summary>
    /// <param name="column">The column's label, as in <see cref="SuppressedGroup{TGroup}.Column"/>.</param>
    /// <returns>The column total, published or withheld; 0 and published for a column without counts.</returns>
    public SuppressedEntry ColumnTotal(string column) => Get(null, Preconditions.CheckNotNull(column));

    private SuppressedEntry Get(string? row, string? column) =>
        _entries.TryGetValue((row, column), out var entry) ? entry : new SuppressedEntry(row, column, 0, 0m, SuppressionKind.None);
}
