using Ardalis.Specification;
using NodaTime;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Specifications;

/// <summary>
/// The vacancies (vacatures) a partner lists: those in a set of regions, optionally of one status (open, closed, or
/// expired on a day), owner and employer account, newest registration first and then by id, so pages are stable.
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
    /// <param name="today">
    /// The day (Dutch calendar) a status is judged on: with it, <see cref="VacancyStatus.Open"/> lists the open vacancies
    /// not past their last day and <see cref="VacancyStatus.Expired"/> those past it; without it, open lists every open one.
    /// </param>
    /// <exception cref="ArgumentException">A region or the status is not initialized or defined, <paramref name="skip"/> is negative, <paramref name="take"/> is less than 1, or expired vacancies are asked without <paramref name="today"/>.</exception>
    public VacanciesInRegions(
        IReadOnlyCollection<RegionCode>? regions,
        VacancyStatus? status = null,
        BookingPartner? owner = null,
        string? employerAccountId = null,
        int skip = 0,
        int? take = null,
        LocalDate? today = null)
    {
        if (regions is not null)
        {
            Query.Where(RegionCriterion.Of<VacancySummary>(regions, v => v.RegionCode));
        }

        switch (status is { } s ? Preconditions.CheckDefined(s, nameof(status)) : (VacancyStatus?)null)
        {
            case VacancyStatus.Closed:
                Query.Where(v => !v.IsOpen);
                break;
            case VacancyStatus.Open when today is { } day:
                Query.Where(v => v.IsOpen && v.ExpiresOn >= day);
                break;
            case VacancyStatus.Open:
                Query.Where(v => v.IsOpen);
                break;
            case VacancyStatus.Expired:
                var expiredBefore = today ?? throw new ArgumentException("Expired vacancies are listed on a day: give today.", nameof(today));
                Query.Where(v => v.IsOpen && v.ExpiresOn < expiredBefore);
                break;
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
