using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The cell of the job-agreement ledger (banenafspraak-grootboek) an hours delta belongs to: the dimensions the
/// management information (rule H6) breaks job-agreement jobs down by.
/// </summary>
/// <param name="Region">The labour market region of the establishment.</param>
/// <param name="EmployerKind">Market or government.</param>
/// <param name="SectorCode">The sector code.</param>
/// <param name="BookingPartner">The partner that booked the placement.</param>
/// <param name="ArrangementId">The national arrangement, or null for none.</param>
/// <remarks>This is an immutable value type and is thread-safe.</remarks>
public readonly record struct JobAgreementLedgerKey(
    RegionCode Region,
    EmployerKind EmployerKind,
    string SectorCode,
    BookingPartner BookingPartner,
    string? ArrangementId)
{
    /// <summary>Gets the sector code.</summary>
    public string SectorCode { get; init; } = Preconditions.CheckNotNull(SectorCode);
}
