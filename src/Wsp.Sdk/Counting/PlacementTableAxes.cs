using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The rows and columns of the table a figure grouped by placement dimensions forms (its row and column totals): the row
/// is the values of all but the last dimension (joined by U+001F), the column the last; one dimension gives the single
/// row "", none the single cell ("", "").
/// </summary>
/// <remarks>
/// The labels' order is ordinal, as for any table. It is found without building a label per group: each dimension's
/// value gets a number in the order of its label (a region by its number, an employer by its KvK number, a text by its
/// rank among the distinct texts), and a row's number is the rank of its values' numbers taken in turn. The joined
/// label orders as the values do because U+001F sorts before any character of a value. Only each distinct row and
/// column is labelled.
/// </remarks>
internal static class PlacementTableAxes
{
    private const char Separator = '\u001F';

    // The order every placement table names its dimensions in.
    private static readonly PlacementDimensions[] s_order =
    [
        PlacementDimensions.Region, PlacementDimensions.Sector, PlacementDimensions.TargetGroup,
        PlacementDimensions.Employer, PlacementDimensions.Partner, PlacementDimensions.Arrangement,
    ];

    /// <summary>The dimensions of <paramref name="by"/> in the order every placement table names them.</summary>
    public static PlacementDimensions[] InOrder(PlacementDimensions by) => [.. s_order.Where(d => (by & d) != 0)];

    /// <summary>The label of a key's whole group: the values of every dimension, joined as <see cref="Of"/> joins a row's.</summary>
    public static string GroupLabel(PlacementGroupKey key, PlacementDimensions[] dimensions) =>
        string.Join(Separator, dimensions.Select(d => Value(key, d)));

    /// <summary>Finds the rows and columns of <paramref name="keys"/> grouped by <paramref name="dimensions"/>.</summary>
    /// <param name="keys">The groups' keys.</param>
    /// <param name="dimensions">The dimensions grouped by, in the table's order.</param>
    /// <returns>The distinct labels in ordinal order, and each key's row and column among them.</returns>
    public static (string[] RowLabels, int[] Rows, string[] ColumnLabels, int[] Columns) Of(PlacementGroupKey[] keys, PlacementDimensions[] dimensions)
    {
        var n = keys.Length;
        if (n == 0)
        {
            return ([], [], [], []);
        }

        if (dimensions.Length == 0)
        {
            return ([""], new int[n], [""], new int[n]);
        }

        var last = dimensions[^1];
        var columns = DenseRanks(Numbers(keys, last), out var columnFirst);
        string[] columnLabels = [.. columnFirst.Select(i => Value(keys[i], last))];
        if (dimensions.Length == 1)
        {
            return ([""], new int[n], columnLabels, columns);
        }

        var rows = DenseRanks(Numbers(keys, dimensions[0]), out var rowFirst);
        for (var d = 1; d < dimensions.Length - 1; d++)
        {
            var next = Numbers(keys, dimensions[d]);
            var pairs = new long[n];
            for (var i = 0; i < n; i++)
            {
                pairs[i] = ((long)rows[i] << 32) | next[i];
            }

            rows = DenseRanks(pairs, out rowFirst);
        }

        string[] rowLabels = dimensions.Length == 2
            ? [.. rowFirst.Select(i => Value(keys[i], dimensions[0]))]
            : [.. rowFirst.Select(i => string.Join(Separator, dimensions[..^1].Select(d => Value(keys[i], d))))];
        return (rowLabels, rows, columnLabels, columns);
    }

    /// <summary>The label of the row a key lies in: the values of all but the last dimension, as <see cref="Of"/> labels them.</summary>
    public static string RowLabel(PlacementGroupKey key, PlacementDimensions[] dimensions) => dimensions.Length switch
    {
        <= 1 => "",
        2 => Value(key, dimensions[0]),
        _ => string.Join(Separator, dimensions[..^1].Select(d => Value(key, d))),
    };

