using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Tests.Geography;

public sealed class CodeTests
{
    [Theory]
    [InlineData("GM0363", 363)]
    [InlineData("gm0003", 3)]
    [InlineData("GM0000", 0)]
    public void A_municipality_code_is_GM_and_four_digits(string text, int number)
    {
        var code = MunicipalityCode.Parse(text);
        Assert.Equal(number, code.Number);
        Assert.Equal(text.ToUpperInvariant(), code.ToString());
        Assert.Equal(code, MunicipalityCode.FromNumber(number));
    }

    [Theory]
    [InlineData("GM363")]
    [InlineData("GM 0363")]
    [InlineData("0363")]
    [InlineData("GMabcd")]
    [InlineData("GM0363 ")]
    [InlineData("")]
    public void A_malformed_municipality_code_is_a_FormatException(string text)
    {
        Assert.False(MunicipalityCode.TryParse(text, out _));
        Assert.Throws<FormatException>(() => MunicipalityCode.Parse(text));
    }

    [Fact]
    public void The_default_codes_are_not_valid_codes()
    {
        Assert.Equal("", default(MunicipalityCode).ToString());
        Assert.NotEqual(default, MunicipalityCode.Parse("GM0000"));
        Assert.Equal("", default(RegionCode).ToString());
    }

    [Theory]
    [InlineData("AM21", 21)]
    [InlineData("am01", 1)]
    public void A_region_code_is_AM_and_two_digits(string text, int number)
    {
        var code = RegionCode.Parse(text);
        Assert.Equal(number, code.Number);
        Assert.Equal(text.ToUpperInvariant(), code.ToString());
    }

    [Theory]
    [InlineData("AM1")]
    [InlineData("AM001")]
    [InlineData("GM21")]
    [InlineData("AM00")]
    public void A_malformed_region_code_is_refused(string text) =>
        Assert.Throws<FormatException>(() => RegionCode.Parse(text));

    [Fact]
    public void Codes_order_by_number()
    {
        Assert.True(MunicipalityCode.Parse("GM0003") < MunicipalityCode.Parse("GM0363"));
        Assert.True(RegionCode.Parse("AM38") > RegionCode.Parse("AM01"));
    }

    [Fact]
    public void Out_of_range_numbers_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MunicipalityCode.FromNumber(10_000));
        Assert.Throws<ArgumentOutOfRangeException>(() => RegionCode.FromNumber(0));
        Assert.Throws<ArgumentNullException>(() => MunicipalityCode.Parse(null!));
    }
}
