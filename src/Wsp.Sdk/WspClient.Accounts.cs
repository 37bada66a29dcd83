using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Visits;

namespace Wsp.Sdk;

/// <summary>
/// An account manager's daily work on an employer account (accountbeheer, rules H7, H8, H9, L1): its visits and work
/// agreements, the consent path to work with another partner's employer, and the register data (KvK number) the
/// national desk keeps when it onboards a national employer.
/// </summary>
public partial class WspClient
{
    /// <summary>
    /// Returns whether the caller may read an employer account's records: those of the account's home region, or, for a
    /// co-account manager the owner accepted (rule H7), that account wherever it is at home.
    /// </summary>
    /// <param name="account">The account.</param>
    /// <returns>Whether the caller may read it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="account"/> is null.</exception>
    public virtual bool MayRead(EmployerAccount account)
    {
        Preconditions.CheckNotNull(account);
        return Caller.ReadsRecords
            && (Caller.CanReadRecords(account.Region.Code) || (Caller.BookingPartner is { } partner && account.CoAccountManagers.Contains(partner)));
    }

    /// <summary>Lists the company visits of an employer account with their reports (rule H9), oldest visit first.</summary>
    /// <param name="employerId">The account.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The visits; none when there is no such account.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the account.</exception>
    public virtual async Task<IReadOnlyList<CompanyVisit>> ListVisitsAsync(string employerId, CancellationToken cancellationToken = default)
    {
        if (await FindEmployerAsync(employerId, cancellationToken).ConfigureAwait(false) is null)
        {
            return [];
        }

        var visits = await _store.Visits.ListForAccountAsync(employerId, cancellationToken).ConfigureAwait(false);
        return [.. visits.OrderBy(v => v.Date).ThenBy(v => v.Id, StringComparer.Ordinal)];
    }

    /// <summary>Records a work agreement with the employer (werkafspraak) on its account, as contact (rule H7), made by the caller.</summary>
    /// <param name="employerId">The account.</param>
    /// <param name="note">What was agreed, without personal data.</param>
    /// <param name="cancellationToken">Stops the recording.</param>
    /// <returns>The account as written.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the account's region and is no co-account manager of it.</exception>
    /// <exception cref="ArgumentException">The note is blank.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>: no such account.</exception>
    public virtual Task<EmployerAccount> RecordWorkAgreementAsync(string employerId, string note, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(note);
        var action = "record a work agreement on employer " + employerId;
        var by = Booker(action);
        return UpdateAccountAsync(employerId, action, a => EnsureCanWorkWith(a, action).RecordWorkAgreement(by, note, Options.Clock), cancellationToken, workWith: true);
    }

    /// <summary>
    /// The caller asks the owner of an employer account to work with the employer (rule H7: "na akkoord … jezelf
    /// toevoegen"); the owner answers with <see cref="AnswerAccountConsentAsync"/>. Any chain partner may ask, also one
    /// that does not read the account's region (it found the employer as a possible duplicate elsewhere, rule H8): the
    /// answer is the request, never the account.
    /// </summary>
    /// <param name="employerId">The account.</param>
    /// <param name="note">Why, without personal data (may be empty).</param>
    /// <param name="cancellationToken">Stops the request.</param>
    /// <returns>The request as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is no chain partner (municipality or UWV).</exception>
    /// <exception cref="RuleViolationException">Rule H7: the caller owns or co-manages the account, or asked already.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>: no such account.</exception>
    public virtual async Task<ConsentRequest> RequestAccountConsentAsync(string employerId, string note, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(employerId);
        Preconditions.CheckNotNull(note);
        var by = Booker("ask the owner of employer " + employerId + " to work with it");
        var written = await _store.Accounts.UpdateAsync(employerId, a => a.RequestConsent(by, note, Options.Clock), Options.Retry, cancellationToken).ConfigureAwait(false);
        return written.Value.ConsentRequests.Last(r => r.Requester == by);
    }

    /// <summary>
    /// The owner of an employer account answers a partner's request to work with the employer (rule H7): accepted, the
    /// partner becomes a co-account manager without becoming owner.
    /// </summary>
    /// <param name="employerId">The account.</param>
    /// <param name="requester">The partner that asked.</param>
    /// <param name="accept">Whether the owner consents.</param>
    /// <param name="cancellationToken">Stops the answer.</param>
    /// <returns>The account as written.</returns>
    /// <exception cref="AccessDeniedException">The caller is not the account's owner (rule H7).</exception>
    /// <exception cref="RuleViolationException">Rule H7: no request of that partner waits.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>: no such account.</exception>
    public virtual Task<EmployerAccount> AnswerAccountConsentAsync(string employerId, BookingPartner requester, bool accept, CancellationToken cancellationToken = default)
    {
        var action = $"answer {requester}'s request to work with employer {employerId}";
        var by = Booker(action);
        return UpdateAccountAsync(
            employerId,
            action,
            a => a.Owner == by
                ? a.AnswerConsent(requester, accept, Options.Clock)
                : throw new AccessDeniedException(Caller, action, $"only its owner ({a.Owner}) answers", a.Region.Code, RuleId.H7),
            cancellationToken,
            workWith: true);
    }

