using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The cell of the placement-starts pre-aggregate (plaatsingsstarts) a placement is counted in: every dimension of
/// <see cref="PlacementsFlow"/> except the employer, so the flow can be grouped by any of them without reading the
/// placements.
/// </summary>
/// <param name="Region">The labour market region.</param>
/// <param name="SectorCode">The sector code.</param>
/// <param name="BookingPartner">The partner that booked the placement.</param>
/// <param name="ArrangementId">The national arrangement, or null for none.</param>
/// <param name="TargetGroups">The candidate's target groups, as a set.</param>
/// <param name="EmployerKind">Market or government.</param>
/// <remarks>This is an immutable value type and is thread-safe.</remarks>
public readonly record struct PlacementStartsKey(
    RegionCode Region,
    string SectorCode,
    BookingPartner BookingPartner,
    string? ArrangementId,
    TargetGroupSet TargetGroups,
    EmployerKind EmployerKind)
{
    /// <summary>Gets the sector code.</summary>
    public string SectorCode { get; init; } = Preconditions.CheckNotNull(SectorCode);
}
