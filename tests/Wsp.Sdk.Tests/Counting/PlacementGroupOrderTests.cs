using CsCheck;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Tests.Counting;

/// <summary>
/// The one order of a count's groups (rule H6: every source of a figure gives its groups in the same order): the packed
/// sort equals the order field by field, null first in each dimension, on any set of distinct group keys.
/// </summary>
public sealed class PlacementGroupOrderTests
{
    private static readonly string[] s_partners = ["UWV", "GM0503", "GM0363", "GM0014", "GM1969"];
    private static readonly string?[] s_sectors = [null, "A", "B", "F", "Q", "AB"];
    private static readonly string?[] s_arrangements = [null, "LA-1", "LA-10", "LA-2"];

    private static readonly Gen<PlacementGroupKey> s_key =
        Gen.Select(
            Gen.Int[0, 6], // 0: null, else AM01 …
            Gen.Int[0, s_sectors.Length - 1].Select(i => s_sectors[i]),
            Gen.Int[-1, 5], // -1: null
            Gen.Int[0, 4], // 0: null
            Gen.Int[-1, s_partners.Length - 1],
            Gen.Int[0, s_arrangements.Length - 1].Select(i => s_arrangements[i]))
        .Select((region, sector, group, employer, partner, arrangement) => new PlacementGroupKey(
            region == 0 ? null : RegionCode.FromNumber(region * 7),
            sector,
            group < 0 ? null : (TargetGroup)group,
            employer == 0 ? null : KvkNumber.Parse((10_000_000 + (employer * 12_345_678 % 89_999_999)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
            partner < 0 ? null : BookingPartner.Parse(s_partners[partner]),
            arrangement));

    [Fact]
    public void H6_the_packed_order_is_the_order_field_by_field_null_first()
    {
        s_key.HashSet[0, 60].Sample(set =>
        {
            PlacementGroupKey[] keys = [.. set];
            var packed = PlacementGroupOrder.Sort(keys, k => k);
            Assert.Equal(PlacementGroupOrder.ByFields(keys, keys), packed);
        });
    }

    [Fact]
    public void H6_groups_sort_by_region_then_sector_then_target_group_then_employer_then_partner_code_then_arrangement()
    {
        var delft = RegionCode.Parse("AM21");
        var amsterdam = RegionCode.Parse("AM18");
        var uwv = BookingPartner.Uwv;
        var gm0503 = BookingPartner.Parse("GM0503");
        PlacementGroupKey[] keys =
        [
            new(delft, "A", null, null, uwv),
            new(amsterdam, "B", null, null, uwv),
            new(delft, "A", null, null, gm0503),
            new(null, "Z", null, null, null),
            new(delft, null, null, null, null),
        ];

        var sorted = PlacementGroupOrder.Sort(keys, k => k);

        Assert.Equal([keys[3], keys[1], keys[4], keys[2], keys[0]], sorted);
    }
}
