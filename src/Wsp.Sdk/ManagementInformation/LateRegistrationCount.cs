using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>The vacancies (vacatures) a region registered in a period and how many of them late (rule H10).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record LateRegistrationCount
{
    internal LateRegistrationCount(RegionCode region, Tally registered, Tally late)
    {
        Region = region;
        Registered = registered.Count;
        Late = late.Count;
        RegisteredTally = registered;
        LateTally = late;
    }

    /// <summary>Gets the region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets the vacancies registered in the period.</summary>
    public int Registered { get; }

    /// <summary>Gets those registered more than 24 hours after receipt.</summary>
    public int Late { get; }

    /// <summary>Gets the registered vacancies' tally (count and cell key), for the disclosure.</summary>
    internal Tally RegisteredTally { get; }

    /// <summary>Gets the late vacancies' tally, for the disclosure.</summary>
    internal Tally LateTally { get; }

    /// <summary>Gets <see cref="Late"/> / <see cref="Registered"/>; 0 when nothing was registered.</summary>
    public decimal LateShare => Registered == 0 ? 0m : (decimal)Late / Registered;
}
