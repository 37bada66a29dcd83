namespace Wsp.Sdk.Disclosure;

/// <summary>
/// One table after small-count suppression (onderdrukking kleine aantallen), worked by index: the method of
/// <see cref="SmallCountSuppression"/> on cells whose row and column are given as positions in their sorted labels.
/// </summary>
/// <remarks>
/// <para>A national breakdown by employer is a table of some 200,000 columns, and its cells arrive already labelled by
/// the figure. Working by index means no text is compared, hashed or built per cell: the order of the rows and columns
/// is the order of their labels (ordinal), which the caller gives sorted and distinct, and every line (row, column,
/// line of totals) is a range of one array.</para>
/// <para>Cells are numbered as given. The entries are the cells with a count or measure (in the order given), then the
/// totals of the rows and of the columns that hold such a cell (in label order), then the grand total. Cells without
/// either describe nobody and are not in the table. This type is immutable after construction and thread-safe.</para>
/// </remarks>
internal sealed class SuppressedTable
{
    private readonly string[] _rowLabels;
    private readonly string[] _columnLabels;
    private readonly int[] _cellRow;
    private readonly int[] _cellColumn;
    private readonly int[] _cellCount;
    private readonly decimal[] _cellMeasure;
    private readonly int[] _entryOfCell;
    private readonly int[] _cellOfEntry;
    private readonly int[] _rowTotalOfLabel;
    private readonly int[] _columnTotalOfLabel;
    private readonly int[] _labelOfRow;
    private readonly int[] _labelOfColumn;
    private readonly int[] _entriesByRow;
    private readonly int[] _counts;
    private readonly decimal[] _measures;
    private readonly SuppressionKind[] _kinds;

