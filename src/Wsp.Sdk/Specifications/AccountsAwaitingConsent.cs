using Ardalis.Specification;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Specifications;

/// <summary>
/// The employer accounts (werkgeversaccounts) of one owner on which another partner waits for its consent to work
/// with the employer (rule H7), by name then id.
/// </summary>
/// <remarks>Built in its constructor and not changed after: safe to share between threads.</remarks>
public sealed class AccountsAwaitingConsent : Specification<EmployerAccountSummary>
{
    /// <summary>Initializes the specification.</summary>
    /// <param name="owner">The owner whose answer is awaited.</param>
    /// <param name="take">The page size, or null for the store's default.</param>
    /// <exception cref="ArgumentException">The owner is not initialized or <paramref name="take"/> is less than 1.</exception>
    public AccountsAwaitingConsent(BookingPartner owner, int? take = null)
    {
        var code = Preconditions.CheckInitialized(owner).ToString();
        Query.Where(a => a.Owner == code && a.PendingConsentRequests > 0).OrderBy(a => a.Name).ThenBy(a => a.Id);
        if (Paging.Take(take) is { } size)
        {
            Query.Take(size);
        }
    }
}
