using Wsp.Sdk.Employers;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk;

/// <summary>An employer's establishments (vestigingen, rule L1: a national employer has them in four or more regions).</summary>
public partial class WspClient
{
    /// <summary>
    /// Adds an establishment to an employer account: by a partner that changes the establishment's region's records, or
    /// by the national desk in any region (<see cref="Partners.PartnerIdentity.CanAddEstablishment"/>). The account's home
    /// region stays its first establishment's.
    /// </summary>
    /// <param name="employerId">The account.</param>
    /// <param name="establishment">The establishment.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The account as written.</returns>
    /// <exception cref="AccessDeniedException">The caller may not add an establishment in its region.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>: no such account.</exception>
    /// <exception cref="ArgumentException">The account already has an establishment at the postcode.</exception>
    public virtual async Task<EmployerAccount> AddEstablishmentAsync(string employerId, Establishment establishment, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(employerId);
        Preconditions.CheckNotNull(establishment);
        var region = establishment.Region.Code;
        if (!Caller.CanAddEstablishment(region))
        {
            throw new AccessDeniedException(
                Caller,
                $"add an establishment at {establishment.Postcode} to employer {employerId}",
                "an establishment is added by a partner that changes its region's records, or by the national desk",
                region);
        }

        var written = await _store.Accounts.UpdateAsync(employerId, a => a.AddEstablishment(establishment), Options.Retry, cancellationToken).ConfigureAwait(false);
        return written.Value;
    }
}
