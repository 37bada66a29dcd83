namespace Wsp.Sdk.Disclosure;

/// <summary>Whether and why an entry of a table is suppressed (onderdrukt).</summary>
public enum SuppressionKind
{
    /// <summary>Published.</summary>
    None = 0,

    /// <summary>Primary suppression: the count is above zero and below the threshold.</summary>
    SmallCount = 1,

    /// <summary>Secondary suppression: withheld so that a small count cannot be derived from a total and the other entries of its row or column.</summary>
    Secondary = 2,
}
