using System.Text;

namespace Wsp.Sdk.Sqlite.Tests;

public sealed class PlacementColumnsTests
{
    [Theory]
    [InlineData("25.5")]
    [InlineData("25.50")]
    [InlineData("4")]
    [InlineData("12.75")]
    [InlineData("12.3456789")]
    [InlineData("0.0000001")]
    public void H3_hours_read_through_the_cache_are_the_hours_written_scale_included(string text)
    {
        var columns = new PlacementColumns();
        var utf8 = Encoding.UTF8.GetBytes(text);

        // Asked twice: the second answer comes from the cache, and a decimal keeps its scale ("25.50" is not "25.5").
        var first = columns.CachedHours(utf8);
        var second = columns.CachedHours(utf8);
        Assert.Equal(text, first.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(text, second.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void H3_each_text_keeps_its_own_hours_in_the_cache()
    {
        var columns = new PlacementColumns();
        string[] texts = ["5", "50", "500", "5.0", "0.5", "5.25", "25.5"];
        foreach (var text in texts.Concat(texts.Reverse()))
        {
            Assert.Equal(text, columns.CachedHours(Encoding.UTF8.GetBytes(text)).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
