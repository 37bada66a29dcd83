namespace Wsp.Sdk.Disclosure;

/// <summary>
/// One group of a figure after small-count suppression (onderdrukking kleine aantallen): the figure's own group with
/// its count, withheld (null) when the suppression says so, and the place it took in the suppression's table.
/// </summary>
/// <typeparam name="TGroup">The figure's group type, for example <see cref="Counting.PlacementCount"/>.</typeparam>
/// <param name="Group">The figure's group, as the figure gave it (its own values are the unsuppressed ones).</param>
/// <param name="Row">The row the group is a cell of in the suppression's table.</param>
/// <param name="Column">The column the group is a cell of in the suppression's table.</param>
/// <param name="Count">The count of persons or placements, or null when withheld.</param>
/// <param name="Measure">The quantity travelling with the count (paid hours per week; 0 when none), or null when withheld with it.</param>
/// <param name="Suppression">Whether and why the count is withheld.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record SuppressedGroup<TGroup>(TGroup Group, string Row, string Column, int? Count, decimal? Measure, SuppressionKind Suppression)
    where TGroup : class
{
    /// <summary>Gets a value indicating whether the count (and the measure with it) is withheld.</summary>
    public bool IsSuppressed => Suppression != SuppressionKind.None;
}
