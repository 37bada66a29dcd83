using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The group a placement count belongs to: one value per dimension grouped by, null for the dimensions not grouped by.
/// </summary>
/// <param name="Region">The region, when grouped by region.</param>
/// <param name="SectorCode">The sector code, when grouped by sector.</param>
/// <param name="TargetGroup">The target group, when grouped by target group.</param>
/// <param name="Employer">The employer, when grouped by employer.</param>
/// <param name="Partner">The booking partner, when grouped by partner.</param>
/// <param name="ArrangementId">The national arrangement, when grouped by arrangement; null also for placements under none.</param>
/// <remarks>This is an immutable value type and is thread-safe.</remarks>
public readonly record struct PlacementGroupKey(
    RegionCode? Region,
    string? SectorCode,
    TargetGroup? TargetGroup,
    KvkNumber? Employer,
    BookingPartner? Partner,
    string? ArrangementId = null);
