using Ardalis.Specification;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Specifications;

/// <summary>
/// The vacancies (vacatures) a partner lists: those in a set of regions, optionally of one status, owner and employer
/// account, newest registration first and then by id, so pages are stable.
/// </summary>
/// <remarks>Built in its constructor and not changed after: safe to share between threads.</remarks>
public sealed class VacanciesInRegions : Specification<VacancySummary>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="regions">The regions to list, or null for every region; an empty collection lists nothing.</param>
    /// <param name="status">Only vacancies of this status, or null for any.</param>
    /// <param name="owner">Only vacancies this partner owns (UWV or a municipality), or null for any.</param>
    /// <param name="employerAccountId">Only vacancies of this employer account, or null for any.</param>
    /// <param name="skip">How many to skip, in this order, before the first returned.</param>
    /// <param name="take">The page size, or null for the store's default.</param>
    /// <exception cref="ArgumentException">A region or the status is not initialized or defined, <paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.</exception>
    public VacanciesInRegions(
        IReadOnlyCollection<RegionCode>? regions,
        VacancyStatus? status = null,
        BookingPartner? owner = null,
        string? employerAccountId = null,
        int skip = 0,
        int? take = null)
    {
        if (regions is not null)
        {
            Query.Where(RegionCriterion.Of<VacancySummary>(regions, v => v.RegionCode));
        }

        if (status is { } s)
        {
            var open = Preconditions.CheckDefined(s, nameof(status)) == VacancyStatus.Open;
            Query.Where(v => v.IsOpen == open);
        }

        if (owner is { } o)
        {
            var code = o.ToString();
            Query.Where(v => v.Owner == code);
        }

        if (employerAccountId is not null)
        {
            Query.Where(v => v.AccountId == employerAccountId);
        }

        Query.OrderByDescending(v => v.RegisteredAt).ThenBy(v => v.Id);
        Query.Skip(Paging.Skip(skip));
        if (Paging.Take(take) is { } size)
        {
            Query.Take(size);
        }
    }
}
