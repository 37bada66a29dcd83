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
        Preconditions.CheckArgument(list.Select(c => (c.Row, c.Column)).Distinct().Count() == list.Count, nameof(cells), "A row and column occur twice.");
        list.Sort((a, b) => (string.CompareOrdinal(a.Row, b.Row), string.CompareOrdinal(a.Column, b.Column)) switch
        {
            (0, var c) => c,
            (var r, _) => r,
        });

        // Cells grouped once by row and by column (in the sorted order), so a table of many rows costs linear time.
        var entries = new List<Entry>(list.Count * 2);
        var byRow = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        var byColumn = new Dictionary<string, List<Entry>>(StringComparer.Ordinal);
        foreach (var cell in list)
        {
            var entry = new Entry(cell.Row, cell.Column, cell.Count, cell.Measure);
            entries.Add(entry);
            Group(byRow, cell.Row).Add(entry);
            Group(byColumn, cell.Column).Add(entry);
        }

        var rows = byRow.Keys.ToArray();
        var columns = byColumn.Keys.Order(StringComparer.Ordinal).ToArray();
        var rowTotals = rows.Select(r => Total(byRow[r], r, null)).ToArray();
        var columnTotals = columns.Select(k => Total(byColumn[k], null, k)).ToArray();
        var grand = Total(entries, null, null);
        entries.AddRange(rowTotals);
        entries.AddRange(columnTotals);
        entries.Add(grand);

        foreach (var entry in entries.Where(e => e.Count > 0 && e.Count < Threshold))
        {
            entry.Kind = SuppressionKind.SmallCount;
        }

        // Each line: the entries an attacker can add up against one total.
        var lines = new List<Entry[]>(rows.Length + columns.Length + 2);
        lines.AddRange(rows.Select((r, i) => byRow[r].Append(rowTotals[i]).ToArray()));
        lines.AddRange(columns.Select((k, i) => byColumn[k].Append(columnTotals[i]).ToArray()));
        lines.Add([.. rowTotals, grand]);
        lines.Add([.. columnTotals, grand]);

        // Each entry's lines and each line's withheld entries, kept up to date, so a pass looks at a line only when
        // exactly one of its entries is withheld; the passes and their order are those of the method described above.
        var linesOf = new Dictionary<Entry, List<int>>(ReferenceEqualityComparer.Instance);
        var withheld = new int[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var entry in lines[i])
            {
                Group(linesOf, entry).Add(i);
                withheld[i] += entry.Kind == SuppressionKind.None ? 0 : 1;
            }
        }

        bool changed;
        do
        {
            changed = false;
            for (var i = 0; i < lines.Count; i++)
            {
                if (withheld[i] != 1)
                {
                    continue;
                }

                var next = lines[i]
                    .Where(e => e.Kind == SuppressionKind.None)
                    .OrderBy(e => e.Row is null && e.Column is null ? 2 : e.Row is null || e.Column is null ? 1 : 0)
                    .ThenBy(e => e.Count)
                    .FirstOrDefault();
                if (next is not null)
                {
                    next.Kind = SuppressionKind.Secondary;
                    foreach (var line in linesOf[next])
                    {
                        withheld[line]++;
                    }

                    changed = true;
                }
            }
        }
        while (changed);

        return [.. entries.Select(e => e.Kind == SuppressionKind.None
            ? new SuppressedEntry(e.Row, e.Column, e.Count, e.Measure, SuppressionKind.None)
            : new SuppressedEntry(e.Row, e.Column, null, null, e.Kind))];
    }

    private static List<TValue> Group<TKey, TValue>(Dictionary<TKey, List<TValue>> groups, TKey key)
        where TKey : notnull
    {
        ref var group = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(groups, key, out _);
        return group ??= [];
    }

    private static Entry Total(IEnumerable<Entry> cells, string? row, string? column)
    {
        var count = 0;
        var measure = 0m;
        foreach (var cell in cells)
        {
            count = checked(count + cell.Count);
            measure += cell.Measure;
        }

        return new Entry(row, column, count, measure);
    }

    private sealed class Entry(string? row, string? column, int count, decimal measure)
    {
        public string? Row { get; } = row;

        public string? Column { get; } = column;

        public int Count { get; } = count;

        public decimal Measure { get; } = measure;

        public SuppressionKind Kind { get; set; }
    }
}
