using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Tests.Domain;

public sealed class TargetGroupTests
{
    [Fact]
    public void L7_every_target_group_has_its_interchange_code()
    {
        Assert.Equal(
            ["PARTICIPATIEWET", "BANENAFSPRAAK", "WW", "WAJONG", "WSW", "YOUTH", "OVER_55", "STATUS_HOLDER", "REGULAR"],
            Enum.GetValues<TargetGroup>().Select(TargetGroupCodes.ToCode));
        foreach (var group in Enum.GetValues<TargetGroup>())
        {
            Assert.Equal(group, TargetGroupCodes.Parse(TargetGroupCodes.ToCode(group)));
        }
    }

    [Fact]
    public void A_set_parses_from_semicolon_separated_codes_and_prints_back()
    {
        var set = TargetGroupSet.Parse("BANENAFSPRAAK;PARTICIPATIEWET; YOUTH");
        Assert.Equal(3, set.Count);
        Assert.True(set.Contains(TargetGroup.Banenafspraak));
        Assert.False(set.Contains(TargetGroup.WW));
        Assert.Equal("PARTICIPATIEWET;BANENAFSPRAAK;YOUTH", set.ToString());
        Assert.Equal(set, TargetGroupSet.Parse(set.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("WW;")]
    [InlineData("ww")]
    [InlineData("WW;UNKNOWN")]
    [InlineData("WW,WAJONG")]
    public void A_set_with_an_unknown_or_missing_code_is_refused(string text)
    {
        Assert.False(TargetGroupSet.TryParse(text, out _));
        Assert.Throws<FormatException>(() => TargetGroupSet.Parse(text));
    }

    [Fact]
    public void Undefined_values_are_refused_with_a_typed_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetGroupCodes.ToCode((TargetGroup)42));
        Assert.Throws<ArgumentOutOfRangeException>(() => TargetGroupSet.Empty.With((TargetGroup)42));
        Assert.False(TargetGroupSet.Empty.Contains((TargetGroup)42));
        Assert.Throws<ArgumentNullException>(() => TargetGroupSet.Parse(null!));
    }
}
