using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Vacancies;

/// <summary>
/// The state of a <see cref="Vacancy"/> as a store keeps it: every field, as plain values and domain value types,
/// without behaviour. <see cref="Vacancy.ToState"/> gives it; <see cref="Vacancy.FromState"/> rebuilds the vacancy.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record VacancyState
{
    /// <summary>Gets the vacancy's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the employer account's id.</summary>
    public required string AccountId { get; init; }

    /// <summary>Gets the employer's KvK number.</summary>
    public required KvkNumber Employer { get; init; }

    /// <summary>Gets market or government.</summary>
    public required EmployerKind EmployerKind { get; init; }

    /// <summary>Gets where the work is done.</summary>
    public required Establishment Establishment { get; init; }

    /// <summary>Gets the owner.</summary>
    public required BookingPartner Owner { get; init; }

    /// <summary>Gets the job title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the sector code.</summary>
    public required string SectorCode { get; init; }

    /// <summary>Gets when the vacancy was received.</summary>
    public required Instant ReceivedAt { get; init; }

    /// <summary>Gets when the vacancy was registered.</summary>
    public required Instant RegisteredAt { get; init; }

    /// <summary>Gets the last day it is open.</summary>
    public required LocalDate ExpiresOn { get; init; }

    /// <summary>Gets how it is published.</summary>
    public required Publication Publication { get; init; }

    /// <summary>Gets the positions the employer is looking for.</summary>
    public required int Positions { get; init; }

    /// <summary>Gets the target groups of a target-group vacancy.</summary>
    public required TargetGroupSet TargetGroups { get; init; }

    /// <summary>Gets the selection on age, sex or origin.</summary>
    public required SelectionCriteria Selection { get; init; }

    /// <summary>Gets the co-production, or null.</summary>
    public string? CoProductionId { get; init; }

    /// <summary>Gets the vacancy it duplicates, or null.</summary>
    public string? DuplicatedFrom { get; init; }

    /// <summary>Gets, on a duplicate, the chain partner's referrals on the vacancy it duplicates (rule H15); empty otherwise.</summary>
    public IReadOnlyList<Referral> OriginReferrals { get; init; } = [];

    /// <summary>Gets open or closed.</summary>
    public required VacancyStatus Status { get; init; }

    /// <summary>Gets the workplaces.</summary>
    public required int Workplaces { get; init; }

    /// <summary>Gets the referrals.</summary>
    public required IReadOnlyList<Referral> Referrals { get; init; }

    /// <summary>Gets the booked placements.</summary>
    public required IReadOnlyList<Placement> Placements { get; init; }

    /// <summary>Gets the changes of owner.</summary>
    public required IReadOnlyList<VacancyHandover> Handovers { get; init; }

    /// <summary>Gets why it was closed, or null.</summary>
    public VacancyCloseReason? CloseReason { get; init; }

    /// <summary>Gets the corrections, oldest first; none for a vacancy never corrected.</summary>
    public IReadOnlyList<VacancyChange> Corrections { get; init; } = [];
}
