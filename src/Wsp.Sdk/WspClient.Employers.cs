using Wsp.Sdk.Employers;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Visits;

namespace Wsp.Sdk;

/// <summary>Employer accounts (werkgeversaccounts, rules H5, H7, H8, H9).</summary>
public partial class WspClient
{
    /// <summary>Reads an employer account by id.</summary>
    /// <param name="id">The account's id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The account, or null when there is none.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read its home region's records.</exception>
    public virtual async Task<EmployerAccount?> FindEmployerAsync(string id, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(id);
        EnsureReadsRecords("read employer " + id);
        var found = (await _store.Accounts.FindAsync(id, cancellationToken).ConfigureAwait(false))?.Value;
        if (found is not null && !MayRead(found))
        {
            EnsureCanRead(found.Region.Code, "read employer " + id);
        }

        return found;
    }

    /// <summary>
    /// Reads several employer accounts in one batch and keeps those the caller may read: an account reached through
    /// another record (a vacancy's employer, an arrangement's) is shown only as far as <see cref="FindEmployerAsync"/>
    /// would show it.
    /// </summary>
    /// <param name="ids">The ids.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The readable accounts by id; an id with none, or one the caller may not read, is left out.</returns>
    public virtual async Task<IReadOnlyDictionary<string, EmployerAccount>> FindReadableEmployersAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(ids);
        if (!Caller.ReadsRecords)
        {
            return new Dictionary<string, EmployerAccount>(StringComparer.Ordinal);
        }

