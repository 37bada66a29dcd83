using Wsp.Sdk.Partners;
using Wsp.Sdk.Rules;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Tests.Domain;

public sealed class BookingPartnerTests
{
    [Theory]
    [InlineData("UWV", PartnerSide.Uwv)]
    [InlineData("uwv", PartnerSide.Uwv)]
    [InlineData("GM0518", PartnerSide.Municipality)]
    public void A_booking_partner_is_UWV_or_a_municipality(string text, PartnerSide side)
    {
        var partner = BookingPartner.Parse(text);
        Assert.Equal(side, partner.Side);
        Assert.Equal(text.ToUpperInvariant(), partner.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("UWV ")]
    [InlineData("SW-bedrijf")]
    [InlineData("AM21")]
    public void Anything_else_is_refused(string text) =>
        Assert.Throws<FormatException>(() => BookingPartner.Parse(text));

    [Theory]
    [InlineData("UWV", "WW", true)]
    [InlineData("UWV", "WAJONG", true)]
    [InlineData("UWV", "BANENAFSPRAAK", true)]
    [InlineData("UWV", "YOUTH;OVER_55;REGULAR", true)]
    [InlineData("UWV", "PARTICIPATIEWET", false)]
    [InlineData("UWV", "WSW", false)]
    [InlineData("UWV", "STATUS_HOLDER;BANENAFSPRAAK", false)]
    [InlineData("UWV", "PARTICIPATIEWET;WW", true)]
    [InlineData("GM0503", "PARTICIPATIEWET", true)]
    [InlineData("GM0503", "WSW", true)]
    [InlineData("GM0503", "STATUS_HOLDER", true)]
    [InlineData("GM0503", "BANENAFSPRAAK;YOUTH", true)]
    [InlineData("GM0503", "WW", false)]
    [InlineData("GM0503", "WAJONG;BANENAFSPRAAK", false)]
    [InlineData("GM0503", "WW;PARTICIPATIEWET", true)]
    public void H15_a_partner_books_its_own_side_and_the_shared_groups(string partner, string groups, bool allowed)
    {
        var bookingPartner = BookingPartner.Parse(partner);
        var set = TargetGroupSet.Parse(groups);
        Assert.Equal(allowed, bookingPartner.MayBook(set));
        if (allowed)
        {
            bookingPartner.EnsureMayBook(set);
        }
        else
        {
            var error = Assert.Throws<RuleViolationException>(() => bookingPartner.EnsureMayBook(set));
            Assert.Equal(RuleId.H15, error.Rule);
            Assert.StartsWith("H15: ", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_default_partner_is_not_a_partner()
    {
        Assert.Throws<InvalidOperationException>(() => default(BookingPartner).Side);
        Assert.Throws<ArgumentException>(() => BookingPartner.ForMunicipality(default));
        Assert.Null(BookingPartner.Uwv.Municipality);
        Assert.Equal("GM0503", BookingPartner.Parse("GM0503").Municipality.ToString());
    }
}