    /// <summary>The label of the column a key lies in: the value of the last dimension ("" for none).</summary>
    public static string ColumnLabel(PlacementGroupKey key, PlacementDimensions[] dimensions) => dimensions.Length == 0 ? "" : Value(key, dimensions[^1]);

    /// <summary>A dimension's label of a key: the text the tables and extracts show ("" for no value).</summary>
    public static string Value(PlacementGroupKey key, PlacementDimensions dimension) => dimension switch
    {
        PlacementDimensions.Region => key.Region?.ToString() ?? "",
        PlacementDimensions.Sector => key.SectorCode ?? "",
        PlacementDimensions.TargetGroup => key.TargetGroup is { } g ? TargetGroupCodes.ToCode(g) : "",
        PlacementDimensions.Employer => key.Employer?.ToString() ?? "",
        PlacementDimensions.Partner => key.Partner?.ToString() ?? "",
        _ => key.ArrangementId ?? "",
    };

    // Per key, a number (0 … 2^31) in the order of its label, equal exactly when the labels are.
    private static uint[] Numbers(PlacementGroupKey[] keys, PlacementDimensions dimension) => dimension switch
    {
        // "AM01" … "AM99" order as their numbers; no region and the default region are both "".
        PlacementDimensions.Region => [.. keys.Select(static k => (uint)(k.Region is { } r ? r.Number + 1 : 0))],

        // Eight digits order as the number; no employer and the default number are both "" (order key 0).
        PlacementDimensions.Employer => [.. keys.Select(static k => (uint)(k.Employer is { } e ? e.OrderKey : 0))],
        PlacementDimensions.Sector => TextNumbers(keys, static k => k.SectorCode ?? "", static s => s),
        PlacementDimensions.TargetGroup => TextNumbers(keys, static k => k.TargetGroup is { } g ? TargetGroupCodes.ToCode(g) : "", static s => s),
        PlacementDimensions.Partner => TextNumbers(keys, static k => k.Partner ?? default, static p => p.ToString()),
        _ => TextNumbers(keys, static k => k.ArrangementId ?? "", static s => s),
    };

    // The rank of each key's text among the distinct texts (ordinal); each distinct value is labelled once.
    private static uint[] TextNumbers<T>(PlacementGroupKey[] keys, Func<PlacementGroupKey, T> value, Func<T, string> label)
        where T : notnull
    {
        var values = new T[keys.Length];
        var ranks = new Dictionary<T, uint>();
        for (var i = 0; i < keys.Length; i++)
        {
            values[i] = value(keys[i]);
            ranks.TryAdd(values[i], 0);
        }

        var labelled = ranks.Keys.Select(v => (Value: v, Label: label(v))).ToArray();
        Array.Sort(labelled, static (a, b) => string.CompareOrdinal(a.Label, b.Label));
        uint rank = 0;
        for (var k = 0; k < labelled.Length; k++)
        {
            rank += k > 0 && labelled[k].Label != labelled[k - 1].Label ? 1u : 0u;
            ranks[labelled[k].Value] = rank;
        }

        var numbers = new uint[keys.Length];
        for (var i = 0; i < numbers.Length; i++)
        {
            numbers[i] = ranks[values[i]];
        }

        return numbers;
    }

    private static int[] DenseRanks(uint[] numbers, out int[] firstOf) => DenseRanks(Array.ConvertAll(numbers, static x => (long)x), out firstOf);

    // Each value's rank among the distinct values (0, 1, …), and one key holding each rank.
    private static int[] DenseRanks(long[] values, out int[] firstOf)
    {
        var sorted = (long[])values.Clone();
        var order = new int[values.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(sorted, order);
        var ranks = new int[values.Length];
        var first = new List<int>();
        for (var j = 0; j < sorted.Length; j++)
        {
            if (j == 0 || sorted[j] != sorted[j - 1])
            {
                first.Add(order[j]);
            }

            ranks[order[j]] = first.Count - 1;
        }

        firstOf = [.. first];
        return ranks;
    }
}
