using Ardalis.Specification;
using NodaTime;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Specifications;

/// <summary>
/// The employer accounts (werkgeversaccounts) of a home region whose last contact (rule H7) is at or after an instant,
/// by id: the accounts the employers in contact (rule H5) start from, page by page.
/// </summary>
/// <remarks>Built in its constructor and not changed after: safe to share between threads.</remarks>
public sealed class AccountsInContactSince : Specification<EmployerAccountSummary>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="region">The home region.</param>
    /// <param name="since">The earliest last contact that counts.</param>
    /// <param name="pageSize">The page size, at least 1.</param>
    /// <exception cref="ArgumentException">The region is not initialized or <paramref name="pageSize"/> is less than 1.</exception>
    public AccountsInContactSince(RegionCode region, Instant since, int pageSize = 500)
    {
        Query.Where(RegionCriterion.Of<EmployerAccountSummary>([region], a => a.RegionCode))
            .Where(a => a.LastContact >= since)
            .OrderBy(a => a.Id)
            .Take(Preconditions.CheckArgumentRange(pageSize, 1, int.MaxValue));
    }
}
