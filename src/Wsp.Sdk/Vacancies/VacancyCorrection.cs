using NodaTime;

namespace Wsp.Sdk.Vacancies;

/// <summary>
/// What to correct on a registered vacancy (vacature corrigeren): its title, last day, positions asked for or
/// publication. A field left null stays as it is. Every change is kept on the vacancy with who made it and when
/// (<see cref="Vacancy.Corrections"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record VacancyCorrection
{
    /// <summary>Gets the new job title, or null.</summary>
    public string? Title { get; init; }

    /// <summary>Gets the new last day, or null.</summary>
    public LocalDate? ExpiresOn { get; init; }

    /// <summary>Gets the new number of positions the employer asks for, or null (10 or more: a co-production, rule H13).</summary>
    public int? Positions { get; init; }

    /// <summary>Gets the new publication, or null (rule H10).</summary>
    public Publication? Publication { get; init; }

    /// <summary>Gets a value indicating whether the correction names no field.</summary>
    public bool IsEmpty => Title is null && ExpiresOn is null && Positions is null && Publication is null;
}