    /// <summary>Suppresses a table.</summary>
    /// <param name="threshold">Counts above zero and below this are withheld.</param>
    /// <param name="rowLabels">The rows' labels: distinct, in ordinal order.</param>
    /// <param name="columnLabels">The columns' labels: distinct, in ordinal order.</param>
    /// <param name="rows">Per cell: its row, an index into <paramref name="rowLabels"/>.</param>
    /// <param name="columns">Per cell: its column, an index into <paramref name="columnLabels"/>.</param>
    /// <param name="counts">Per cell: its count.</param>
    /// <param name="measures">Per cell: its measure, which travels with the count.</param>
    /// <exception cref="ArgumentException">A count is negative, or two cells with a count or measure share a row and column.</exception>
    public SuppressedTable(int threshold, string[] rowLabels, string[] columnLabels, int[] rows, int[] columns, int[] counts, decimal[] measures)
    {
        (_rowLabels, _columnLabels, _cellRow, _cellColumn, _cellCount, _cellMeasure) = (rowLabels, columnLabels, rows, columns, counts, measures);
        var cells = rows.Length;
        _entryOfCell = new int[cells];
        var n = 0;
        for (var i = 0; i < cells; i++)
        {
            Preconditions.CheckArgument(counts[i] >= 0, "cells", "Counts are not negative.");
            _entryOfCell[i] = counts[i] != 0 || measures[i] != 0m ? n++ : -1;
        }

        _cellOfEntry = new int[n];
        for (var i = 0; i < cells; i++)
        {
            if (_entryOfCell[i] >= 0)
            {
                _cellOfEntry[_entryOfCell[i]] = i;
            }
        }

        // Only the rows and columns holding an entry have a total (and a line).
        (_labelOfRow, var rowOf) = Compact(rowLabels.Length, n, e => rows[_cellOfEntry[e]]);
        (_labelOfColumn, var columnOf) = Compact(columnLabels.Length, n, e => columns[_cellOfEntry[e]]);
        var (rowCount, columnCount) = (_labelOfRow.Length, _labelOfColumn.Length);
        _entriesByRow = CountingSort(CountingSort(Identity(n), columnOf, columnCount), rowOf, rowCount);
        for (var j = 1; j < n; j++)
        {
            var (a, b) = (_entriesByRow[j - 1], _entriesByRow[j]);
            Preconditions.CheckArgument(rowOf[a] != rowOf[b] || columnOf[a] != columnOf[b], "cells", "A row and column occur twice.");
        }

        // Within a column the cells in row order.
        var entriesByColumn = CountingSort(CountingSort(Identity(n), rowOf, rowCount), columnOf, columnCount);

        var (firstRowTotal, firstColumnTotal, grand) = (n, n + rowCount, n + rowCount + columnCount);
        var total = grand + 1;
        _counts = new int[total];
        _measures = new decimal[total];
        for (var e = 0; e < n; e++)
        {
            var (count, measure) = (counts[_cellOfEntry[e]], measures[_cellOfEntry[e]]);
            _counts[e] = count;
            _measures[e] = measure;
            _counts[firstRowTotal + rowOf[e]] = checked(_counts[firstRowTotal + rowOf[e]] + count);
            _measures[firstRowTotal + rowOf[e]] += measure;
            _counts[firstColumnTotal + columnOf[e]] = checked(_counts[firstColumnTotal + columnOf[e]] + count);
            _measures[firstColumnTotal + columnOf[e]] += measure;
            _counts[grand] = checked(_counts[grand] + count);
            _measures[grand] += measure;
        }

        _rowTotalOfLabel = TotalsOfLabels(rowLabels.Length, _labelOfRow, firstRowTotal);
        _columnTotalOfLabel = TotalsOfLabels(columnLabels.Length, _labelOfColumn, firstColumnTotal);
        _kinds = new SuppressionKind[total];
        for (var e = 0; e < total; e++)
        {
            _kinds[e] = _counts[e] > 0 && _counts[e] < threshold ? SuppressionKind.SmallCount : SuppressionKind.None;
        }

        // Each line: the entries an attacker can add up against one total, in the order the method looks at them: the
        // rows (cells by column, then the row total), the columns (cells by row, then the column total), the row totals
        // with the grand total, the column totals with the grand total.
        var lineCount = rowCount + columnCount + 2;
        var lineStart = new int[lineCount + 1];
        var members = new int[(2 * n) + (2 * (rowCount + columnCount)) + 2];
        var at = 0;
        at = AddLines(_entriesByRow, rowOf, firstRowTotal, 0, lineStart, members, at);
        at = AddLines(entriesByColumn, columnOf, firstColumnTotal, rowCount, lineStart, members, at);
        lineStart[rowCount + columnCount] = at;
        for (var r = 0; r < rowCount; r++)
        {
            members[at++] = firstRowTotal + r;
        }

        members[at++] = grand;
        lineStart[rowCount + columnCount + 1] = at;
        for (var k = 0; k < columnCount; k++)
        {
            members[at++] = firstColumnTotal + k;
        }

        members[at++] = grand;
        lineStart[lineCount] = at;

        var withheld = new int[lineCount];
        for (var l = 0; l < lineCount; l++)
        {
            for (var m = lineStart[l]; m < lineStart[l + 1]; m++)
            {
                withheld[l] += _kinds[members[m]] == SuppressionKind.None ? 0 : 1;
            }
        }

        bool changed;
        do
        {
            changed = false;
            for (var l = 0; l < lineCount; l++)
            {
                if (withheld[l] != 1)
                {
                    continue;
                }

                // The smallest other cell of the line; a total only when no cell is left, the grand total last.
                var next = -1;
                for (var m = lineStart[l]; m < lineStart[l + 1]; m++)
                {
                    var e = members[m];
                    if (_kinds[e] == SuppressionKind.None && (next < 0 || (Rank(e), _counts[e]).CompareTo((Rank(next), _counts[next])) < 0))
                    {
                        next = e;
                    }
                }

                if (next >= 0)
                {
                    _kinds[next] = SuppressionKind.Secondary;
                    var (first, second) = LinesOf(next);
                    withheld[first]++;
                    withheld[second]++;
                    changed = true;
                }
            }
        }
        while (changed);

        int Rank(int e) => e < n ? 0 : e < grand ? 1 : 2;

        (int, int) LinesOf(int e) => e < n ? (rowOf[e], rowCount + columnOf[e])
            : e < firstColumnTotal ? (e - n, rowCount + columnCount)
            : e < grand ? (rowCount + (e - firstColumnTotal), rowCount + columnCount + 1)
            : (rowCount + columnCount, rowCount + columnCount + 1);
    }

