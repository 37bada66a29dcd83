using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Rules;

namespace Wsp.Sdk;

/// <summary>
/// The caller may not do what it asked (toegang geweigerd): read or change a record of a region it does not work in,
/// read single records as the ministry, take an owner-only step on another partner's vacancy, or use a step that is
/// another partner's (the national desk's arrangements, a region's contact person). Thrown by <see cref="WspClient"/>
/// before anything is read or written for the refused step; the gateway answers it as <c>FORBIDDEN</c>.
/// </summary>
/// <remarks>DESIGN.md, Security model. Instances are immutable.</remarks>
public sealed class AccessDeniedException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="partner">The caller.</param>
    /// <param name="action">What it asked, as a verb phrase, for example <c>read vacancy V-1</c>.</param>
    /// <param name="reason">Why it may not, for example <c>a municipality reads its own region's records</c>.</param>
    /// <param name="region">The region of the record or figure, when the refusal is about a region.</param>
    /// <param name="rule">The rule that reserves the step (for example H11 for an owner-only hand-over), when one does.</param>
    /// <exception cref="ArgumentException">An argument is null or blank.</exception>
    public AccessDeniedException(PartnerIdentity partner, string action, string reason, RegionCode? region = null, RuleId? rule = null)
        : base(Compose(Preconditions.CheckNotNull(partner), Preconditions.CheckNotNullOrWhiteSpace(action), Preconditions.CheckNotNullOrWhiteSpace(reason), region, rule))
    {
        Partner = partner.ToString();
        Action = action;
        Reason = reason;
        Region = region;
        Rule = rule;
    }

    /// <summary>Gets the caller as written in tokens and logs (<c>UWV</c>, <c>GM0518</c>, …).</summary>
    public string Partner { get; }

    /// <summary>Gets what the caller asked.</summary>
    public string Action { get; }

    /// <summary>Gets why it may not.</summary>
    public string Reason { get; }

    /// <summary>Gets the region the refusal is about, or null.</summary>
    public RegionCode? Region { get; }

    /// <summary>Gets the rule that reserves the step for another partner, or null.</summary>
    public RuleId? Rule { get; }

    private static string Compose(PartnerIdentity partner, string action, string reason, RegionCode? region, RuleId? rule) =>
        $"{partner} may not {action}{(region is { } r ? $" in region {r}" : "")}: {reason}{(rule is { } id ? $" (rule {id.Value})" : "")}.";
}
