using Ardalis.Specification;
using NodaTime;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Specifications;

/// <summary>
/// The open vacancies (vacatures) of one owner that ask for its attention, for its work queue: those it got by a
/// hand-over or take-over (rules H11, H15), newest registration first; or those whose last day falls in a window,
/// soonest first (rule H15: an expired vacancy is reactivated before its workplaces are raised). Then by id.
/// </summary>
/// <remarks>Built by its factories and not changed after: safe to share between threads.</remarks>
public sealed class VacanciesOfOwner : Specification<VacancySummary>
{
    private VacanciesOfOwner(BookingPartner owner, IReadOnlyCollection<RegionCode>? regions, int? take)
    {
        var code = Preconditions.CheckInitialized(owner).ToString();
        Query.Where(v => v.Owner == code && v.IsOpen);
        if (regions is not null)
        {
            Query.Where(RegionCriterion.Of<VacancySummary>(regions, v => v.RegionCode));
        }

        if (Paging.Take(take) is { } size)
        {
            Query.Take(size);
        }
    }

    /// <summary>The open vacancies the owner got by a hand-over or take-over, newest registration first.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="regions">The regions, or null for every region.</param>
    /// <param name="take">The page size, or null for the store's default.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentException">The owner or a region is not initialized, or <paramref name="take"/> is less than 1.</exception>
    public static VacanciesOfOwner HandedOver(BookingPartner owner, IReadOnlyCollection<RegionCode>? regions = null, int? take = null)
    {
        var specification = new VacanciesOfOwner(owner, regions, take);
        specification.Query.Where(v => v.IsHandedOver).OrderByDescending(v => v.RegisteredAt).ThenBy(v => v.Id);
        return specification;
    }

    /// <summary>The open vacancies of the owner whose last day lies in <paramref name="days"/>, soonest first.</summary>
    /// <param name="owner">The owner.</param>
    /// <param name="days">The first and last day of the window.</param>
    /// <param name="regions">The regions, or null for every region.</param>
    /// <param name="take">The page size, or null for the store's default.</param>
    /// <returns>The specification.</returns>
    /// <exception cref="ArgumentException">An argument is missing or not initialized, or <paramref name="take"/> is less than 1.</exception>
    public static VacanciesOfOwner ExpiringIn(BookingPartner owner, DateInterval days, IReadOnlyCollection<RegionCode>? regions = null, int? take = null)
    {
        Preconditions.CheckNotNull(days);
        var (first, last) = (days.Start, days.End);
        var specification = new VacanciesOfOwner(owner, regions, take);
        specification.Query.Where(v => v.ExpiresOn >= first && v.ExpiresOn <= last).OrderBy(v => v.ExpiresOn).ThenBy(v => v.Id);
        return specification;
    }
}
