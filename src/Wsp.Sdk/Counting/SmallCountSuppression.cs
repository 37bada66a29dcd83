namespace Wsp.Sdk.Counting;

/// <summary>
/// Small-count suppression (onderdrukking van kleine aantallen) for extracts that leave the partners, the ministry's
/// above all (DESIGN.md, Security model): no published figure may describe fewer than <see cref="Threshold"/> persons
/// or placements, and none may be derived from the others.
/// </summary>
/// <remarks>
/// <para>The method, on a two-way table (rows × columns) with its row totals, column totals and grand total:</para>
/// <list type="number">
/// <item>Totals are computed from the unsuppressed data, so every published total is the true total: nothing is
/// silently dropped and the totals stay honest.</item>
/// <item>Primary suppression: every entry (cell or total) with a count above zero and below the threshold is withheld.</item>
/// <item>Secondary suppression: a row or column (a cell line with its total, or the line of totals with the grand
/// total) in which exactly one entry is withheld would give that entry away (total minus the others). The smallest
/// other cell of that line is withheld too (a total only when no cell is left, the grand total last); this repeats
/// until no line has exactly one withheld entry.</item>
/// </list>
/// <para>Cells with a count of zero are not in the table: they describe nobody. This type is immutable and thread-safe.</para>
/// </remarks>
public sealed class SmallCountSuppression
{
    /// <summary>The default threshold: counts of 1–4 are withheld.</summary>
    public const int DefaultThreshold = 5;

    /// <summary>Initializes the suppression with a threshold.</summary>
    /// <param name="threshold">Counts above zero and below this are withheld; at least 1 (1 withholds nothing).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is below 1.</exception>
    public SmallCountSuppression(int threshold = DefaultThreshold)
    {
        Threshold = Preconditions.CheckArgumentRange(threshold, 1, int.MaxValue);
    }

    /// <summary>Gets the threshold.</summary>
    public int Threshold { get; }

    /// <summary>Applies the suppression to a table.</summary>
    /// <param name="cells">The cells; at most one per row and column.</param>
    /// <returns>The cells (ordered by row, then column, ordinal), then the row totals, the column totals and the grand total.</returns>
    /// <exception cref="ArgumentException"><paramref name="cells"/> is null, holds a null, a negative count or a row and column twice.</exception>
    public IReadOnlyList<SuppressedEntry> Apply(IEnumerable<SuppressionCell> cells)
    {
        Preconditions.CheckNotNull(cells);
        var list = cells.Select(c => Preconditions.CheckNotNull(c, nameof(cells))).Where(c => c.Count != 0 || c.Measure != 0m).ToList();
        Preconditions.CheckArgument(list.All(c => c.Count >= 0), nameof(cells), "Counts are not negative.");
        list.Sort((a, b) => (string.CompareOrdinal(a.Row, b.Row), string.CompareOrdinal(a.Column, b.Column)) switch
        {
            (0, var c) => c,
            (var r, _) => r,
        });
        for (var i = 1; i < list.Count; i++)
        {
            Preconditions.CheckArgument(list[i].Row != list[i - 1].Row || list[i].Column != list[i - 1].Column, nameof(cells), "A row and column occur twice.");
        }

        // Entries by index: the cells (sorted), the row totals, the column totals, the grand total. A table by employer has
        // some 200,000 columns, so lines are index ranges into one array, not an array and a list per line and entry.
        var n = list.Count;
        var rowOf = new int[n];
        var rowNames = new List<string>();
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || list[i].Row != list[i - 1].Row)
            {
                rowNames.Add(list[i].Row);
            }

