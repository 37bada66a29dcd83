using CsCheck;
using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Tests.Domain;

public sealed class KvkNumberTests
{
    [Theory]
    [InlineData(12345678, "12345678")]
    [InlineData(1234567, "01234567")]
    [InlineData(0, "00000000")]
    [InlineData(99_999_999, "99999999")]
    public void A_number_kept_as_an_integer_is_the_KvK_number_of_its_eight_digits(int number, string digits)
    {
        Assert.Equal(KvkNumber.Parse(digits), KvkNumber.FromNumber(number));
        Assert.Equal(digits, KvkNumber.FromNumber(number).ToString());
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(100_000_000)]
    [InlineData(int.MinValue)]
    public void A_number_of_more_than_eight_digits_or_below_zero_is_refused(int number)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => KvkNumber.FromNumber(number));
        Assert.Equal("number", error.ParamName);
    }

    [Fact]
    public void Every_eight_digit_text_and_its_number_give_the_same_KvK_number() =>
        Check.Sample(Gen.Int[0, 99_999_999], number =>
            Assert.Equal(KvkNumber.Parse(number.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)), KvkNumber.FromNumber(number)));
}
