namespace Wsp.Sdk.Counting;

/// <summary>
/// The dimensions placements can be grouped by in the management information (rule H6); combine them to group by
/// several at once.
/// </summary>
[Flags]
public enum PlacementDimensions
{
    /// <summary>No grouping: one total.</summary>
    None = 0,

    /// <summary>Per labour market region (arbeidsmarktregio).</summary>
    Region = 1,

    /// <summary>Per sector.</summary>
    Sector = 2,

    /// <summary>Per target group (doelgroep); a placement counts once in each of its groups.</summary>
    TargetGroup = 4,

    /// <summary>Per employer (werkgever), by KvK number.</summary>
    Employer = 8,

    /// <summary>Per booking partner (gemeente or UWV).</summary>
    Partner = 16,

    /// <summary>Per national arrangement (rule L5: results monitored per arrangement per region); placements under none group under null.</summary>
    Arrangement = 32,
}
