namespace Wsp.Sdk.TargetGroups;

/// <summary>
/// A target group (doelgroep) a candidate belongs to (rule L7). The Participatiewet population is the whole; the
/// banenafspraak group is part of it. Who may book a placement for which group is rule H15.
/// </summary>
public enum TargetGroup
{
    /// <summary>Participatiewet (bijstand): municipal target group. CSV code <c>PARTICIPATIEWET</c>.</summary>
    Participatiewet = 0,

    /// <summary>Banenafspraak-indicatie (doelgroepregister): counts for the job agreement. CSV code <c>BANENAFSPRAAK</c>.</summary>
    Banenafspraak = 1,

    /// <summary>WW (unemployment benefit): UWV's target group. CSV code <c>WW</c>.</summary>
    WW = 2,

    /// <summary>Wajong (young disabled): UWV's target group. CSV code <c>WAJONG</c>.</summary>
    Wajong = 3,

    /// <summary>Wsw (sheltered employment, SW-bedrijf): municipal target group. CSV code <c>WSW</c>.</summary>
    Wsw = 4,

    /// <summary>Jongeren (youth). CSV code <c>YOUTH</c>.</summary>
    Youth = 5,

    /// <summary>55-plussers. CSV code <c>OVER_55</c>.</summary>
    Over55 = 6,

    /// <summary>Statushouders (status holders): municipal target group. CSV code <c>STATUS_HOLDER</c>.</summary>
    StatusHolder = 7,

    /// <summary>Reguliere kandidaten (regular candidates). CSV code <c>REGULAR</c>.</summary>
    Regular = 8,
}