        var found = await _store.Accounts.FindManyAsync(ids, cancellationToken).ConfigureAwait(false);
        return found.Select(a => a.Value).Where(MayRead).ToDictionary(a => a.Id, StringComparer.Ordinal);
    }

    /// <summary>
    /// Says of each account whether it is a national employer (establishments in four or more regions, rule L1): a fact
    /// the KvK register makes public, so any partner that reads records sees it of any account an arrangement names.
    /// </summary>
    /// <param name="ids">The accounts' ids.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>Per id found, whether it is a national employer.</returns>
    /// <exception cref="AccessDeniedException">The caller reads aggregates only.</exception>
    public virtual async Task<IReadOnlyDictionary<string, bool>> AreNationalEmployersAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(ids);
        EnsureReadsRecords("read whether employers are national employers");
        var found = await _store.Accounts.FindManyAsync(ids, cancellationToken).ConfigureAwait(false);
        return found.ToDictionary(a => a.Value.Id, a => a.Value.IsNationalEmployer, StringComparer.Ordinal);
    }

    /// <summary>Lists employer accounts by name, then id, in the regions the caller may read.</summary>
    /// <param name="query">The region, owner and page.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>One page.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region asked, or reads aggregates only.</exception>
    public virtual async Task<RecordPage<EmployerAccountSummary>> ListEmployersAsync(EmployerQuery query, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(query);
        var regions = RecordScope(query.Region, "list employers");
        var page = await _store.Accounts.QueryAsync(new AccountsInRegions(regions, query.Owner, query.Skip, query.Take + 1), cancellationToken: cancellationToken).ConfigureAwait(false);
        return new RecordPage<EmployerAccountSummary>([.. page.Items.Take(query.Take)], page.Items.Count > query.Take);
    }

    /// <summary>
    /// Registers an employer owned by the caller, or, when the national desk registers (onboarding a national employer,
    /// L1), by the chain partner it names (rule H8): refused when an account with the same name key, an establishment at
    /// the postcode or the same KvK number exists, unless the caller confirmed it is another employer; then the possible
    /// duplicates are answered, those in regions the caller may not read by their public identity only. A retry with the
    /// same id and input answers the account registered the first time.
    /// </summary>
    /// <param name="request">The employer.</param>
    /// <param name="cancellationToken">Stops the registration until it is written (the commit point).</param>
    /// <returns>The account as stored, or the possible duplicates.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the establishment's region, or names another owner than itself.</exception>
    /// <exception cref="ArgumentException">The national desk names no owner, or one that is not a chain partner of the establishment's region.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.AlreadyExists"/>: another account has the id.</exception>
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while the write was in flight, or the store could not tell its outcome.</exception>
    public virtual async Task<EmployerRegistrationOutcome> RegisterEmployerAsync(RegisterEmployerRequest request, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(request);
        var action = "register employer " + request.Id;
        var (owner, byDesk) = RegisteringOwner(request, action);
        var registration = new EmployerRegistration(request.Id, request.Name, request.Establishment, owner, request.Kind, request.Reason, request.Kvk, request.ConfirmedDistinctFrom)
        {
            ByNationalDesk = byDesk,
        };
        var existing = await _store.Accounts.FindByNameOrPostcodeAsync(registration.Name, request.Establishment.Postcode, request.Kvk, cancellationToken).ConfigureAwait(false);
        if (existing.FirstOrDefault(a => a.Id == registration.AccountId) is { } registered && registered.IsRegistrationOf(registration))
        {
            // A retry of a registration made: the account found as its own "duplicate" is the answer, as the first time.
            return new EmployerRegistrationOutcome(registered, [], []);
        }

        var result = EmployerAccount.Register(registration, existing, Options.Clock);
        if (!result.IsRegistered)
        {
            // H8 looks across regions; another region's accounts are shown by their public identity only (the KvK
            // register's data), never by their records, so the caller can confirm "another employer" by id.
            var visible = result.PossibleDuplicates.Where(MayRead).ToArray();
            var elsewhere = result.PossibleDuplicates.Where(a => !MayRead(a)).Select(EmployerIdentity.Of).ToArray();
            return new EmployerRegistrationOutcome(null, visible, elsewhere);
        }

        var written = await CreateOnceAsync(
            ct => _store.Accounts.InsertAsync(result.Account, ct),
            async ct => (await _store.Accounts.FindAsync(registration.AccountId, ct).ConfigureAwait(false)) is { } stored && stored.Value.IsRegistrationOf(registration) ? stored : null,
            Records(RecordKind.EmployerAccount, registration.AccountId),
            cancellationToken).ConfigureAwait(false);
        return new EmployerRegistrationOutcome(written.Value, [], []);
    }

    /// <summary>
    /// Records a company visit with its report (rule H9), visited by the caller, as contact on the account (rule H7) from
    /// the visit's date. The visit is written first: a visit id in use by another visit refuses the step and leaves the
    /// account as it was. A retry with the same visit id and input writes nothing twice and answers the visit recorded.
    /// </summary>
    /// <param name="visitId">The visit's id.</param>
    /// <param name="employerId">The account visited.</param>
    /// <param name="visitDate">The day of the visit, today or before.</param>
    /// <param name="report">The report: reason, what the company does, agreements made.</param>
    /// <param name="cancellationToken">Stops the recording until it is written (the commit point).</param>
    /// <returns>The visit and the account with the contact.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the account's region and is no co-account manager of it.</exception>
    /// <exception cref="ArgumentException">The visit's date lies after today.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>: no such account; <see cref="StoreErrorCode.AlreadyExists"/>: another visit has the id.</exception>
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while a write was in flight, or the store could not tell its outcome: names the account and the visit.</exception>
    public virtual async Task<RecordedVisit> RecordVisitAsync(string visitId, string employerId, NodaTime.LocalDate visitDate, VisitReport report, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(employerId);
        var action = "record a visit on employer " + employerId;
        var visit = new CompanyVisit(visitId, employerId, Booker("record visit " + visitId), visitDate, report);
        var current = (await _store.Accounts.FindAsync(employerId, cancellationToken).ConfigureAwait(false))?.Value
            ?? throw new StoreException(StoreErrorCode.NotFound, $"No employer account has id '{employerId}'.");
        EnsureCanWorkWith(current, action);
        _ = visit.RecordOn(current, Options.Clock);
        var records = new RecordReference[] { new(RecordKind.EmployerAccount, employerId), new(RecordKind.Visit, visit.Id) };
        var recorded = await CreateOnceAsync(
            async ct =>
            {
                await _store.Visits.InsertAsync(visit, ct).ConfigureAwait(false);
                return visit;
            },
            async ct => (await _store.Visits.ListForAccountAsync(employerId, ct).ConfigureAwait(false)).FirstOrDefault(v => v == visit),
            records,
            cancellationToken).ConfigureAwait(false);
        try
        {
            // A retry finds the contact recorded: RecordOn writes it once.
            var account = await UpdateAccountAsync(employerId, action, a => visit.RecordOn(EnsureCanWorkWith(a, action), Options.Clock), cancellationToken, workWith: true).ConfigureAwait(false);
            return new RecordedVisit(recorded, account);
        }
        catch (WriteOutcomeUnknownException e) when (e.Records.Count == 1)
        {
            throw e.With(records[1]);
        }
    }

    /// <summary>Takes over an employer account after twelve months without contact (rule H7): the caller becomes its owner.</summary>
    /// <param name="employerId">The account.</param>
    /// <param name="cancellationToken">Stops the take-over.</param>
    /// <returns>The account as written.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the account's region.</exception>
    /// <exception cref="Rules.RuleViolationException">Rule H7: the account had contact in the last twelve months.</exception>
    public virtual Task<EmployerAccount> TakeOverAccountAsync(string employerId, CancellationToken cancellationToken = default)
    {
        var by = Booker("take over employer " + employerId);
        return UpdateAccountAsync(employerId, "take over employer " + employerId, a => a.TakeOver(by, Options.Clock), cancellationToken);
    }

    /// <summary>Records an employer's working persons and sector at a date from a register (rule H5), for the coverage ratio.</summary>
    /// <param name="employerId">The account.</param>
    /// <param name="count">The count with its date, sector and source.</param>
    /// <param name="cancellationToken">Stops the recording.</param>
    /// <returns>The account as written.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the account's region.</exception>
    public virtual Task<EmployerAccount> RecordEmployerStaffAsync(string employerId, EmployerStaffCount count, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(count);
        return UpdateAccountAsync(employerId, "record the staff of employer " + employerId, a => a.RecordStaff(count), cancellationToken);
    }

    // The region is checked on the version read inside the update, so a concurrent move cannot slip past it. With
    // workWith, the change checks the caller itself (a co-account manager works with an account outside its regions).
    private async Task<EmployerAccount> UpdateAccountAsync(string id, string action, Func<EmployerAccount, EmployerAccount> change, CancellationToken cancellationToken, bool workWith = false)
    {
        Preconditions.CheckNotNullOrWhiteSpace(id);
        Booker(action);
        var written = await _store.Accounts.UpdateAsync(
            id,
            a =>
            {
                if (!workWith)
                {
                    EnsureCanWrite(a.Region.Code, action);
                }

                return change(a);
            },
            Options.Retry,
            cancellationToken).ConfigureAwait(false);
        return written.Value;
    }
}
