using Ardalis.Specification;
using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Specifications;

/// <summary>
/// The employer accounts (werkgeversaccounts) another partner may take over (rule H7): their last contact is at or
/// before a cutoff (<see cref="EmployerAccount.NoContactCutoff"/>), in a set of home regions, not owned by the partner
/// that asks; the longest without contact first, then by id, so pages are stable.
/// </summary>
/// <remarks>Built in its constructor and not changed after: safe to share between threads.</remarks>
public sealed class AccountsWithoutContactSince : Specification<EmployerAccountSummary>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="regions">The home regions, or null for every region; an empty collection lists nothing.</param>
    /// <param name="cutoff">The latest last contact that lets another partner take an account over.</param>
    /// <param name="exceptOwner">Leave out the accounts this partner owns (it cannot take its own over), or null.</param>
    /// <param name="skip">How many to skip, in this order, before the first returned.</param>
    /// <param name="take">The page size, or null for the store's default.</param>
    /// <exception cref="ArgumentException">A region is not initialized, <paramref name="skip"/> is negative or <paramref name="take"/> is less than 1.</exception>
    public AccountsWithoutContactSince(IReadOnlyCollection<RegionCode>? regions, Instant cutoff, BookingPartner? exceptOwner = null, int skip = 0, int? take = null)
    {
        if (regions is not null)
        {
            Query.Where(RegionCriterion.Of<EmployerAccountSummary>(regions, a => a.RegionCode));
        }

        Query.Where(a => a.LastContact <= cutoff);
        if (exceptOwner is { } owner)
        {
            var code = owner.ToString();
            Query.Where(a => a.Owner != code);
        }

        Query.OrderBy(a => a.LastContact).ThenBy(a => a.Id);
        Query.Skip(Paging.Skip(skip));
        if (Paging.Take(take) is { } size)
        {
            Query.Take(size);
        }
    }
}
