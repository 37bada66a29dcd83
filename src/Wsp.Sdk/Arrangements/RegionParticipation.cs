namespace Wsp.Sdk.Arrangements;

/// <summary>Where a region stands on a final arrangement (intekenen, rule L2): each region decides for itself.</summary>
public enum RegionParticipation
{
    /// <summary>The arrangement is final and the region has not decided yet.</summary>
    Pending = 0,

    /// <summary>The region joined (ingetekend); execution is the region's.</summary>
    Joined = 1,

    /// <summary>The region declined; nobody can oblige it.</summary>
    Declined = 2,
}
