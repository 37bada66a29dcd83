using Ardalis.Specification;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Specifications;

/// <summary>
/// The vacancies (vacatures) of co-productions (rule H13: each participating partner registers its own vacancy under
/// the same co-production id), in a set of regions, optionally of one owner; first registered first, then by id.
/// </summary>
/// <remarks>Built in its constructor and not changed after: safe to share between threads.</remarks>
public sealed class VacanciesOfCoProduction : Specification<VacancySummary>
{
    /// <summary>Initializes the specification for one co-production.</summary>
    /// <param name="coProductionId">The co-production.</param>
    /// <param name="regions">The regions, or null for every region; an empty collection lists nothing.</param>
    /// <param name="take">The page size, or null for the store's default.</param>
    /// <exception cref="ArgumentException">The id is blank, a region is not initialized, or <paramref name="take"/> is less than 1.</exception>
    public VacanciesOfCoProduction(string coProductionId, IReadOnlyCollection<RegionCode>? regions = null, int? take = null)
        : this([Preconditions.CheckNotNullOrWhiteSpace(coProductionId)], regions, owner: null, take)
    {
    }

    /// <summary>Initializes the specification for several co-productions, optionally of one owner.</summary>
    /// <param name="coProductionIds">The co-productions; none lists nothing.</param>
    /// <param name="regions">The regions, or null for every region; an empty collection lists nothing.</param>
    /// <param name="owner">Only vacancies this partner owns, or null for any.</param>
    /// <param name="take">The page size, or null for the store's default.</param>
    /// <exception cref="ArgumentException">An id is blank, a region is not initialized, or <paramref name="take"/> is less than 1.</exception>
    public VacanciesOfCoProduction(IReadOnlyCollection<string> coProductionIds, IReadOnlyCollection<RegionCode>? regions, BookingPartner? owner, int? take = null)
    {
        var ids = Preconditions.CheckNotNull(coProductionIds).Select(id => Preconditions.CheckNotNullOrWhiteSpace(id, nameof(coProductionIds))).Distinct(StringComparer.Ordinal).ToArray();
        Query.Where(ids.Length == 1 ? Equal(ids[0]) : In(ids));
        if (regions is not null)
        {
            Query.Where(RegionCriterion.Of<VacancySummary>(regions, v => v.RegionCode));
        }

        if (owner is { } o)
        {
            var code = o.ToString();
            Query.Where(v => v.Owner == code);
        }

        Query.OrderBy(v => v.RegisteredAt).ThenBy(v => v.Id);
        if (Paging.Take(take) is { } size)
        {
            Query.Take(size);
        }

        static System.Linq.Expressions.Expression<Func<VacancySummary, bool>> Equal(string id) => v => v.CoProductionId == id;

        // Called as a static method: C# 14 would bind array.Contains to MemoryExtensions over a span, which not every LINQ provider knows.
        static System.Linq.Expressions.Expression<Func<VacancySummary, bool>> In(string[] ids) => v => Enumerable.Contains(ids, v.CoProductionId);
    }
}
