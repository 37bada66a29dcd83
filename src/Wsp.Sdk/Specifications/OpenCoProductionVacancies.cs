using Ardalis.Specification;
using NodaTime;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Specifications;

/// <summary>
/// The open vacancies of co-productions (rule H13) in a set of regions that other partners registered and that are
/// not past their last day: where a chain partner may still have to register its own vacancy (rule H10: within 24
/// hours of receipt). First registered first, then by id.
/// </summary>
/// <remarks>Built in its constructor and not changed after: safe to share between threads.</remarks>
public sealed class OpenCoProductionVacancies : Specification<VacancySummary>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="regions">The regions, or null for every region; an empty collection lists nothing.</param>
    /// <param name="exceptOwner">Leave out this partner's own vacancies.</param>
    /// <param name="today">The day (Dutch calendar): vacancies past their last day are left out.</param>
    /// <param name="take">The page size, or null for the store's default.</param>
    /// <exception cref="ArgumentException">A region or the partner is not initialized, or <paramref name="take"/> is less than 1.</exception>
    public OpenCoProductionVacancies(IReadOnlyCollection<RegionCode>? regions, BookingPartner exceptOwner, LocalDate today, int? take = null)
    {
        var code = Preconditions.CheckInitialized(exceptOwner).ToString();
        if (regions is not null)
        {
            Query.Where(RegionCriterion.Of<VacancySummary>(regions, v => v.RegionCode));
        }

        Query.Where(v => v.CoProductionId != null && v.IsOpen && v.ExpiresOn >= today && v.Owner != code)
            .OrderBy(v => v.RegisteredAt)
            .ThenBy(v => v.Id);
        if (Paging.Take(take) is { } size)
        {
            Query.Take(size);
        }
    }
}
