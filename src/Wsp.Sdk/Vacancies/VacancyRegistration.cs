using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Vacancies;

/// <summary>A request to register a vacancy (vacature registreren) as the owner's advisor enters it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record VacancyRegistration
{
    /// <summary>Initializes a request.</summary>
    /// <param name="vacancyId">The new vacancy's id.</param>
    /// <param name="account">The employer account; it needs a KvK number, since placements are booked under it.</param>
    /// <param name="establishment">Where the work is done: one of the account's establishments.</param>
    /// <param name="owner">The partner that registers and owns the vacancy.</param>
    /// <param name="title">The job title.</param>
    /// <param name="sectorCode">A sector code of <paramref name="sectors"/>.</param>
    /// <param name="receivedAt">When the vacancy was received from the employer (rule H10: register within 24 hours).</param>
    /// <param name="expiresOn">The last day the vacancy is open.</param>
    /// <param name="publication">Open or blocked (rule H10).</param>
    /// <param name="isRecruitmentOrder">Whether the employer gave a real recruitment order (rule H16); false is refused.</param>
    /// <param name="positions">How many people the employer is looking for in all; 10 or more is a co-production (rule H13).</param>
    /// <param name="targetGroups">The target groups the vacancy is for, when it is a target-group vacancy (rule H12).</param>
    /// <param name="selection">Selection on age, sex or origin: only on a vacancy flagged for a target group other than REGULAR (rule H12).</param>
    /// <param name="coProductionId">The co-production the vacancy belongs to, required for 10 or more positions (rule H13).</param>
    /// <param name="sectors">
    /// The classification the sector code is checked against; null for <see cref="SectorClassifications.Haaglanden2015"/>,
    /// the classification the placements CSV is checked against, so a vacancy's placements carry a sector every figure knows.
    /// </param>
    /// <exception cref="ArgumentException">An argument is missing, inconsistent or out of range, or the sector code is not one of the classification.</exception>
    public VacancyRegistration(
        string vacancyId,
        EmployerAccount account,
        Establishment establishment,
        BookingPartner owner,
        string title,
        string sectorCode,
        Instant receivedAt,
        LocalDate expiresOn,
        Publication publication,
        bool isRecruitmentOrder,
        int positions = 1,
        TargetGroupSet targetGroups = default,
        SelectionCriteria selection = SelectionCriteria.None,
        string? coProductionId = null,
        SectorClassification? sectors = null)
    {
        VacancyId = Preconditions.CheckNotNullOrWhiteSpace(vacancyId);
        Account = Preconditions.CheckNotNull(account);
        Preconditions.CheckArgument(account.Kvk is not null, nameof(account), $"Account {account.Id} has no KvK number: placements are booked under the employer's KvK number.");
        Establishment = Preconditions.CheckNotNull(establishment);
        Preconditions.CheckArgument(account.Establishments.Contains(establishment), nameof(establishment), $"The establishment at {establishment.Postcode} is not one of account {account.Id}'s.");
        Owner = Preconditions.CheckInitialized(owner);
        Title = Preconditions.CheckNotNullOrWhiteSpace(title).Trim();
        SectorCode = Preconditions.CheckNotNullOrWhiteSpace(sectorCode);
        sectors ??= SectorClassifications.Haaglanden2015;
        Preconditions.CheckArgument(sectors.Find(sectorCode) is not null, nameof(sectorCode), $"'{sectorCode}' is not a sector of classification {sectors.Id}: one of {string.Join(", ", sectors.Sectors.Select(s => s.Code))}.");
        ReceivedAt = receivedAt;
        ExpiresOn = expiresOn;
        Publication = Preconditions.CheckNotNull(publication);
        IsRecruitmentOrder = isRecruitmentOrder;
        Positions = Preconditions.CheckArgumentRange(positions, 1, 10_000);
        TargetGroups = targetGroups;
        Preconditions.CheckArgument((selection & ~(SelectionCriteria.Age | SelectionCriteria.Sex | SelectionCriteria.Origin)) == 0, nameof(selection), $"'{selection}' is not a combination of selection criteria.");
        Selection = selection;
        Preconditions.CheckArgument(coProductionId is null || !string.IsNullOrWhiteSpace(coProductionId), nameof(coProductionId), "A co-production id is null when there is none, never blank.");
        CoProductionId = coProductionId;
    }

    /// <summary>Gets the new vacancy's id.</summary>
    public string VacancyId { get; }

    /// <summary>Gets the employer account.</summary>
    public EmployerAccount Account { get; }

    /// <summary>Gets where the work is done.</summary>
    public Establishment Establishment { get; }

    /// <summary>Gets the partner that registers and owns the vacancy.</summary>
    public BookingPartner Owner { get; }

    /// <summary>Gets the job title.</summary>
    public string Title { get; }

    /// <summary>Gets the sector code, one of the classification's.</summary>
    public string SectorCode { get; }

    /// <summary>Gets when the vacancy was received from the employer.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>Gets the last day the vacancy is open.</summary>
    public LocalDate ExpiresOn { get; }

    /// <summary>Gets how the vacancy is published.</summary>
    public Publication Publication { get; }

    /// <summary>Gets a value indicating whether the employer gave a real recruitment order.</summary>
    public bool IsRecruitmentOrder { get; }

    /// <summary>Gets how many people the employer is looking for in all.</summary>
    public int Positions { get; }

    /// <summary>Gets the target groups of a target-group vacancy; empty for a regular vacancy.</summary>
    public TargetGroupSet TargetGroups { get; }

    /// <summary>Gets the selection on age, sex or origin.</summary>
    public SelectionCriteria Selection { get; }

    /// <summary>Gets the co-production the vacancy belongs to, or null.</summary>
    public string? CoProductionId { get; }
}
