using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Arrangements;

/// <summary>A region's standing (deelname) on an arrangement: pending, joined or declined, with the version it signed (rules L2, L3).</summary>
/// <param name="Region">The region.</param>
/// <param name="Participation">Where it stands.</param>
/// <param name="SignedVersion">The version it joined, or null unless joined.</param>
/// <param name="Decision">Its last decision (by its contact person, rule L4), or null while pending.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RegionStanding(RegionCode Region, RegionParticipation Participation, int? SignedVersion, RegionDecision? Decision);
