namespace Wsp.Cli;

/// <summary>The tool's exit codes (DESIGN.md, Running it).</summary>
internal static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Refused input: the reasons are printed.</summary>
    public const int Refused = 1;

    /// <summary>A usage error: unknown command or option, a missing or malformed argument.</summary>
    public const int Usage = 2;
}