    /// <summary>Gets the grand total, published or withheld.</summary>
    public SuppressedEntry Total => Entry(_counts.Length - 1);

    /// <summary>Suppresses a table of labelled cells: the rows and columns are the cells' distinct labels.</summary>
    /// <param name="threshold">Counts above zero and below this are withheld.</param>
    /// <param name="cells">The cells.</param>
    /// <returns>The table.</returns>
    /// <exception cref="ArgumentException">A cell is null, a count negative, or two cells with a count or measure share a row and column.</exception>
    public static SuppressedTable Of(int threshold, IReadOnlyList<SuppressionCell> cells)
    {
        foreach (var cell in cells)
        {
            Preconditions.CheckNotNull(cell, nameof(cells));
        }

        var (rowLabels, rows) = Labels(cells, static c => c.Row);
        var (columnLabels, columns) = Labels(cells, static c => c.Column);
        return new SuppressedTable(threshold, rowLabels, columnLabels, rows, columns, [.. cells.Select(c => c.Count)], [.. cells.Select(c => c.Measure)]);
    }

    /// <summary>Gets a cell's row label.</summary>
    public string RowOf(int cell) => _rowLabels[_cellRow[cell]];

    /// <summary>Gets a cell's column label.</summary>
    public string ColumnOf(int cell) => _columnLabels[_cellColumn[cell]];

    /// <summary>Gets a cell's count and measure, published or withheld; a cell outside the table (nothing to count) as it is.</summary>
    public (int? Count, decimal? Measure, SuppressionKind Suppression) CellOf(int cell)
    {
        var e = _entryOfCell[cell];
        return e < 0 ? (_cellCount[cell], _cellMeasure[cell], SuppressionKind.None)
            : _kinds[e] == SuppressionKind.None ? (_counts[e], _measures[e], SuppressionKind.None)
            : (null, null, _kinds[e]);
    }

    /// <summary>Returns a row's total; 0 and published for a row without counts.</summary>
    public SuppressedEntry RowTotal(string row) => LabelTotal(_rowLabels, _rowTotalOfLabel, row) is var e and >= 0 ? Entry(e) : new SuppressedEntry(row, null, 0, 0m, SuppressionKind.None);

    /// <summary>Returns a column's total; 0 and published for a column without counts.</summary>
    public SuppressedEntry ColumnTotal(string column) => LabelTotal(_columnLabels, _columnTotalOfLabel, column) is var e and >= 0 ? Entry(e) : new SuppressedEntry(null, column, 0, 0m, SuppressionKind.None);

    /// <summary>Returns every entry: the cells ordered by row, then column (ordinal), then the row totals, the column totals and the grand total.</summary>
    public IReadOnlyList<SuppressedEntry> Entries()
    {
        var entries = new SuppressedEntry[_counts.Length];
        var n = _cellOfEntry.Length;
        for (var j = 0; j < n; j++)
        {
            entries[j] = Entry(_entriesByRow[j]);
        }

        for (var e = n; e < entries.Length; e++)
        {
            entries[e] = Entry(e);
        }

        return entries;
    }

