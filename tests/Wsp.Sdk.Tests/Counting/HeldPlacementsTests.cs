using CsCheck;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Tests.Counting;

/// <summary>The placements of a working-person figure by employer, held and handed out by cell partition (H3).</summary>
public sealed class HeldPlacementsTests
{
    private static readonly BookingPartner s_uwv = BookingPartner.Uwv;

    [Fact]
    public void H3_every_placement_held_is_handed_out_once_with_its_values_its_cells_number_and_a_cells_placements_in_the_order_held() =>
        Check.Sample(Gen.Select(Gen.Int[0, 40], Gen.Int[0, 3], Gen.Decimal[0m, 40m]).Array[0, 400], drawn =>
        {
            var held = new HeldPlacements();
            var placements = drawn.Select((d, i) => (Cell: new UInt128((ulong)d.Item2, (ulong)d.Item1), Candidate: $"c-{i}", Person: (uint)i, Key: (uint)(i * 7), Hours: d.Item3)).ToArray();
            foreach (var p in placements)
            {
                held.Add(p.Cell, s_uwv, p.Candidate, p.Person, p.Key, p.Hours);
            }

            var handedOut = new List<(UInt128 Cell, string Candidate, uint Person, uint Key, decimal Hours)>();
            var numbers = new List<UInt128>();
            held.HandOut((number, first, cell, partner, candidate, person, key, hours) =>
            {
                Assert.Equal(s_uwv, partner);
                Assert.Equal(first, number == numbers.Count);
                if (first)
                {
                    numbers.Add(cell);
                }

                Assert.Equal(numbers[number], cell);
                handedOut.Add((cell, candidate, person, key, hours));
            });

            Assert.Equal(placements.OrderBy(p => p.Person), handedOut.OrderBy(p => p.Person));
            Assert.Equal(placements.Select(p => p.Cell).Distinct().Order(), numbers.Order());
            foreach (var cell in placements.GroupBy(p => p.Cell))
            {
                Assert.Equal(cell.Select(p => p.Person), handedOut.Where(p => p.Cell == cell.Key).Select(p => p.Person));
            }
        });

    [Fact]
    public void H3_a_hold_on_partitions_an_earlier_count_gave_back_hands_out_only_its_own_placements()
    {
        for (var count = 0; count < 4; count++)
        {
            var held = new HeldPlacements();
            var added = 1000 >> count;
            for (var i = 0; i < added; i++)
            {
                held.Add(new UInt128(0, (ulong)i), s_uwv, "c", (uint)i, 1, 1m);
            }

            var handedOut = 0;
            held.HandOut((_, _, _, _, _, _, _, _) => handedOut++);
            Assert.Equal(added, handedOut);
        }
    }

    [Fact]
    public void H3_placements_are_handed_out_once_and_none_is_held_after()
    {
        var held = new HeldPlacements();
        held.Add(UInt128.One, s_uwv, "c-1", 1, 1, 8m);
        held.HandOut((_, _, _, _, _, _, _, _) => { });

        Assert.Throws<InvalidOperationException>(() => held.HandOut((_, _, _, _, _, _, _, _) => { }));
        Assert.Throws<InvalidOperationException>(() => held.Add(UInt128.One, s_uwv, "c-1", 1, 1, 8m));
    }
}
