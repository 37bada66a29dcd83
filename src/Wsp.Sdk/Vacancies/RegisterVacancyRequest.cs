using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Vacancies;

/// <summary>
/// What a partner gives to register a vacancy (vacature registreren, rules H10, H12, H13, H16); the caller becomes its
/// owner (<see cref="WspClient.RegisterVacancyAsync"/>).
/// </summary>
/// <param name="Id">The vacancy's id.</param>
/// <param name="EmployerId">The employer account.</param>
/// <param name="Title">The job title.</param>
/// <param name="SectorCode">The sector code, for example <c>RETAIL</c>: one of the Haaglanden 2015 classification (the classification the placements CSV is checked against).</param>
/// <param name="ReceivedAt">When the employer reported it (rule H10: registered within 24 hours).</param>
/// <param name="ExpiresOn">The last day it is open.</param>
/// <param name="Publication">Open or blocked, with its text (rule H10).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RegisterVacancyRequest(string Id, string EmployerId, string Title, string SectorCode, Instant ReceivedAt, LocalDate ExpiresOn, Publication Publication)
{
    /// <summary>Gets the vacancy's id.</summary>
    public string Id { get; init; } = Preconditions.CheckNotNullOrWhiteSpace(Id);

    /// <summary>Gets the employer account.</summary>
    public string EmployerId { get; init; } = Preconditions.CheckNotNullOrWhiteSpace(EmployerId);

    /// <summary>Gets the job title.</summary>
    public string Title { get; init; } = Preconditions.CheckNotNullOrWhiteSpace(Title);

    /// <summary>Gets the sector code.</summary>
    public string SectorCode { get; init; } = Preconditions.CheckNotNullOrWhiteSpace(SectorCode);

    /// <summary>Gets the publication (rule H10).</summary>
    public Publication Publication { get; init; } = Preconditions.CheckNotNull(Publication);

    /// <summary>Gets the postcode of the account's establishment the vacancy is at, or null for its first establishment.</summary>
    public Postcode? Postcode { get; init; }

    /// <summary>Gets whether a real recruitment order lies behind it (rule H16); true by default.</summary>
    public bool IsRecruitmentOrder { get; init; } = true;

    /// <summary>Gets the positions the employer asked for (1 by default; from 10 a co-production, rule H13).</summary>
    public int Positions { get; init; } = 1;

    /// <summary>Gets the target-group flags (rule H12); none by default.</summary>
    public TargetGroupSet TargetGroups { get; init; }

    /// <summary>
    /// Gets the selection on age, sex or origin (rule H12): none by default; allowed only on a vacancy flagged for a target
    /// group other than REGULAR.
    /// </summary>
    public SelectionCriteria Selection { get; init; }

    /// <summary>Gets the co-production the vacancy is part of (rule H13), or null.</summary>
    public string? CoProductionId { get; init; }
}
