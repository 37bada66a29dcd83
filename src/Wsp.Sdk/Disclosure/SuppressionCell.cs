namespace Wsp.Sdk.Disclosure;

/// <summary>One cell of a two-way table of counts before small-count suppression (onderdrukking kleine aantallen).</summary>
/// <param name="Row">The row's label, for example a region code.</param>
/// <param name="Column">The column's label, for example a sector code or employer kind.</param>
/// <param name="Count">The count of persons or placements in the cell; what the threshold applies to.</param>
/// <param name="Measure">A quantity that travels with the count (paid hours per week), hidden with it; 0 when none.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SuppressionCell(string Row, string Column, int Count, decimal Measure = 0m)
{
    /// <summary>Gets the row's label.</summary>
    public string Row { get; init; } = Preconditions.CheckNotNull(Row);

    /// <summary>Gets the column's label.</summary>
    public string Column { get; init; } = Preconditions.CheckNotNull(Column);
}
