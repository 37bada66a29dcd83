using Ardalis.Specification;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Specifications;

/// <summary>
/// The employer accounts (werkgeversaccounts) a partner lists: those with their home region in a set of regions,
/// optionally of one owner (rule H7), by name and then by id, so pages are stable.
/// </summary>
/// <remarks>Built in its constructor and not changed after: safe to share between threads.</remarks>
public sealed class AccountsInRegions : Specification<EmployerAccountSummary>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="regions">The home regions to list, or null for every region; an empty collection lists nothing.</param>
    /// <param name="owner">Only accounts this partner owns (UWV or a municipality), or null for any.</param>
    /// <param name="skip">How many to skip, in this order, before the first returned.</param>
    /// <param name="take">The page size, or null for the store's default.</param>
    /// <exception cref="ArgumentException">A region is not initialized, <paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.</exception>
    public AccountsInRegions(IReadOnlyCollection<RegionCode>? regions, BookingPartner? owner = null, int skip = 0, int? take = null)
    {
        if (regions is not null)
        {
            Query.Where(RegionCriterion.Of<EmployerAccountSummary>(regions, a => a.RegionCode));
        }

        if (owner is { } o)
        {
            var code = o.ToString();
            Query.Where(a => a.Owner == code);
        }

        Query.OrderBy(a => a.Name).ThenBy(a => a.Id);
        Query.Skip(Paging.Skip(skip));
        if (Paging.Take(take) is { } size)
        {
            Query.Take(size);
        }
    }
}
