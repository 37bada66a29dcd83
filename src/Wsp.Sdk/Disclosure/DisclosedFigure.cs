namespace Wsp.Sdk.Disclosure;

/// <summary>
/// A figure as its reader may see it (een cijfer zoals de afnemer het mag zien): the counted result's definition,
/// period and group labels, and every count — each group's, each row and column total, the grand total — disclosed
/// for the reader by <see cref="FigureDisclosure"/>. Exact for partners; for an aggregates-only reader (the ministry)
/// small counts are withheld with every rule of the method. GraphQL, the dashboard and the extracts render this one
/// object, so the three agree and a new count field cannot forget a withholding rule.
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
    private readonly SuppressedFigure<TGroup> _figure;

    internal DisclosedFigure(TResult result, SuppressedFigure<TGroup> figure, SuppressedEntry? total = null)
    {
        Result = result;
        _figure = figure;
        Total = total ?? figure.Total;
    }

    /// <summary>Gets the counted result: its definition, period or date, dimensions and group labels.</summary>
    public TResult Result { get; }

    /// <summary>Gets the threshold applied: counts above zero and below it are withheld (1: the figure is exact).</summary>
    public int Threshold => _figure.Threshold;

    /// <summary>Gets whether any count can be withheld (the reader reads aggregates only).</summary>
    public bool WithholdsCounts => _figure.Threshold > 1;

    /// <summary>Gets the groups in the result's order, each with its count disclosed.</summary>
    public IReadOnlyList<SuppressedGroup<TGroup>> Groups => _figure.Groups;

    /// <summary>Gets the figure's total, disclosed (for a flow: the placements counted, which grouping by target group can exceed).</summary>
    public SuppressedEntry Total { get; }

    /// <summary>
    /// Gets every entry of the table: the non-zero cells ordered by row, then column, then the row totals, the column
    /// totals and the grand total, as the extracts write them.
    /// </summary>
    public IReadOnlyList<SuppressedEntry> Entries => _figure.Entries;

    /// <summary>Returns a row's total, disclosed.</summary>
    /// <param name="row">The row's label, as in <see cref="SuppressedGroup{TGroup}.Row"/>.</param>
    /// <returns>The row total; 0 and published for a row without counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public SuppressedEntry RowTotal(string row) => _figure.RowTotal(row);

    /// <summary>Returns a column's total, disclosed.</summary>
    /// <param name="column">The column's label, as in <see cref="SuppressedGroup{TGroup}.Column"/>.</param>
    /// <returns>The column total; 0 and published for a column without counts.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="column"/> is null.</exception>
    public SuppressedEntry ColumnTotal(string column) => _figure.ColumnTotal(column);

    /// <summary>Returns the groups of one row (an arrangement's regions, a project's partners), in the result's order.</summary>
    /// <param name="row">The row's label.</param>
    /// <returns>The groups whose row it is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="row"/> is null.</exception>
    public IReadOnlyList<SuppressedGroup<TGroup>> GroupsOfRow(string row)
    {
        Preconditions.CheckNotNull(row);
        return [.. _figure.Groups.Where(g => string.Equals(g.Row, row, StringComparison.Ordinal))];
    }
}
