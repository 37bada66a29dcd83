namespace Wsp.Hosting.Security;

/// <summary>The claims a partner's bearer token (toegangstoken) carries (DESIGN.md, Security model).</summary>
public static class WspClaimTypes
{
    /// <summary>The partner: <c>UWV</c>, <c>NATIONAL_DESK</c>, <c>MINISTRY</c> or a municipality code <c>GMxxxx</c>.</summary>
    public const string Partner = "wsp_partner";

    /// <summary>A labour market region (<c>AMxx</c>) the partner works in; repeated for each region.</summary>
    public const string Region = "wsp_region";
}
