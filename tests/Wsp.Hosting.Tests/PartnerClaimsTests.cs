using System.Security.Claims;
using Wsp.Hosting.Security;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Hosting.Tests;

/// <summary>Reading the partner from token claims: unknown or inconsistent claims name nobody.</summary>
public sealed class PartnerClaimsTests
{
    private static bool Read(out PartnerIdentity? partner, params (string Type, string Value)[] claims) =>
        PartnerClaims.TryRead(new ClaimsPrincipal(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)))), Gazetteer.Default, out partner);

    [Theory]
    [InlineData("UWV", PartnerKind.Uwv)]
    [InlineData("NATIONAL_DESK", PartnerKind.NationalDesk)]
    [InlineData("ministry", PartnerKind.Ministry)]
    [InlineData("GM0518", PartnerKind.Municipality)]
    public void Each_partner_kind_reads_from_its_claim(string claim, PartnerKind kind)
    {
        Assert.True(Read(out var partner, (WspClaimTypes.Partner, claim)));
        Assert.Equal(kind, partner!.Kind);
    }

    [Fact]
    public void A_municipality_without_region_claims_works_in_its_own_region()
    {
        Assert.True(Read(out var partner, (WspClaimTypes.Partner, "GM0518")));
        Assert.Equal([Gazetteer.Default.FindMunicipality("GM0518")!.Region!.Code], partner!.Regions);
    }

    [Theory]
    [InlineData("GM9999")]
    [InlineData("SZW")]
    [InlineData("")]
    public void Security_an_unknown_partner_names_nobody(string claim)
    {
        Assert.False(Read(out _, (WspClaimTypes.Partner, claim)));
    }

    [Fact]
    public void Security_an_unknown_region_claim_names_nobody()
    {
        Assert.False(Read(out _, (WspClaimTypes.Partner, "GM0518"), (WspClaimTypes.Region, "AM99")));
        Assert.False(Read(out _));
    }

    [Fact]
    public void Claims_round_trip()
    {
        var partner = PartnerIdentity.ForMunicipality(MunicipalityCode.Parse("GM0518"), [RegionCode.Parse("AM21"), RegionCode.Parse("AM02")]);
        var claims = PartnerClaims.ToClaims(partner);

        Assert.True(PartnerClaims.TryRead(new ClaimsPrincipal(new ClaimsIdentity(claims)), Gazetteer.Default, out var read));
        Assert.Equal(partner.Regions, read.Regions);
    }
}
