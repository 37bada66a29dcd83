using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Security;

/// <summary>The GraphQL user context: the partner the bearer token names, or none for an anonymous request.</summary>
internal sealed class WspUserContext : Dictionary<string, object?>
{
    public WspUserContext(PartnerIdentity? partner) => Partner = partner;

    public PartnerIdentity? Partner { get; }
}
