using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Hosting.Security;

/// <summary>Reads and writes a partner's identity (afnemer) as token claims (<see cref="WspClaimTypes"/>).</summary>
public static class PartnerClaims
{
    /// <summary>Returns the claims that name a partner.</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>The claims: the partner and, for a municipality, each of its regions.</returns>
    public static IReadOnlyList<Claim> ToClaims(PartnerIdentity partner)
    {
        ArgumentNullException.ThrowIfNull(partner);
        var claims = new List<Claim> { new(WspClaimTypes.Partner, partner.ToString()) };
        claims.AddRange(partner.Regions.Select(r => new Claim(WspClaimTypes.Region, r.ToString())));
        return claims;
    }

    /// <summary>
    /// Tries to read the partner from a validated principal. A municipality without region claims works in its own
    /// region; region claims on other partners are ignored, since they work nationally.
    /// </summary>
    /// <param name="principal">The principal.</param>
    /// <param name="gazetteer">The reference data that gives a municipality its region.</param>
    /// <param name="partner">The partner when the claims name one.</param>
    /// <returns>Whether the claims name a known partner with valid regions.</returns>
    public static bool TryRead(ClaimsPrincipal principal, Gazetteer gazetteer, [NotNullWhen(true)] out PartnerIdentity? partner)
    {
        ArgumentNullException.ThrowIfNull(principal);
        ArgumentNullException.ThrowIfNull(gazetteer);
        partner = null;
        var name = principal.FindFirst(WspClaimTypes.Partner)?.Value;
        switch (name?.ToUpperInvariant())
        {
            case null:
                return false;
            case "UWV":
                partner = PartnerIdentity.Uwv;
                return true;
            case "NATIONAL_DESK":
                partner = PartnerIdentity.NationalDesk;
                return true;
            case "MINISTRY":
                partner = PartnerIdentity.Ministry;
                return true;
        }

        if (!MunicipalityCode.TryParse(name, out var code) || gazetteer.FindMunicipality(code) is not { IsCurrent: true } municipality)
        {
            return false;
        }

        var regions = new List<RegionCode>();
        foreach (var claim in principal.FindAll(WspClaimTypes.Region))
        {
            if (!RegionCode.TryParse(claim.Value, out var region) || gazetteer.FindRegion(region) is null)
            {
                return false;
            }

            regions.Add(region);
        }

        partner = regions.Count > 0 ? PartnerIdentity.ForMunicipality(code, regions) : PartnerIdentity.ForMunicipality(municipality);
        return true;
    }

    /// <summary>Parses the partner as written on the command line or in a claim: <c>UWV</c>, <c>NATIONAL_DESK</c>, <c>MINISTRY</c> or <c>GMxxxx</c>.</summary>
    /// <param name="text">The text.</param>
    /// <param name="regions">Regions for a municipality; empty means its own region.</param>
    /// <param name="gazetteer">The reference data.</param>
    /// <param name="partner">The partner when the text names one.</param>
    /// <returns>Whether it did.</returns>
    public static bool TryParse(string text, IReadOnlyList<RegionCode> regions, Gazetteer gazetteer, [NotNullWhen(true)] out PartnerIdentity? partner)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(regions);
        var claims = new List<Claim> { new(WspClaimTypes.Partner, text) };
        claims.AddRange(regions.Select(r => new Claim(WspClaimTypes.Region, r.ToString())));
        return TryRead(new ClaimsPrincipal(new ClaimsIdentity(claims)), gazetteer, out partner);
    }
}
