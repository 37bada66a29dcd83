namespace Wsp.Sdk.Geography;

/// <summary>How a name lookup (zoeken op naam) ended.</summary>
public enum MatchStatus
{
    /// <summary>No municipality or region is known by that name.</summary>
    NotFound = 0,

    /// <summary>Exactly one was found.</summary>
    Found = 1,

    /// <summary>The name fits more than one; the candidates are listed and none is picked.</summary>
    Ambiguous = 2,
}
