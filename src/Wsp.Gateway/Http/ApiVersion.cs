namespace Wsp.Gateway.Http;

/// <summary>The semantic version of the GraphQL schema, sent as the <c>API-Version</c> header.</summary>
internal static class ApiVersion
{
    public const string Current = "0.1.0";
}
