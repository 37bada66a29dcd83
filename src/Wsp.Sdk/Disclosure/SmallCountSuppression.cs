namespace Wsp.Sdk.Disclosure;

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
        return SuppressedTable.Of(Threshold, [.. cells]).Entries();
    }
}
