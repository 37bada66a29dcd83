using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>The results of a national arrangement in one region (rule L5): its participation and its placements.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class ArrangementRegionResult
{
    internal ArrangementRegionResult(RegionCode region, RegionParticipation? participation, ArrangementVersion? signed, Tally placements)
    {
        Region = region;
        Participation = participation;
        SignedVersion = signed?.Number;
        SignedJobOpportunities = signed?.JobOpportunities;
        Placements = placements.Count;
        Tally = placements;
    }

    /// <summary>Gets the region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets where the region stands: joined, declined, pending, or null when it was never asked to decide.</summary>
    public RegionParticipation? Participation { get; }

    /// <summary>Gets the version the region signed, when it joined.</summary>
    public int? SignedVersion { get; }

    /// <summary>Gets the job opportunities of the signed version, when the region joined.</summary>
    public int? SignedJobOpportunities { get; }

    /// <summary>Gets the placements under the arrangement in the region in the period.</summary>
    public int Placements { get; }

    /// <summary>Gets the placements' tally (count and cell key), for the disclosure.</summary>
    internal Tally Tally { get; }
}
