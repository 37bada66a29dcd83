using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Vacancies;

/// <summary>
/// Which vacancies to list (vacatures opvragen), newest registration first: a region, a status, an owner and an
/// employer narrow it, and the caller's own regions always do (<see cref="WspClient.ListVacanciesAsync"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record VacancyQuery
{
    private readonly int _skip;
    private readonly int _take = 20;

    /// <summary>Gets the only region to list, or null for every region the caller may read.</summary>
    public RegionCode? Region { get; init; }

    /// <summary>Gets the only status to list, or null for open and closed alike.</summary>
    public VacancyStatus? Status { get; init; }

    /// <summary>Gets the only owner to list (UWV or a municipality), or null for every owner.</summary>
    public BookingPartner? Owner { get; init; }

    /// <summary>Gets the only employer account to list the vacancies of, or null.</summary>
    public string? EmployerId { get; init; }

    /// <summary>Gets how many vacancies to pass over first (0 by default).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set below 0.</exception>
    public int Skip { get => _skip; init => _skip = Preconditions.CheckArgumentRange(value, 0, int.MaxValue); }

    /// <summary>Gets the page size (20 by default, at most 1,000).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1…1,000.</exception>
    public int Take { get => _take; init => _take = Preconditions.CheckArgumentRange(value, 1, 1_000); }
}
