using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.RegionalProjects;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>The placements of one regional project (regionaal project, rule H6) in its period, in all and per booking partner.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class RegionalProjectCount
{
    internal RegionalProjectCount(RegionalProject project, PlacementFlowResult flow)
    {
        ProjectId = project.Id;
        Name = project.Name;
        Region = project.Region;
        Period = project.Period;
        Placements = flow.Total;
        ByPartner = flow.Groups.ToDictionary(g => g.Group.Partner!.Value, g => g.Placements);
        Flow = flow;
    }

    /// <summary>Gets the figure's id.</summary>
    public CountingDefinitionId Figure { get; } = ManagementFigures.RegionalProjectPlacements.Id;

    /// <summary>Gets the counting definition the placements come from.</summary>
    public CountingDefinitionId Definition { get; } = PlacementsFlow.Definition.Id;

    /// <summary>Gets the project's id.</summary>
    public string ProjectId { get; }

    /// <summary>Gets the project's name.</summary>
    public string Name { get; }

    /// <summary>Gets the region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets the period counted.</summary>
    public DateInterval Period { get; }

    /// <summary>Gets the placements in all.</summary>
    public int Placements { get; }

    /// <summary>Gets the placements per booking partner.</summary>
    public IReadOnlyDictionary<BookingPartner, int> ByPartner { get; }

    /// <summary>Gets the project's flow by partner, with its tallies (counts and cell keys), for the disclosure.</summary>
    internal PlacementFlowResult Flow { get; }
}
