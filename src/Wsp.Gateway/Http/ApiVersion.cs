namespace Wsp.Gateway.Http;

/// <summary>The semantic version of the GraphQL schema, sent as the <c>API-Version</c> header: a new minor version for each additive change, a new major for a breaking one (after deprecation).</summary>
internal static class ApiVersion
{
    public const string Current = "0.4.0";
}
