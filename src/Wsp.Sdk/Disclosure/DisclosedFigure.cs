using Wsp.Sdk.Counting;
namespace Wsp.Sdk.Disclosure;

/// <summary>
/// A figure as its reader may see it (een cijfer zoals de afnemer het mag zien): the counted result's definition,
/// period and group labels, and every count — each group's, each row and column total, the grand total — disclosed
/// for the reader by <see cref="FigureDisclosure"/>: exact for partners; for a reader of aggregates only (the ministry)
/// by the cell key method, each count perturbed by its cell's key, counts below the threshold withheld, and only the
/// groups whose counts are published listed. GraphQL, the dashboard and the extracts render this one object, so the
/// three agree and a new count field cannot forget the method.
/// </summary>
/// <typeparam name="TResult">The counted result, for example <see cref="Counting.PlacementFlowResult"/>.</typeparam>
/// <typeparam name="TGroup">The result's group type, for example <see cref="Counting.PlacementCount"/>.</typeparam>
/// <remarks>
/// Render counts from <see cref="Groups"/>, <see cref="Total"/>, <see cref="RowTotal"/> and <see cref="ColumnTotal"/> only:
/// <see cref="Result"/> and each <see cref="SuppressedGroup{TGroup}.Group"/> keep their exact counts for labels and
/// arithmetic inside the SDK. This type is immutable and thread-safe.
/// </remarks>
public sealed class DisclosedFigure<TResult, TGroup>
    where TResult : class
    where TGroup : class
{
    private readonly IReadOnlyList<TGroup> _groups;
    private readonly FigureTable _table;
    private ListedGroups? _listed;
    private IReadOnlyList<SuppressedEntry>? _entries;

    internal DisclosedFigure(TResult result, IReadOnlyList<TGroup> groups, FigureTable table, FigureDisclosure disclosure)
    {
        Result = result;
        _groups = groups;
        _table = table;
        Disclosure = disclosure;
    }

    /// <summary>Gets the counted result: its definition, period or date, dimensions and group labels.</summary>
    public TResult Result { get; }

    /// <summary>Gets the disclosure applied: its method and parameters, as the manifests and GraphQL state them.</summary>
    public FigureDisclosure Disclosure { get; }

    /// <summary>Gets the threshold applied: counts below it are withheld (1: the figure is exact).</summary>
    public int Threshold => Disclosure.Threshold;

    /// <summary>Gets whether any count can be withheld or perturbed (the reader reads aggregates only).</summary>
    public bool WithholdsCounts => Disclosure.WithholdsCounts;

    /// <summary>
    /// Gets the groups listed for the reader, in the result's order, each with its count disclosed: every group for a
    /// partner; for a reader of aggregates only the groups whose counts are published (a withheld group of a grid the
    /// figure fixes, such as an ambition table's cells, is listed with its count withheld).
    /// </summary>
    public IReadOnlyList<SuppressedGroup<TGroup>> Groups => LazyInitializer.EnsureInitialized(ref _listed, () => new ListedGroups(this));

    /// <summary>Gets the figure's total, disclosed: its units counted once each (a placement with two target groups, a person with two jobs).</summary>
    public SuppressedEntry Total => Entry(null, null, _table.Grand);

    /// <summary>
    /// Gets the entries listed for the reader: the listed groups' cells ordered by row, then column (ordinal), then the
    /// row totals, the column totals and the grand total, as the extracts write them. For a reader of aggregates only a
    /// withheld row or column total is left out unless the grid is fixed; the grand total is always there.
    /// </summary>
    public IReadOnlyList<SuppressedEntry> Entries => LazyInitializer.EnsureInitialized(ref _entries, ListEntries);

    /// <summary>Returns a row's total, disclosed.</summary>
    /// <param name="row">The row's label, as in <see cref="SuppressedGroup{TGroup}.Row"/>.</param>
    /// <returns>The row total; for a row without counts 0 for a partner, withheld for a reader of aggregates only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public SuppressedEntry RowTotal(string row) => Entry(Preconditions.CheckNotNull(row), null, _table.Rows.GetValueOrDefault(row));

    /// <summary>Returns a column's total, disclosed.</summary>
    /// <param name="column">The column's label, as in <see cref="SuppressedGroup{TGroup}.Column"/>.</param>
    /// <returns>The column total; for a column without counts 0 for a partner, withheld for a reader of aggregates only.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    public SuppressedEntry ColumnTotal(string column) => Entry(null, Preconditions.CheckNotNull(column), _table.Columns.GetValueOrDefault(column));

    /// <summary>Returns the listed groups of one row (an arrangement's regions, a project's partners), in the result's order.</summary>
    /// <param name="row">The row's label.</param>
    /// <returns>The listed groups whose row it is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public IReadOnlyList<SuppressedGroup<TGroup>> GroupsOfRow(string row)
    {
        Preconditions.CheckNotNull(row);
        return [.. Groups.Where(g => string.Equals(g.Row, row, StringComparison.Ordinal))];
    }

    private SuppressedEntry Entry(string? row, string? column, Tally tally)
    {
        var (count, measure, kind) = Disclosure.Disclose(tally);
        return new SuppressedEntry(row, column, count, measure, kind);
    }

    private SuppressedGroup<TGroup> GroupAt(int cell)
    {
        var (count, measure, kind) = Disclosure.Disclose(_table.Cells[cell]);
        return new SuppressedGroup<TGroup>(_groups[cell], _table.RowOf(cell), _table.ColumnOf(cell), count, measure, kind);
    }

    private bool IsListed(Tally tally) => !Disclosure.WithholdsCounts || !Disclosure.Disclose(tally).Kind.IsWithheld();

    private IReadOnlyList<SuppressedEntry> ListEntries()
    {
        var listed = (ListedGroups)Groups;
        var cells = listed.Cells.ToArray();
        Array.Sort(cells, (a, b) => string.CompareOrdinal(_table.RowOf(a), _table.RowOf(b)) is var byRow and not 0 ? byRow : string.CompareOrdinal(_table.ColumnOf(a), _table.ColumnOf(b)));
        var entries = new List<SuppressedEntry>(cells.Length + _table.Rows.Count + _table.Columns.Count + 1);
        foreach (var cell in cells)
        {
            var (count, measure, kind) = Disclosure.Disclose(_table.Cells[cell]);
            entries.Add(new SuppressedEntry(_table.RowOf(cell), _table.ColumnOf(cell), count, measure, kind));
        }

        foreach (var (row, tally) in _table.Rows.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            if (_table.IsGrid || IsListed(tally))
            {
                entries.Add(Entry(row, null, tally));
            }
        }

        foreach (var (column, tally) in _table.Columns.OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            if (_table.IsGrid || IsListed(tally))
            {
                entries.Add(Entry(null, column, tally));
            }
        }

        entries.Add(Total);
        return entries;
    }

    /// <summary>The groups listed for the reader; each group's record is made when it is read (the gateway answers a page).</summary>
    private sealed class ListedGroups : IReadOnlyList<SuppressedGroup<TGroup>>
    {
        private readonly DisclosedFigure<TResult, TGroup> _figure;
        private readonly int[]? _cells;

        public ListedGroups(DisclosedFigure<TResult, TGroup> figure)
        {
            _figure = figure;
            var tallies = figure._table.Cells;
            if (figure.Disclosure.WithholdsCounts)
            {
                var listed = new List<int>();
                for (var i = 0; i < tallies.Length; i++)
                {
                    if (figure._table.IsFixed(i) || figure.IsListed(tallies[i]))
                    {
                        listed.Add(i);
                    }
                }

                _cells = [.. listed];
            }

            Count = _cells?.Length ?? tallies.Length;
        }

        public int Count { get; }

        public IEnumerable<int> Cells => _cells ?? Enumerable.Range(0, Count);

        public SuppressedGroup<TGroup> this[int index] =>
            (uint)index < (uint)Count ? _figure.GroupAt(_cells is null ? index : _cells[index]) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<SuppressedGroup<TGroup>> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
            {
                yield return this[i];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
