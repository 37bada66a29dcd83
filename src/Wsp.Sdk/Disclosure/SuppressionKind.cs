namespace Wsp.Sdk.Disclosure;

/// <summary>Whether a disclosed count is published or withheld (achtergehouden), and why.</summary>
public enum SuppressionKind
{
    /// <summary>Published: exact for partners, perturbed by its cell key for a reader of aggregates only.</summary>
    None = 0,

    /// <summary>Withheld: the count, or the count after its perturbation, is below the threshold (zero included for a reader of aggregates only).</summary>
    SmallCount = 1,
}

/// <summary>Helpers on <see cref="SuppressionKind"/>.</summary>
internal static class SuppressionKinds
{
    public static bool IsWithheld(this SuppressionKind kind) => kind != SuppressionKind.None;
}
