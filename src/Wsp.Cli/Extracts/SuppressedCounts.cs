using System.Globalization;
using Wsp.Sdk.Counting;

namespace Wsp.Cli.Extracts;

/// <summary>
/// A figure's counts after <see cref="SmallCountSuppression"/>, looked up by row and column (null for a total). The
/// suppression leaves zero cells out; a cell it does not return is zero, and zero is published (it points at no one).
/// </summary>
internal sealed class SuppressedCounts
{
    private readonly Dictionary<(string? Row, string? Column), SuppressedEntry> _entries;

    public SuppressedCounts(SmallCountSuppression suppression, IEnumerable<SuppressionCell> cells)
    {
        // Nothing is withheld below a threshold of 1 (the partners' extracts): the entries are the cells and their sums,
        // added up in one pass. The suppression's own pass compares every line with every cell, which a figure grouped
        // by employer (hundreds of thousands of cells) cannot afford when there is nothing to withhold.
        _entries = suppression.Threshold == 1 ? Unsuppressed(cells) : suppression.Apply(cells).ToDictionary(e => (e.Row, e.Column));
    }

    public SuppressedEntry Get(string? row, string? column) =>
        _entries.TryGetValue((row, column), out var entry) ? entry : new SuppressedEntry(row, column, 0, 0m, SuppressionKind.None);

    private static Dictionary<(string? Row, string? Column), SuppressedEntry> Unsuppressed(IEnumerable<SuppressionCell> cells)
    {
        var sums = new Dictionary<(string? Row, string? Column), (int Count, decimal Measure)>();
        void Add((string? Row, string? Column) key, SuppressionCell cell)
        {
            var (count, measure) = sums.GetValueOrDefault(key);
            sums[key] = (count + cell.Count, measure + cell.Measure);
        }

        foreach (var cell in cells)
        {
            if (!sums.TryAdd((cell.Row, cell.Column), (cell.Count, cell.Measure)))
            {
                throw new ArgumentException($"The row {cell.Row} and column {cell.Column} occur twice.", nameof(cells));
            }

            Add((cell.Row, null), cell);
            Add((null, cell.Column), cell);
            Add((null, null), cell);
        }

        return sums.ToDictionary(p => p.Key, p => new SuppressedEntry(p.Key.Row, p.Key.Column, p.Value.Count, p.Value.Measure, SuppressionKind.None));
    }

    public static string Number(int? count) => count is { } c ? c.ToString(CultureInfo.InvariantCulture) : "";

    public static string Fraction(decimal? value) =>
        value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero).ToString("0.0###", CultureInfo.InvariantCulture) : "";

    public static string Mark(SuppressionKind kind) => kind switch
    {
        SuppressionKind.SmallCount => "small-count",
        SuppressionKind.Secondary => "secondary",
        _ => "",
    };
}
