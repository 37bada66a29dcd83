namespace Wsp.Sdk.Disclosure;

/// <summary>
/// A figure after small-count suppression (onderdrukking kleine aantallen; DESIGN.md, Security model: the ministry
/// never sees a small count): its groups with their counts published or withheld, and the table's row totals, column
/// totals and grand total, each published or withheld by the same <see cref="SmallCountSuppression"/>. Made by
/// <see cref="SuppressedFigures"/>, which maps each figure's groups onto rows and columns.
/// </summary>
/// <typeparam name="TGroup">The figure's group type.</typeparam>
/// <remarks>
/// A row, column or total the suppression did not return holds only zero cells: it is published as 0 (zero points at no
/// one). This type is immutable and thread-safe.
/// </remarks>
public sealed class SuppressedFigure<TGroup>
    where TGroup : class
{
    private readonly SuppressedTable _table;
    private IReadOnlyList<SuppressedEntry>? _entries;

    /// <summary>Initializes the figure: <paramref name="groups"/>[i] is cell i of <paramref name="table"/>.</summary>
    internal SuppressedFigure(int threshold, IReadOnlyList<TGroup> groups, SuppressedTable table)
    {
        Threshold = threshold;
        _table = table;
        Groups = new SuppressedGroups(groups, table);
        Total = table.Total;
    }

    /// <summary>Gets the threshold applied: counts above zero and below it are withheld (1: nothing is).</summary>
    public int Threshold { get; }

    /// <summary>Gets the figure's groups in the figure's order, each with its count published or withheld.</summary>
    /// <remarks>A group's record is made when it is read: a national figure by employer has some 200,000 groups, of which the gateway answers a page.</remarks>
    public IReadOnlyList<SuppressedGroup<TGroup>> Groups { get; }

    /// <summary>
    /// Gets every entry as <see cref="SmallCountSuppression.Apply"/> returns them: the non-zero cells ordered by row, then
    /// column (ordinal), then the row totals, the column totals and the grand total.
    /// </summary>
    /// <remarks>Listed on first use (the gateway answers the ministry from the groups and totals, never the list).</remarks>
    public IReadOnlyList<SuppressedEntry> Entries => LazyInitializer.EnsureInitialized(ref _entries, _table.Entries);

    /// <summary>Gets the grand total, published or withheld.</summary>
    public SuppressedEntry Total { get; }

    /// <summary>Returns a row's total.</summary>
    /// <param name="row">The row's label, as in <see cref="SuppressedGroup{TGroup}.Row"/>.</param>
    /// <returns>The row total, published or withheld; 0 and published for a row without counts.</returns>
    public SuppressedEntry RowTotal(string row) => _table.RowTotal(Preconditions.CheckNotNull(row));

    /// <summary>Returns a column's total.</summary>
    /// <param name="column">The column's label, as in <see cref="SuppressedGroup{TGroup}.Column"/>.</param>
    /// <returns>The column total, published or withheld; 0 and published for a column without counts.</returns>
    public SuppressedEntry ColumnTotal(string column) => _table.ColumnTotal(Preconditions.CheckNotNull(column));

    private sealed class SuppressedGroups(IReadOnlyList<TGroup> groups, SuppressedTable table) : IReadOnlyList<SuppressedGroup<TGroup>>
    {
        public int Count => groups.Count;

        public SuppressedGroup<TGroup> this[int index]
        {
            get
            {
                var (count, measure, kind) = table.CellOf(index);
                return new SuppressedGroup<TGroup>(groups[index], table.RowOf(index), table.ColumnOf(index), count, measure, kind);
            }
        }

        public IEnumerator<SuppressedGroup<TGroup>> GetEnumerator()
        {
            for (var i = 0; i < groups.Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
