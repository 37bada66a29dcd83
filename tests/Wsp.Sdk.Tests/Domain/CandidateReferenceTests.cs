using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Tests.Domain;

public sealed class CandidateReferenceTests
{
    [Theory]
    [InlineData("111222333")]
    [InlineData("123456782")]
    public void A_nine_digit_value_passing_the_eleven_test_is_refused_as_a_BSN(string bsn)
    {
        Assert.True(CandidateReference.LooksLikeBsn(bsn));
        var error = Assert.Throws<ArgumentException>(() => CandidateReference.Create(bsn));
        Assert.Contains("BSN", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123456789")]
    [InlineData("cand-0001")]
    [InlineData("12345678")]
    [InlineData("A1B2C3D4E")]
    public void A_pseudonym_is_accepted(string pseudonym)
    {
        Assert.False(CandidateReference.LooksLikeBsn(pseudonym));
        Assert.Equal(pseudonym, CandidateReference.Create(pseudonym).Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(" x")]
    [InlineData("x\n")]
    public void An_empty_padded_or_control_reference_is_refused(string text) =>
        Assert.False(CandidateReference.TryCreate(text, out _, out _));

    [Fact]
    public void A_reference_is_at_most_64_characters()
    {
        Assert.True(CandidateReference.TryCreate(new string('x', 64), out _, out _));
        Assert.False(CandidateReference.TryCreate(new string('x', 65), out _, out var error));
        Assert.Contains("64", error, StringComparison.Ordinal);
        Assert.False(CandidateReference.TryCreate(null, out _, out _));
    }
}