    private SuppressedEntry Entry(int e)
    {
        var (n, rows, columns) = (_cellOfEntry.Length, _labelOfRow.Length, _labelOfColumn.Length);
        var (row, column) = e < n ? (RowOf(_cellOfEntry[e]), ColumnOf(_cellOfEntry[e]))
            : e < n + rows ? (_rowLabels[_labelOfRow[e - n]], (string?)null)
            : e < n + rows + columns ? (null, _columnLabels[_labelOfColumn[e - n - rows]])
            : ((string?)null, (string?)null);
        return _kinds[e] == SuppressionKind.None
            ? new SuppressedEntry(row, column, _counts[e], _measures[e], SuppressionKind.None)
            : new SuppressedEntry(row, column, null, null, _kinds[e]);
    }

    private static int LabelTotal(string[] labels, int[] totalOfLabel, string label) =>
        Array.BinarySearch(labels, label, StringComparer.Ordinal) is var i and >= 0 ? totalOfLabel[i] : -1;

    private static (string[] Labels, int[] Positions) Labels(IReadOnlyList<SuppressionCell> cells, Func<SuppressionCell, string> label)
    {
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in cells)
        {
            positions.TryAdd(label(cell), 0);
        }

        var labels = positions.Keys.ToArray();
        Array.Sort(labels, StringComparer.Ordinal);
        for (var k = 0; k < labels.Length; k++)
        {
            positions[labels[k]] = k;
        }

        var of = new int[cells.Count];
        for (var i = 0; i < of.Length; i++)
        {
            of[i] = positions[label(cells[i])];
        }

        return (labels, of);
    }

    // The labels in use, in label order, and each entry's place among them.
    private static (int[] LabelOf, int[] Of) Compact(int labels, int entries, Func<int, int> labelOfEntry)
    {
        var place = new int[labels];
        for (var e = 0; e < entries; e++)
        {
            place[labelOfEntry(e)] = 1;
        }

        var used = new List<int>();
        for (var k = 0; k < labels; k++)
        {
            if (place[k] == 1)
            {
                place[k] = used.Count;
                used.Add(k);
            }
        }

        var of = new int[entries];
        for (var e = 0; e < entries; e++)
        {
            of[e] = place[labelOfEntry(e)];
        }

        return ([.. used], of);
    }

    private static int[] TotalsOfLabels(int labels, int[] labelOf, int firstTotal)
    {
        var totals = new int[labels];
        Array.Fill(totals, -1);
        for (var k = 0; k < labelOf.Length; k++)
        {
            totals[labelOf[k]] = firstTotal + k;
        }

        return totals;
    }

    private static int[] Identity(int n)
    {
        var order = new int[n];
        for (var i = 0; i < n; i++)
        {
            order[i] = i;
        }

        return order;
    }

    // A stable counting sort of the entries in 'order' by their key (0 … keys − 1): linear, where a comparison sort of
    // 200,000 entries is not.
    private static int[] CountingSort(int[] order, int[] key, int keys)
    {
        var start = new int[keys + 1];
        foreach (var e in order)
        {
            start[key[e] + 1]++;
        }

        for (var k = 0; k < keys; k++)
        {
            start[k + 1] += start[k];
        }

        var sorted = new int[order.Length];
        foreach (var e in order)
        {
            sorted[start[key[e]]++] = e;
        }

        return sorted;
    }

    // The lines of one kind (rows or columns): the entries in 'order' grouped by 'lineOf', each line followed by its total.
    private static int AddLines(int[] order, int[] lineOf, int firstTotal, int firstLine, int[] lineStart, int[] members, int at)
    {
        for (var j = 0; j < order.Length; j++)
        {
            var e = order[j];
            if (j == 0 || lineOf[e] != lineOf[order[j - 1]])
            {
                if (j > 0)
                {
                    members[at++] = firstTotal + lineOf[order[j - 1]];
                }

                lineStart[firstLine + lineOf[e]] = at;
            }

            members[at++] = e;
        }

        if (order.Length > 0)
        {
            members[at++] = firstTotal + lineOf[order[^1]];
        }

        return at;
    }
}
