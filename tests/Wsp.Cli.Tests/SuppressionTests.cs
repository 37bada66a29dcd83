using Wsp.Sdk.Disclosure;

namespace Wsp.Cli.Tests;

/// <summary>
/// The SDK's small-count suppression, which the ministry extracts apply (DESIGN.md, Security model): no published
/// entry below the threshold, none derivable from a total, every withheld entry kept and marked, totals honest.
/// </summary>
public sealed class SuppressionTests
{
    private static readonly SmallCountSuppression s_five = new();

    [Fact]
    public void Security_a_small_count_is_withheld_and_marked_never_dropped()
    {
        var entries = s_five.Apply([new("AM01", "RETAIL", 3), new("AM01", "ICT", 40), new("AM01", "SECURITY", 50), new("AM02", "RETAIL", 30), new("AM02", "ICT", 20), new("AM02", "SECURITY", 60)]);

        var cell = Assert.Single(entries, e => e.Row == "AM01" && e.Column == "RETAIL");
        Assert.Equal(SuppressionKind.SmallCount, cell.Suppression);
        Assert.Null(cell.Count);
        Assert.Equal(6 + 2 + 3 + 1, entries.Count);
    }

    [Fact]
    public void Security_totals_are_from_the_unsuppressed_data()
    {
        var entries = s_five.Apply([new("AM01", "RETAIL", 3), new("AM01", "ICT", 40), new("AM02", "RETAIL", 30), new("AM02", "ICT", 20)]);

        Assert.Equal(93, Assert.Single(entries, e => e.Row is null && e.Column is null).Count);
    }

    [Fact]
    public void Security_a_single_withheld_cell_in_a_row_or_column_gets_a_secondary_partner_so_it_cannot_be_derived()
    {
        var entries = s_five.Apply([new("AM01", "RETAIL", 3), new("AM01", "ICT", 40), new("AM01", "SECURITY", 50), new("AM02", "RETAIL", 30), new("AM02", "ICT", 20), new("AM02", "SECURITY", 60)]);

        // Every line (a row or column of cells with its total, and the lines of totals) holds zero or at least two withheld entries.
        var rows = entries.Where(e => e.Row is not null).GroupBy(e => e.Row);
        var columns = entries.Where(e => e.Column is not null).GroupBy(e => e.Column);
        Assert.All(rows.Concat(columns), line => Assert.NotEqual(1, line.Count(e => e.IsSuppressed)));
        Assert.Contains(entries, e => e.Suppression == SuppressionKind.Secondary);
    }

    [Fact]
    public void Security_a_small_total_is_withheld_too()
    {
        var entries = s_five.Apply([new("AM01", "RETAIL", 1), new("AM01", "ICT", 2), new("AM02", "RETAIL", 30), new("AM02", "ICT", 20)]);

        Assert.True(Assert.Single(entries, e => e.Row == "AM01" && e.Column is null).IsSuppressed);
    }

    [Fact]
    public void A_threshold_of_one_withholds_nothing()
    {
        var entries = new SmallCountSuppression(1).Apply([new("AM01", "RETAIL", 1), new("AM02", "ICT", 2)]);

        Assert.All(entries, e => Assert.False(e.IsSuppressed));
    }

    [Fact]
    public void A_threshold_below_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new SmallCountSuppression(0));
    }

    [Fact]
    public void Security_no_published_entry_of_a_random_table_is_below_the_threshold_or_alone_in_its_line()
    {
        var random = new Random(3);
        for (var round = 0; round < 200; round++)
        {
            var cells = new List<SuppressionCell>();
            for (var r = 0; r < random.Next(1, 8); r++)
            {
                for (var c = 0; c < random.Next(1, 6); c++)
                {
                    if (random.Next(4) > 0)
                    {
                        cells.Add(new($"R{r}", $"C{c}", random.Next(1, 30)));
                    }
                }
            }

            var entries = s_five.Apply(cells);
            Assert.All(entries.Where(e => !e.IsSuppressed), e => Assert.True(e.Count is 0 or >= 5));
            var lines = entries.Where(e => e.Row is not null).GroupBy(e => e.Row).Concat(entries.Where(e => e.Column is not null).GroupBy(e => e.Column));
            Assert.All(lines, line => Assert.NotEqual(1, line.Count(e => e.IsSuppressed)));
            Assert.Equal(cells.Count + cells.Select(c => c.Row).Distinct().Count() + cells.Select(c => c.Column).Distinct().Count() + 1, entries.Count);
        }
    }
}
