namespace Wsp.Sdk.Counting;

/// <summary>
/// A counted figure as a table of tallies, before disclosure: one tally per group (cell), per row, per column and the
/// grand total, each counted from the records themselves (a working person or a placement with two target groups is
/// one unit in every total that holds it, never summed twice). The labels of a cell's row and column are found when
/// first asked: a national figure by employer has 200,000 groups, of which the gateway renders a page.
/// </summary>
/// <remarks>
/// <see cref="IsFixed"/> says whether a cell is part of a grid the figure's definition fixes (an ambition table's
/// sectors × partners, a project's partners) or the groups that happen to hold records (a flow by employer). Only a
/// fixed cell is shown to a reader of aggregates only when its count is withheld: listing a group that exists because it
/// holds records would tell that it holds at least one. Immutable and thread-safe once built.
/// </remarks>
internal sealed class FigureTable
{
    private readonly Func<(string[] Rows, string[] Columns)> _labels;
    private readonly Func<IReadOnlyDictionary<string, Tally>> _rowTotals;
    private readonly Func<IReadOnlyDictionary<string, Tally>> _columnTotals;
    private (string[] Rows, string[] Columns)? _cellLabels;
    private IReadOnlyDictionary<string, Tally>? _rows;
    private IReadOnlyDictionary<string, Tally>? _columns;

    private readonly bool[]? _fixed;

    public FigureTable(
        Tally[] cells,
        bool[]? fixedCells,
        Func<(string[] Rows, string[] Columns)> labels,
        Func<IReadOnlyDictionary<string, Tally>> rowTotals,
        Func<IReadOnlyDictionary<string, Tally>> columnTotals,
        Tally grand)
    {
        Cells = cells;
        _fixed = fixedCells;
        _labels = labels;
        _rowTotals = rowTotals;
        _columnTotals = columnTotals;
        Grand = grand;
    }

    /// <summary>Gets the cells' tallies, in the figure's group order.</summary>
    public Tally[] Cells { get; }

    /// <summary>Gets whether a cell is part of a grid the figure fixes, listed whatever its count.</summary>
    public bool IsFixed(int cell) => _fixed is not null && _fixed[cell];

    /// <summary>Gets whether the table's rows and columns are a grid the figure fixes (every cell fixed): then every total is listed too.</summary>
    public bool IsGrid => _fixed is not null && Array.TrueForAll(_fixed, f => f);

    /// <summary>Gets the grand total.</summary>
    public Tally Grand { get; }

    /// <summary>Gets the row totals by label.</summary>
    public IReadOnlyDictionary<string, Tally> Rows => LazyInitializer.EnsureInitialized(ref _rows, _rowTotals);

    /// <summary>Gets the column totals by label.</summary>
    public IReadOnlyDictionary<string, Tally> Columns => LazyInitializer.EnsureInitialized(ref _columns, _columnTotals);

    /// <summary>Gets a cell's row label.</summary>
    public string RowOf(int cell) => Labels.Rows[cell];

    /// <summary>Gets a cell's column label.</summary>
    public string ColumnOf(int cell) => Labels.Columns[cell];

    private (string[] Rows, string[] Columns) Labels
    {
        get
        {
            if (_cellLabels is { } labels)
            {
                return labels;
            }

            var made = _labels();
            _cellLabels = made;
            return made;
        }
    }

    /// <summary>
    /// Builds the table of a figure whose cells share no unit (each placement or employer in one cell): a row's,
    /// column's and the grand total are the sums of their cells' tallies.
    /// </summary>
    /// <param name="cells">Per group: its row and column labels, its tally, and whether it is part of a grid the figure fixes.</param>
    /// <returns>The table.</returns>
    public static FigureTable Additive(IReadOnlyList<(string Row, string Column, Tally Tally, bool Fixed)> cells)
    {
        var rows = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var columns = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var grand = Tally.Zero;
        foreach (var (row, column, tally, _) in cells)
        {
            rows[row] = rows.GetValueOrDefault(row) + tally;
            columns[column] = columns.GetValueOrDefault(column) + tally;
            grand += tally;
        }

        string[] rowLabels = [.. cells.Select(c => c.Row)];
        string[] columnLabels = [.. cells.Select(c => c.Column)];
        return new FigureTable([.. cells.Select(c => c.Tally)], [.. cells.Select(c => c.Fixed)], () => (rowLabels, columnLabels), () => rows, () => columns, grand);
    }

    /// <summary>Builds a table whose totals were counted from the records (distinct units), with labels given per cell.</summary>
    public static FigureTable Counted(IReadOnlyList<(string Row, string Column, Tally Tally)> cells, IReadOnlyDictionary<string, Tally> rows, IReadOnlyDictionary<string, Tally> columns, Tally grand)
    {
        string[] rowLabels = [.. cells.Select(c => c.Row)];
        string[] columnLabels = [.. cells.Select(c => c.Column)];
        return new FigureTable([.. cells.Select(c => c.Tally)], null, () => (rowLabels, columnLabels), () => rows, () => columns, grand);
    }
}
