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
    [InlineData("123 456 782")]
    [InlineData("123.456.782")]
    [InlineData("123-456-782")]
    [InlineData("1234.56.782")]
    [InlineData("12345672")]
    [InlineData("012345672")]
    [InlineData("12.34.56.72")]
    [InlineData("1234 5672")]
    public void A_BSN_in_any_spelling_is_refused_with_spaces_dots_or_dashes_or_with_its_leading_zero_dropped(string bsn)
    {
        Assert.True(CandidateReference.LooksLikeBsn(bsn));
        Assert.False(CandidateReference.TryCreate(bsn, out _, out var error));
        Assert.Contains("BSN", error, StringComparison.Ordinal);
        Assert.DoesNotContain(bsn, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123 456 789")]
    [InlineData("1234567")]
    [InlineData("1234567820")]
    [InlineData("123/456/782")]
    [InlineData("K12345672")]
    [InlineData("--------")]
    public void A_value_that_is_no_BSN_in_any_spelling_is_a_pseudonym(string pseudonym)
    {
        Assert.False(CandidateReference.LooksLikeBsn(pseudonym));
        Assert.Equal(pseudonym, CandidateReference.Create(pseudonym).Value);
    }

    [Fact]
    public void The_BSN_check_allocates_nothing_an_import_asks_it_per_row()
    {
        CandidateReference.LooksLikeBsn("123 456 782");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var hits = 0;
        for (var i = 0; i < 1_000; i++)
        {
            hits += CandidateReference.LooksLikeBsn("123-456-782") ? 1 : 0;
            hits += CandidateReference.LooksLikeBsn("K00001234") ? 1 : 0;
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(1_000, hits);
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
