using Ardalis.Specification;
using NodaTime;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Specifications;

/// <summary>
/// The vacancies (vacatures) registered in an interval, of one region or of all, by id: what the management figures
/// (rule H10) and the employers in contact (rule H5) read, page by page.
/// </summary>
/// <remarks>Built in its constructor and not changed after: safe to share between threads.</remarks>
public sealed class VacanciesRegisteredIn : Specification<VacancySummary>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="registered">The interval the registration lies in: start included, end excluded; both bounded.</param>
    /// <param name="region">Only this region, or null for every region.</param>
    /// <param name="pageSize">The page size, at least 1.</param>
    /// <exception cref="ArgumentException">The interval is unbounded, the region is not initialized or <paramref name="pageSize"/> is less than 1.</exception>
    public VacanciesRegisteredIn(Interval registered, RegionCode? region = null, int pageSize = 500)
    {
        Preconditions.CheckArgument(registered.HasStart && registered.HasEnd, nameof(registered), "The interval must have a start and an end.");
        var (from, to) = (registered.Start, registered.End);
        Query.Where(v => v.RegisteredAt >= from && v.RegisteredAt < to);
        if (region is { } r)
        {
            Query.Where(RegionCriterion.Of<VacancySummary>([r], v => v.RegionCode));
        }

        Query.OrderBy(v => v.Id).Take(Preconditions.CheckArgumentRange(pageSize, 1, int.MaxValue));
    }
}
