using CsCheck;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Tests.Counting;

/// <summary>The codes a figure's tallies look their entries up by: one code per group key, and back.</summary>
public sealed class PlacementGroupCodesTests
{
    private static readonly PlacementDimensions[] s_dimensions =
    [
        PlacementDimensions.Region, PlacementDimensions.Sector, PlacementDimensions.TargetGroup,
        PlacementDimensions.Employer, PlacementDimensions.Partner, PlacementDimensions.Arrangement,
    ];

    /// <summary>
    /// Keys from few values, each dimension often null, the ends of each range and the types' default values among them,
    /// so that two keys drawn often agree in all but one dimension.
    /// </summary>
    private static readonly Gen<PlacementGroupKey> s_key = Gen.Select(
        Pick<RegionCode?>(null, default(RegionCode), RegionCode.FromNumber(1), RegionCode.FromNumber(29), RegionCode.FromNumber(99)),
        Pick<string?>(null, "", "ICT", "Q", "ict"),
        Pick<TargetGroup?>(null, TargetGroup.Participatiewet, TargetGroup.Banenafspraak, TargetGroup.Wajong),
        Pick<KvkNumber?>(null, default(KvkNumber), KvkNumber.FromNumber(0), KvkNumber.FromNumber(42), KvkNumber.FromNumber(99_999_999)),
        Pick<BookingPartner?>(null, default(BookingPartner), BookingPartner.Uwv, BookingPartner.Parse("GM0503"), BookingPartner.Parse("GM1992")),
        Pick<string?>(null, "ARR-000", "ARR-039", "ICT"))
        .Select(v => new PlacementGroupKey(v.Item1, v.Item2, v.Item3, v.Item4, v.Item5, v.Item6));

    [Fact]
    public void Two_keys_have_one_code_exactly_when_they_are_equal_and_a_code_gives_its_key_back() =>
        Check.Sample(s_key.Array[1, 12], keys =>
        {
            var codes = new PlacementGroupCodes();
            var encoded = keys.Select(k => codes.Encode(k)).ToArray();
            for (var i = 0; i < keys.Length; i++)
            {
                Assert.Equal(keys[i], codes.Decode(encoded[i]));
                for (var j = 0; j < keys.Length; j++)
                {
                    Assert.Equal(keys[i] == keys[j], encoded[i] == encoded[j]);
                }
            }
        });

    [Fact]
    public void A_code_cut_to_one_dimension_or_cut_without_it_is_the_code_of_the_key_so_cut() =>
        Check.Sample(s_key, key =>
        {
            var codes = new PlacementGroupCodes();
            var code = codes.Encode(key);
            foreach (var dimension in s_dimensions)
            {
                Assert.Equal(codes.Encode(Without(key, dimension)), PlacementGroupCodes.Without(code, dimension));
                Assert.Equal(codes.Encode(Only(key, dimension)), PlacementGroupCodes.Only(code, dimension));
            }
        });

    [Fact]
    public void A_code_given_a_target_group_is_the_code_of_the_key_with_that_group() =>
        Check.Sample(Gen.Select(s_key, Gen.Enum<TargetGroup>()), (key, group) =>
        {
            var codes = new PlacementGroupCodes();
            Assert.Equal(codes.Encode(key with { TargetGroup = group }), PlacementGroupCodes.WithTargetGroup(codes.Encode(key), group));
        });

    [Fact]
    public void A_key_whose_target_group_is_not_the_enumerations_is_refused()
    {
        var codes = new PlacementGroupCodes();
        var error = Assert.Throws<ArgumentException>(() => codes.Encode(new PlacementGroupKey(null, null, (TargetGroup)256, null, null)));
        Assert.Contains("is not a target group", error.Message, StringComparison.Ordinal);
    }

    private static Gen<T> Pick<T>(params T[] values) => Gen.Int[0, values.Length - 1].Select(i => values[i]);

    private static PlacementGroupKey Without(PlacementGroupKey key, PlacementDimensions dimension) => dimension switch
    {
        PlacementDimensions.Region => key with { Region = null },
        PlacementDimensions.Sector => key with { SectorCode = null },
        PlacementDimensions.TargetGroup => key with { TargetGroup = null },
        PlacementDimensions.Employer => key with { Employer = null },
        PlacementDimensions.Partner => key with { Partner = null },
        _ => key with { ArrangementId = null },
    };

    private static PlacementGroupKey Only(PlacementGroupKey key, PlacementDimensions dimension) => dimension switch
    {
        PlacementDimensions.Region => new PlacementGroupKey(key.Region, null, null, null, null),
        PlacementDimensions.Sector => new PlacementGroupKey(null, key.SectorCode, null, null, null),
        PlacementDimensions.TargetGroup => new PlacementGroupKey(null, null, key.TargetGroup, null, null),
        PlacementDimensions.Employer => new PlacementGroupKey(null, null, null, key.Employer, null),
        PlacementDimensions.Partner => new PlacementGroupKey(null, null, null, null, key.Partner),
        _ => new PlacementGroupKey(null, null, null, null, null, key.ArrangementId),
    };
}
