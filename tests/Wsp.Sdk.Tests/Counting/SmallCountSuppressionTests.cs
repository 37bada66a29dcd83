using CsCheck;
using Wsp.Sdk.Disclosure;

namespace Wsp.Sdk.Tests.Counting;

/// <summary>
/// Small-count suppression as a property of any table (DESIGN.md, Security model): nothing published below the
/// threshold, nothing derivable from a total, totals honest, and the same choices as the method written out plainly
/// (the reference below), whatever the table's size.
/// </summary>
public sealed class SmallCountSuppressionTests
{
    private static readonly SmallCountSuppression s_five = new();

    // Labels of unequal length ("R10" sorts before "R2"), cells in any order: the order of rows and columns is ordinal.
    private static readonly Gen<SuppressionCell[]> s_tables =
        Gen.Select(Gen.Int[1, 12], Gen.Int[1, 8]).SelectMany((rows, columns) =>
            Gen.Int[0, 40].Array[rows * columns].SelectMany(counts =>
                Gen.Shuffle(Enumerable.Range(0, rows * columns)
                    .Select(i => new SuppressionCell($"R{i / columns}", $"C{i % columns}", counts[i], counts[i] * 1.5m))
                    .ToArray())));

    [Fact]
    public void Security_no_published_entry_is_below_the_threshold_or_alone_withheld_in_its_line_and_totals_are_honest()
    {
        s_tables.Sample(cells =>
        {
            var entries = s_five.Apply(cells);
            Assert.All(entries.Where(e => e.Count is not null), e => Assert.True(e.Count == 0 || e.Count >= SmallCountSuppression.DefaultThreshold));
            var grand = Assert.Single(entries, e => e.Row is null && e.Column is null);
            Assert.True(grand.Count is null || grand.Count == cells.Sum(c => c.Count));
            foreach (var line in Lines(entries))
            {
                Assert.NotEqual(1, line.Count(e => e.Suppression != SuppressionKind.None));
            }
        });
    }

    [Fact]
    public void The_suppression_chooses_as_the_method_written_out_plainly()
    {
        s_tables.Sample(cells => Assert.Equal(Reference(cells, SmallCountSuppression.DefaultThreshold), s_five.Apply(cells)));
    }

    [Fact]
    public void A_table_of_tens_of_thousands_of_rows_is_suppressed_in_one_call()
    {
        // The national breakdown by employer: before the rewrite this took minutes (every line scanned every entry).
        var cells = Enumerable.Range(0, 40_000).Select(i => new SuppressionCell($"E{i:00000}", $"C{i % 7}", i % 9)).ToArray();

        var entries = s_five.Apply(cells);

        Assert.Equal(cells.Sum(c => c.Count), Assert.Single(entries, e => e.Row is null && e.Column is null).Count);
        Assert.All(entries.Where(e => e.Count is > 0), e => Assert.True(e.Count >= SmallCountSuppression.DefaultThreshold));
    }

    private static IEnumerable<SuppressedEntry[]> Lines(IReadOnlyList<SuppressedEntry> entries)
    {
        foreach (var row in entries.Where(e => e.Row is not null).GroupBy(e => e.Row))
        {
            yield return [.. row];
        }

        foreach (var column in entries.Where(e => e.Column is not null).GroupBy(e => e.Column))
        {
            yield return [.. column];
        }

        yield return [.. entries.Where(e => e.Column is null)];
        yield return [.. entries.Where(e => e.Row is null)];
    }

    /// <summary>The method of <see cref="SmallCountSuppression"/>'s remarks, step by step, with no care for speed.</summary>
    private static List<SuppressedEntry> Reference(IEnumerable<SuppressionCell> input, int threshold)
    {
        var cells = input.Where(c => c.Count != 0 || c.Measure != 0m)
            .OrderBy(c => c.Row, StringComparer.Ordinal).ThenBy(c => c.Column, StringComparer.Ordinal).ToList();
        var rows = cells.Select(c => c.Row).Distinct().ToList();
        var columns = cells.Select(c => c.Column).Distinct().Order(StringComparer.Ordinal).ToList();
        var entries = cells.Select(c => (Row: (string?)c.Row, Column: (string?)c.Column, c.Count, c.Measure)).ToList();
        entries.AddRange(rows.Select(r => ((string?)r, (string?)null, cells.Where(c => c.Row == r).Sum(c => c.Count), cells.Where(c => c.Row == r).Sum(c => c.Measure))));
        entries.AddRange(columns.Select(k => ((string?)null, (string?)k, cells.Where(c => c.Column == k).Sum(c => c.Count), cells.Where(c => c.Column == k).Sum(c => c.Measure))));
        entries.Add((null, null, cells.Sum(c => c.Count), cells.Sum(c => c.Measure)));
        var kinds = entries.Select(e => e.Count > 0 && e.Count < threshold ? SuppressionKind.SmallCount : SuppressionKind.None).ToArray();
        var lines = new List<int[]>();
        lines.AddRange(rows.Select(r => Indexes(entries, e => e.Row == r && e.Column is not null).Append(entries.FindIndex(e => e.Row == r && e.Column is null)).ToArray()));
        lines.AddRange(columns.Select(k => Indexes(entries, e => e.Column == k && e.Row is not null).Append(entries.FindIndex(e => e.Column == k && e.Row is null)).ToArray()));
        var grand = entries.Count - 1;
        lines.Add([.. Indexes(entries, e => e.Row is not null && e.Column is null), grand]);
        lines.Add([.. Indexes(entries, e => e.Row is null && e.Column is not null), grand]);
        bool changed;
        do
        {
            changed = false;
            foreach (var line in lines.Where(line => line.Count(i => kinds[i] != SuppressionKind.None) == 1))
            {
                var next = line.Where(i => kinds[i] == SuppressionKind.None)
                    .OrderBy(i => entries[i].Row is null && entries[i].Column is null ? 2 : entries[i].Row is null || entries[i].Column is null ? 1 : 0)
                    .ThenBy(i => entries[i].Count)
                    .Select(i => (int?)i)
                    .FirstOrDefault();
                if (next is { } n)
                {
                    kinds[n] = SuppressionKind.Secondary;
                    changed = true;
                }
            }
        }
        while (changed);

        return [.. entries.Select((e, i) => kinds[i] == SuppressionKind.None
            ? new SuppressedEntry(e.Row, e.Column, e.Count, e.Measure, SuppressionKind.None)
            : new SuppressedEntry(e.Row, e.Column, null, null, kinds[i]))];
    }

    private static IEnumerable<int> Indexes<T>(List<T> items, Func<T, bool> predicate) =>
        Enumerable.Range(0, items.Count).Where(i => predicate(items[i]));
}
