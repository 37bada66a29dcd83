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

        var entries = new List<Entry>();
        entries.AddRange(list.Select(c => new Entry(c.Row, c.Column, c.Count, c.Measure)));
        var rows = list.Select(c => c.Row).Distinct(StringComparer.Ordinal).ToArray();
        var columns = list.Select(c => c.Column).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var rowTotals = rows.Select(r => Total(list.Where(c => c.Row == r), r, null)).ToArray();
        var columnTotals = columns.Select(k => Total(list.Where(c => c.Column == k), null, k)).ToArray();
        var grand = Total(list, null, null);
        entries.AddRange(rowTotals);
        entries.AddRange(columnTotals);
        entries.Add(grand);

        foreach (var entry in entries.Where(e => e.Count > 0 && e.Count < Threshold))
        {
            entry.Kind = SuppressionKind.SmallCount;
        }

        // Each line: the entries an attacker can add up against one total.
        var lines = new List<Entry[]>();
        lines.AddRange(rows.Select((r, i) => entries.Where(e => e.Row == r && e.Column is not null).Append(rowTotals[i]).ToArray()));
        lines.AddRange(columns.Select((k, i) => entries.Where(e => e.Column == k && e.Row is not null).Append(columnTotals[i]).ToArray()));
        lines.Add([.. rowTotals, grand]);
        lines.Add([.. columnTotals, grand]);

        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines)
            {
                if (line.Count(e => e.Kind != SuppressionKind.None) != 1)
                {
                    continue;
                }

                var next = line
                    .Where(e => e.Kind == SuppressionKind.None)
                    .OrderBy(e => e.Row is null && e.Column is null ? 2 : e.Row is null || e.Column is null ? 1 : 0)
                    .ThenBy(e => e.Count)
                    .FirstOrDefault();
                if (next is not null)
                {
                    next.Kind = SuppressionKind.Secondary;
                    changed = true;
                }
            }
        }
        while (changed);

        return [.. entries.Select(e => e.Kind == SuppressionKind.None
            ? new SuppressedEntry(e.Row, e.Column, e.Count, e.Measure, SuppressionKind.None)
            : new SuppressedEntry(e.Row, e.Column, null, null, e.Kind))];
    }

    private static Entry Total(IEnumerable<SuppressionCell> cells, string? row, string? column)
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