    /// <summary>
    /// Sets the KvK number of an employer account, once (an 8-digit number; the same number again changes nothing): by a
    /// partner that changes the account's home region's records, or by the national desk onboarding a national employer
    /// (<see cref="PartnerIdentity.CanMaintainEmployer"/>). A vacancy needs it (H10), and an arrangement's employer is its
    /// KvK number (L2).
    /// </summary>
    /// <param name="employerId">The account.</param>
    /// <param name="kvk">The KvK number.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The account as written.</returns>
    /// <exception cref="AccessDeniedException">The caller may not keep the account's register data.</exception>
    /// <exception cref="ArgumentException">The account has another KvK number already.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>: no such account.</exception>
    public virtual async Task<EmployerAccount> SetEmployerKvkAsync(string employerId, KvkNumber kvk, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(employerId);
        Preconditions.CheckInitialized(kvk);
        var action = $"set the KvK number of employer {employerId}";
        var written = await _store.Accounts.UpdateAsync(
            employerId,
            a => Caller.CanMaintainEmployer(a.Region.Code)
                ? a.SetKvk(kvk)
                : throw new AccessDeniedException(Caller, action, "an employer's KvK number is set by a partner that changes its home region's records, or by the national desk", a.Region.Code),
            Options.Retry,
            cancellationToken).ConfigureAwait(false);
        return written.Value;
    }

    /// <summary>
    /// The owner of the account a registration creates: the caller itself when it is a chain partner; the partner the
    /// national desk names when the desk onboards an employer (UWV or a municipality of the first establishment's region).
    /// </summary>
    private (BookingPartner Owner, bool ByDesk) RegisteringOwner(RegisterEmployerRequest request, string action)
    {
        var region = request.Establishment.Region.Code;
        if (Caller.BookingPartner is { } self)
        {
            if (request.Owner is { } named && named != self)
            {
                throw new AccessDeniedException(Caller, action, "a chain partner registers the employers it owns itself; only the national desk names another owner", region);
            }

            EnsureCanWrite(region, action);
            return (self, false);
        }

        if (!Caller.OnboardsNationalEmployers)
        {
            throw new AccessDeniedException(Caller, action, "employers are registered by municipalities and UWV, and national employers by the national desk");
        }

        var owner = request.Owner ?? throw new ArgumentException($"'owner' is required when the national desk registers an employer: UWV or a municipality of region {region}, which will own the account (rule H7).", nameof(request));
        if (owner.Municipality is { } code && Gazetteer.Default.FindMunicipality(code.ToString())?.Region?.Code != region)
        {
            throw new ArgumentException($"'owner' is {owner}, which is no municipality of region {region}: the account's owner is UWV or a municipality of its first establishment's region.", nameof(request));
        }

        return (owner, true);
    }

    /// <summary>Refuses a caller that may neither write the account's home region nor co-manages it (rule H7).</summary>
    private EmployerAccount EnsureCanWorkWith(EmployerAccount account, string action)
    {
        var partner = Booker(action);
        if (!Caller.CanWriteRecords(account.Region.Code) && !account.CoAccountManagers.Contains(partner))
        {
            throw new AccessDeniedException(
                Caller,
                action,
                "a municipality changes its own region's records, UWV any region's, and a co-account manager the account the owner let it work with",
                account.Region.Code);
        }

        return account;
    }

    /// <summary>
    /// Writes a contact on the account of a vacancy or placement the caller just wrote (rule H7: a registered vacancy and
    /// a booked placement are contact on the employer's account), with the conflict retry. The event is written first and
    /// is the record: this second write is not in the same transaction (a Cosmos DB account has none across its
    /// containers), so when it fails after its retries the step fails with a <see cref="StoreException"/> that says the
    /// event was written and the contact was not (docs/storage.md, "Contact on the account").
    /// </summary>
    private async Task RecordContactOnAccountAsync(string accountId, string written, Func<EmployerAccount, EmployerAccount> contact, CancellationToken cancellationToken)
    {
        try
        {
            await _store.Accounts.UpdateAsync(accountId, contact, Options.Retry, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreException e)
        {
            throw new StoreException(e.Code, $"{written}, but recording it as contact on employer account {accountId} (rule H7) failed: {e.Message}", e);
        }
    }
}
