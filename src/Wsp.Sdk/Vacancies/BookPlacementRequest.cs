using NodaTime;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Vacancies;

/// <summary>
/// What a partner gives to book a placement on a vacancy (plaatsing boeken, rules H13, H15, H16, L2); the caller is the
/// booking partner (<see cref="WspClient.BookPlacementAsync"/>).
/// </summary>
/// <param name="VacancyId">The vacancy.</param>
/// <param name="PlacementId">The placement's id, unique in the store.</param>
/// <param name="Candidate">The referred candidate's pseudonym.</param>
/// <param name="Start">The first working day.</param>
/// <param name="HoursPerWeek">The paid hours a week.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record BookPlacementRequest(string VacancyId, string PlacementId, CandidateReference Candidate, LocalDate Start, decimal HoursPerWeek)
{
    /// <summary>Gets the vacancy.</summary>
    public string VacancyId { get; init; } = Preconditions.CheckNotNullOrWhiteSpace(VacancyId);

    /// <summary>Gets the placement's id.</summary>
    public string PlacementId { get; init; } = Preconditions.CheckNotNullOrWhiteSpace(PlacementId);

    /// <summary>Gets the last working day, or null while it runs.</summary>
    public LocalDate? End { get; init; }

    /// <summary>Gets the national arrangement it falls under (rule L2), or null.</summary>
    public string? ArrangementId { get; init; }
}
