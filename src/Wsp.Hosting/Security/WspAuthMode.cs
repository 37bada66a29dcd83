namespace Wsp.Hosting.Security;

/// <summary>How the gateway trusts bearer tokens (toegangstokens).</summary>
public enum WspAuthMode
{
    /// <summary>
    /// Production: tokens from the configured identity provider (<see cref="WspAuthOptions.Authority"/>) or signed with
    /// a configured key; development tokens are refused and <c>wsp token</c> refuses to issue them.
    /// </summary>
    Production = 0,

    /// <summary>Development: tokens signed with the development key, issued by <c>wsp token</c>.</summary>
    Development = 1,
}
