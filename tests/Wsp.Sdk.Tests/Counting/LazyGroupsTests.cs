using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Tests.Support;

namespace Wsp.Sdk.Tests.Counting;

/// <summary>A result's groups are made when read (a figure of a million groups is read a page at a time).</summary>
public sealed class LazyGroupsTests
{
    [Fact]
    public void A_group_is_made_when_first_read_and_the_same_object_from_then_on()
    {
        var made = new List<int>();
        var groups = new LazyGroups<string>(4, i =>
        {
            made.Add(i);
            return $"group {i}";
        });

        Assert.Equal(4, groups.Count);
        Assert.Empty(made);
        var third = groups[2];
        Assert.Same(third, groups[2]);
        Assert.Equal([2], made);
        Assert.Equal(["group 0", "group 1", "group 2", "group 3"], groups);
        Assert.Same(third, groups.ElementAt(2));
        Assert.Equal([2, 0, 1, 3], made);
        Assert.Throws<IndexOutOfRangeException>(() => groups[4]);
    }

    [Fact]
    public void Threads_reading_the_same_groups_at_once_get_one_object_a_group()
    {
        var groups = new LazyGroups<object>(10_000, _ => new object());

        var seen = new object[4][];
        Parallel.For(0, seen.Length, t => seen[t] = [.. Enumerable.Range(0, groups.Count).Select(i => groups[(i + (t * 2_500)) % groups.Count])]);

        for (var t = 1; t < seen.Length; t++)
        {
            for (var i = 0; i < groups.Count; i++)
            {
                Assert.Same(groups[(i + (t * 2_500)) % groups.Count], seen[t][i]);
            }
        }

        Assert.Equal(groups.Count, seen[0].Distinct(ReferenceEqualityComparer.Instance).Count());
    }

    [Fact]
    public void A_flows_groups_read_twice_are_the_same_records()
    {
        var flow = PlacementsFlow.Count(
            [new APlacement { Sector = "RETAIL" }, new APlacement { Sector = "ICT" }],
            new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31)),
            PlacementDimensions.Sector);

        Assert.Equal(["ICT", "RETAIL"], flow.Groups.Select(g => g.Group.SectorCode));
        Assert.Same(flow.Groups[1], flow.Groups[1]);
    }
}
