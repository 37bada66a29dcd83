using NodaTime;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage;

/// <summary>
/// The flat read model of a vacancy (vacature) that stores index and specifications query: every field a list or
/// filter needs, as plain values, so EF Core and Cosmos LINQ translate a specification (<see cref="Specifications.VacanciesInRegions"/>)
/// of it directly. Stores write it in the same write as the vacancy.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record VacancySummary
{
    /// <summary>Gets the vacancy's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the employer account's id.</summary>
    public required string AccountId { get; init; }

    /// <summary>Gets the region code, for example <c>AM21</c>.</summary>
    public required string RegionCode { get; init; }

    /// <summary>Gets the owner, <c>UWV</c> or <c>GMxxxx</c>.</summary>
    public required string Owner { get; init; }

    /// <summary>Gets the sector code.</summary>
    public required string SectorCode { get; init; }

    /// <summary>Gets the job title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets a value indicating whether the vacancy is open.</summary>
    public required bool IsOpen { get; init; }

    /// <summary>Gets a value indicating whether the vacancy was registered late (rule H10); never for a duplicate.</summary>
    public required bool IsRegisteredLate { get; init; }

    /// <summary>
    /// Gets the vacancy this one duplicates for a chain partner (rule H15), or null: a duplicate is no new vacancy, so
    /// the figures that count registered vacancies leave it out.
    /// </summary>
    public string? DuplicatedFrom { get; init; }

    /// <summary>Gets when the vacancy was registered.</summary>
    public required Instant RegisteredAt { get; init; }

    /// <summary>Gets the last day the vacancy is open.</summary>
    public required LocalDate ExpiresOn { get; init; }

    /// <summary>Gets the workplaces (rule H13).</summary>
    public required int Workplaces { get; init; }

    /// <summary>Gets the number of placements booked on it.</summary>
    public required int Placements { get; init; }

    /// <summary>Gets the number of referrals recorded on it.</summary>
    public required int Referrals { get; init; }

    /// <summary>Gets the co-production it belongs to (rule H13), or null.</summary>
    public string? CoProductionId { get; init; }

    /// <summary>Gets a value indicating whether its owner got it by a hand-over or take-over (rules H11, H15): the last change of owner.</summary>
    public bool IsHandedOver { get; init; }

    /// <summary>Returns the status on a day: closed, expired (open and past its last day) or open.</summary>
    /// <param name="today">The day (Dutch calendar).</param>
    /// <returns>The status.</returns>
    public VacancyStatus StatusOn(LocalDate today) => Vacancy.StatusOf(IsOpen ? VacancyStatus.Open : VacancyStatus.Closed, ExpiresOn, today);

    /// <summary>Builds the summary of a vacancy.</summary>
    /// <param name="vacancy">The vacancy.</param>
    /// <returns>Its summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="vacancy"/> is null.</exception>
    public static VacancySummary Of(Vacancy vacancy)
    {
        Preconditions.CheckNotNull(vacancy);
        return new VacancySummary
        {
            Id = vacancy.Id,
            AccountId = vacancy.AccountId,
            RegionCode = vacancy.Region.Code.ToString(),
            Owner = vacancy.Owner.ToString(),
            SectorCode = vacancy.SectorCode,
            Title = vacancy.Title,
            IsOpen = vacancy.Status == VacancyStatus.Open,
            IsRegisteredLate = vacancy.IsRegisteredLate,
            DuplicatedFrom = vacancy.DuplicatedFrom,
            RegisteredAt = vacancy.RegisteredAt,
            ExpiresOn = vacancy.ExpiresOn,
            Workplaces = vacancy.Workplaces,
            Placements = vacancy.Placements.Count,
            Referrals = vacancy.Referrals.Count,
            CoProductionId = vacancy.CoProductionId,
            IsHandedOver = vacancy.Handovers.Count > 0,
        };
    }
}