            rowOf[i] = rowNames.Count - 1;
        }

        var columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cell in list)
        {
            columnIndex.TryAdd(cell.Column, 0);
        }

        var columnNames = columnIndex.Keys.ToArray();
        Array.Sort(columnNames, StringComparer.Ordinal);
        for (var k = 0; k < columnNames.Length; k++)
        {
            columnIndex[columnNames[k]] = k;
        }

        var colOf = new int[n];
        for (var i = 0; i < n; i++)
        {
            colOf[i] = columnIndex[list[i].Column];
        }

        var (rowCount, columnCount) = (rowNames.Count, columnNames.Length);
        var (firstRowTotal, firstColumnTotal, grand) = (n, n + rowCount, n + rowCount + columnCount);
        var total = grand + 1;
        var counts = new int[total];
        var measures = new decimal[total];
        for (var i = 0; i < n; i++)
        {
            var (count, measure) = (list[i].Count, list[i].Measure);
            counts[i] = count;
            measures[i] = measure;
            counts[firstRowTotal + rowOf[i]] = checked(counts[firstRowTotal + rowOf[i]] + count);
            measures[firstRowTotal + rowOf[i]] += measure;
            counts[firstColumnTotal + colOf[i]] = checked(counts[firstColumnTotal + colOf[i]] + count);
            measures[firstColumnTotal + colOf[i]] += measure;
            counts[grand] = checked(counts[grand] + count);
            measures[grand] += measure;
        }

        var kinds = new SuppressionKind[total];
        for (var e = 0; e < total; e++)
        {
            kinds[e] = counts[e] > 0 && counts[e] < Threshold ? SuppressionKind.SmallCount : SuppressionKind.None;
        }

        // Each line: the entries an attacker can add up against one total, in the order the method looks at them: the
        // rows (cells by column, then the row total), the columns (cells by row, then the column total), the row totals
        // with the grand total, the column totals with the grand total.
        var lineCount = rowCount + columnCount + 2;
        var lineStart = new int[lineCount + 1];
        var members = new int[(2 * n) + rowCount + columnCount + (2 * (rowCount + columnCount + 1))];
        var at = 0;
        for (var i = 0; i < n; i++)
        {
            if (i == 0 || rowOf[i] != rowOf[i - 1])
            {
                if (i > 0)
                {
                    members[at++] = firstRowTotal + rowOf[i - 1];
                }

                lineStart[rowOf[i]] = at;
            }

            members[at++] = i;
        }

        if (n > 0)
        {
            members[at++] = firstRowTotal + rowOf[n - 1];
        }

        var byColumn = new int[n];
        for (var i = 0; i < n; i++)
        {
            byColumn[i] = i;
        }

        // Within a column the cells stay in row order (their index order).
        Array.Sort(byColumn, (a, b) => colOf[a] != colOf[b] ? colOf[a].CompareTo(colOf[b]) : a.CompareTo(b));
        for (var j = 0; j < n; j++)
        {
            var i = byColumn[j];
            if (j == 0 || colOf[i] != colOf[byColumn[j - 1]])
            {
                if (j > 0)
                {
                    members[at++] = firstColumnTotal + colOf[byColumn[j - 1]];
                }

                lineStart[rowCount + colOf[i]] = at;
            }

            members[at++] = i;
        }

        if (n > 0)
        {
            members[at++] = firstColumnTotal + colOf[byColumn[n - 1]];
        }

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
        var lineEnd = new int[lineCount];
        for (var l = 0; l < lineCount; l++)
        {
            lineEnd[l] = l + 1 < lineCount ? lineStart[l + 1] : at;
        }

        // Row and column lines are contiguous in order, so a line ends where the next begins.
        var withheld = new int[lineCount];
        for (var l = 0; l < lineCount; l++)
        {
            for (var m = lineStart[l]; m < lineEnd[l]; m++)
            {
                withheld[l] += kinds[members[m]] == SuppressionKind.None ? 0 : 1;
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
                for (var m = lineStart[l]; m < lineEnd[l]; m++)
                {
                    var e = members[m];
                    if (kinds[e] == SuppressionKind.None && (next < 0 || (Rank(e), counts[e]).CompareTo((Rank(next), counts[next])) < 0))
                    {
                        next = e;
                    }
                }

                if (next >= 0)
                {
                    kinds[next] = SuppressionKind.Secondary;
                    var (first, second) = LinesOf(next);
                    withheld[first]++;
                    withheld[second]++;

                    changed = true;
                }
            }
        }
        while (changed);

        var result = new SuppressedEntry[total];
        for (var e = 0; e < total; e++)
        {
            var (row, column) = e < n ? (list[e].Row, list[e].Column) : e < firstColumnTotal ? (rowNames[e - n], (string?)null) : e < grand ? (null, columnNames[e - firstColumnTotal]) : ((string?)null, (string?)null);
            result[e] = kinds[e] == SuppressionKind.None
                ? new SuppressedEntry(row, column, counts[e], measures[e], SuppressionKind.None)
                : new SuppressedEntry(row, column, null, null, kinds[e]);
        }

        return result;

        int Rank(int e) => e < n ? 0 : e < grand ? 1 : 2;

        (int, int) LinesOf(int e) => e < n ? (rowOf[e], rowCount + colOf[e])
            : e < firstColumnTotal ? (e - n, rowCount + columnCount)
            : e < grand ? (rowCount + (e - firstColumnTotal), rowCount + columnCount + 1)
            : (rowCount + columnCount, rowCount + columnCount + 1);
    }
}
