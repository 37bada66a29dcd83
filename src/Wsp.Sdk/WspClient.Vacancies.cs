using NodaTime;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Storage;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk;

/// <summary>Vacancies with their referrals and booked placements (vacatures, rules H10–H16, L2).</summary>
public partial class WspClient
{
    /// <summary>Reads a vacancy by id.</summary>
    /// <param name="id">The vacancy's id.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The vacancy, or null when there is none.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read its region's records.</exception>
    public virtual async Task<Vacancy?> FindVacancyAsync(string id, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(id);
        EnsureReadsRecords("read vacancy " + id);
        var found = (await _store.Vacancies.FindAsync(id, cancellationToken).ConfigureAwait(false))?.Value;
        if (found is not null)
        {
            EnsureCanRead(found.Region.Code, "read vacancy " + id);
        }

        return found;
    }

    /// <summary>
    /// Reads several vacancies in one batch and keeps those the caller may read: a vacancy reached through another record
    /// (an imported placement names any vacancy id) is shown only as far as <see cref="FindVacancyAsync"/> would show it.
    /// </summary>
    /// <param name="ids">The ids.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The readable vacancies by id; an id with none, or one the caller may not read, is left out.</returns>
    public virtual async Task<IReadOnlyDictionary<string, Vacancy>> FindReadableVacanciesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(ids);
        if (!Caller.ReadsRecords)
        {
            return new Dictionary<string, Vacancy>(StringComparer.Ordinal);
        }

        var found = await _store.Vacancies.FindManyAsync(ids, cancellationToken).ConfigureAwait(false);
        return found.Select(v => v.Value).Where(v => Caller.CanReadRecords(v.Region.Code)).ToDictionary(v => v.Id, StringComparer.Ordinal);
    }

    /// <summary>Lists vacancies, newest registration first, in the regions the caller may read.</summary>
    /// <param name="query">The region, status, owner, employer and page.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>One page.</returns>
    /// <exception cref="AccessDeniedException">The caller may not read the region asked, or reads aggregates only.</exception>
    public virtual async Task<RecordPage<VacancySummary>> ListVacanciesAsync(VacancyQuery query, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(query);
        var regions = RecordScope(query.Region, "list vacancies");
        var page = await _store.Vacancies.QueryAsync(new VacanciesInRegions(regions, query.Status, query.Owner, query.EmployerId, query.Skip, query.Take + 1, Calendar.DutchCalendar.Today(Options.Clock)), cancellationToken: cancellationToken).ConfigureAwait(false);
        return new RecordPage<VacancySummary>([.. page.Items.Take(query.Take)], page.Items.Count > query.Take);
    }

    /// <summary>
    /// Registers a vacancy of a registered employer, owned by the caller (rules H10, H12, H13, H16), and records it as
    /// contact on the employer's account (rule H7): the vacancy first, then the account with the conflict retry. Under a
    /// co-production, the vacancy is of the co-production's employer (rule H13). A retry with the same id and input answers
    /// the vacancy registered the first time and records the contact once.
    /// </summary>
    /// <param name="request">The vacancy.</param>
    /// <param name="cancellationToken">Stops the registration until it is written (the commit point).</param>
    /// <returns>The vacancy as stored.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the establishment's region.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>: no such account; <see cref="StoreErrorCode.AlreadyExists"/>: the id is taken by another vacancy.</exception>
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while a write was in flight, or the store could not tell its outcome.</exception>
    /// <exception cref="ArgumentException">The postcode is none of the account's establishments, or the sector code is none of the classification's.</exception>
    /// <exception cref="RuleViolationException">Rule H12, H13 or H16.</exception>
    /// <exception cref="StoreException">The vacancy was written but recording the contact on the account failed (its message says so).</exception>
    public virtual async Task<Vacancy> RegisterVacancyAsync(RegisterVacancyRequest request, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(request);
        var action = "register vacancy " + request.Id;
        var owner = Booker(action);
        var account = (await _store.Accounts.FindAsync(request.EmployerId, cancellationToken).ConfigureAwait(false))?.Value
            ?? throw new StoreException(StoreErrorCode.NotFound, $"No employer account has id '{request.EmployerId}'.");
        var establishment = request.Postcode is not { } postcode
            ? account.Establishments[0]
            : account.Establishments.FirstOrDefault(e => e.Postcode == postcode)
                ?? throw new ArgumentException($"'postcode' {postcode} is no establishment of account {account.Id}.", nameof(request));
        EnsureCanWrite(establishment.Region.Code, action);
        var registration = new VacancyRegistration(
            request.Id,
            account,
            establishment,
            owner,
            request.Title,
            request.SectorCode,
            request.ReceivedAt,
            request.ExpiresOn,
            request.Publication,
            request.IsRecruitmentOrder,
            request.Positions,
            request.TargetGroups,
            request.Selection,
            request.CoProductionId);
        var vacancy = Vacancy.Register(registration, Options.Clock);
        await EnsureSameEmployerAsync(vacancy, cancellationToken).ConfigureAwait(false);
        var written = (await CreateOnceAsync(
            ct => _store.Vacancies.InsertAsync(vacancy, ct),
            async ct => (await _store.Vacancies.FindAsync(vacancy.Id, ct).ConfigureAwait(false)) is { } stored && stored.Value.IsRegistrationOf(registration) ? stored : null,
            Records(RecordKind.Vacancy, vacancy.Id),
            cancellationToken).ConfigureAwait(false)).Value;
        await RecordContactOnAccountAsync(
            account.Id,
            $"Vacancy {written.Id} is registered",
            a => a.RecordContactOnce(owner, Employers.ContactKind.VacancyReported, written.Id, $"Vacancy {written.Id} registered: {written.Title}", Options.Clock),
            cancellationToken).ConfigureAwait(false);
        return written;
    }

    /// <summary>Records a candidate of the caller's caseload proposed on a vacancy (rule H14).</summary>
    /// <param name="vacancyId">The vacancy.</param>
    /// <param name="candidate">The candidate's pseudonym.</param>
    /// <param name="candidateGroups">The candidate's target groups.</param>
    /// <param name="meetsRequirements">Whether the candidate meets the vacancy's requirements.</param>
    /// <param name="cancellationToken">Stops the referral.</param>
    /// <returns>The vacancy as written.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the vacancy's region.</exception>
    /// <exception cref="RuleViolationException">Rule H12 or H14.</exception>
    public virtual Task<Vacancy> ReferCandidateAsync(string vacancyId, CandidateReference candidate, TargetGroupSet candidateGroups, bool meetsRequirements, CancellationToken cancellationToken = default)
    {
        var by = Booker("refer a candidate on vacancy " + vacancyId);
        return UpdateVacancyAsync(vacancyId, "refer a candidate on vacancy " + vacancyId, v => v.Refer(candidate, by, candidateGroups, meetsRequirements, Options.Clock), cancellationToken);
    }

    /// <summary>
    /// Books a placement of a candidate the caller referred, raising the workplaces by one when full (rules H13, H15,
    /// H16): the owner books only its own referrals; a chain partner's hire on a vacancy asking for one position takes it
    /// over, on one asking for 2–9 it is booked on the chain partner's duplicate (H15); the start lies on or after the
    /// vacancy's receipt and the candidate's referral (H16); under an arrangement only at the arrangement's employer, while
    /// it runs, in a region that joined it (L2). A retry of a booking made (the same placement id and input) writes
    /// nothing twice and answers the vacancy with that placement.
    /// </summary>
    /// <param name="request">The booking.</param>
    /// <param name="cancellationToken">Stops the booking until it is written (the commit point).</param>
    /// <returns>The vacancy as written, with the placement.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the vacancy's region.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>: no such vacancy or arrangement; <see cref="StoreErrorCode.AlreadyExists"/>: the placement id is booked with other input.</exception>
    /// <exception cref="RuleViolationException">Rule H13, H15, H16 or L2.</exception>
    /// <exception cref="StoreException">The placement was booked but recording the contact on the account failed (its message says so).</exception>
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while a write was in flight, or the store could not tell its outcome: names the vacancy and the placement.</exception>
    public virtual async Task<Vacancy> BookPlacementAsync(BookPlacementRequest request, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(request);
        var action = $"book placement {request.PlacementId} on vacancy {request.VacancyId}";
        var booking = new PlacementBooking(request.PlacementId, request.Candidate, Booker(action), request.Start, request.HoursPerWeek, request.End, request.ArrangementId);
        var arrangement = request.ArrangementId is not { } arrangementId ? null
            : (await _store.Arrangements.FindAsync(arrangementId, cancellationToken).ConfigureAwait(false))?.Value
                ?? throw new StoreException(StoreErrorCode.NotFound, $"No arrangement has id '{arrangementId}'.");
        Vacancy booked;
        try
        {
            booked = await UpdateVacancyAsync(
                request.VacancyId,
                action,
                v => v.HasBooked(booking) ? v
                    : v.Placements.Any(p => p.Id == booking.PlacementId)
                        ? throw new StoreException(StoreErrorCode.AlreadyExists, $"Placement {booking.PlacementId} is booked on vacancy {v.Id} with other input: a retry repeats the first booking's input, a new booking takes a new id.")
                    : arrangement is null ? v.BookPlacement(booking, Options.Clock) : v.BookPlacement(booking, arrangement, Options.Clock),
                cancellationToken).ConfigureAwait(false);
        }
        catch (WriteOutcomeUnknownException e)
        {
            throw e.With(new RecordReference(RecordKind.Placement, booking.PlacementId));
        }

        // Rule H7: a booked placement is contact on the employer's account, written after the vacancy that holds it (once).
        await RecordContactOnAccountAsync(
            booked.AccountId,
            $"Placement {request.PlacementId} is booked on vacancy {booked.Id}",
            a => a.RecordContactOnce(booking.BookingPartner, Employers.ContactKind.PlacementBooked, request.PlacementId, $"Placement {request.PlacementId} booked on vacancy {booked.Id}", Options.Clock),
            cancellationToken).ConfigureAwait(false);
        return booked;
    }

    /// <summary>The vacancy's owner hands it over to a chain partner of its region that can fill it from its target group (rule H11).</summary>
    /// <param name="vacancyId">The vacancy.</param>
    /// <param name="chainPartner">The chain partner it goes to.</param>
    /// <param name="cancellationToken">Stops the hand-over.</param>
    /// <returns>The vacancy as written.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the vacancy's region, or is not its owner (H11).</exception>
    /// <exception cref="RuleViolationException">Rule H11: the vacancy is closed, or the partner is no chain partner of its region (UWV or one of its municipalities).</exception>
    public virtual Task<Vacancy> HandOverVacancyAsync(string vacancyId, BookingPartner chainPartner, CancellationToken cancellationToken = default)
    {
        var action = "hand over vacancy " + vacancyId;
        return UpdateVacancyAsync(vacancyId, action, v => OwnerOnly(v, action, RuleId.H11).HandOver(chainPartner, Options.Clock), cancellationToken);
    }

    /// <summary>The vacancy's owner closes it as filled: it books its own placements and closes before a chain partner duplicates it (rule H15).</summary>
    /// <param name="vacancyId">The vacancy.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The vacancy as written.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the vacancy's region, or is not its owner (H15).</exception>
    public virtual Task<Vacancy> CloseVacancyAsync(string vacancyId, CancellationToken cancellationToken = default) =>
        CloseVacancyAsync(vacancyId, VacancyCloseReason.Filled, cancellationToken);

    /// <summary>The vacancy's owner closes it with a reason: filled, withdrawn, handed over or duplicated (rule H15).</summary>
    /// <param name="vacancyId">The vacancy.</param>
    /// <param name="reason">Why it closes.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The vacancy as written.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the vacancy's region, or is not its owner (H15).</exception>
    public virtual Task<Vacancy> CloseVacancyAsync(string vacancyId, VacancyCloseReason reason, CancellationToken cancellationToken = default)
    {
        var action = "close vacancy " + vacancyId;
        return UpdateVacancyAsync(vacancyId, action, v => OwnerOnly(v, action, RuleId.H15).Close(reason), cancellationToken);
    }

    /// <summary>The vacancy's owner reopens an expired or closed vacancy until a new date, before its workplaces are raised (rule H15).</summary>
    /// <param name="vacancyId">The vacancy.</param>
    /// <param name="expiresOn">The new last day.</param>
    /// <param name="cancellationToken">Stops the step.</param>
    /// <returns>The vacancy as written.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the vacancy's region, or is not its owner (H15).</exception>
    public virtual Task<Vacancy> ReactivateVacancyAsync(string vacancyId, LocalDate expiresOn, CancellationToken cancellationToken = default)
    {
        var action = "reactivate vacancy " + vacancyId;
        return UpdateVacancyAsync(vacancyId, action, v => OwnerOnly(v, action, RuleId.H15).Reactivate(expiresOn, Options.Clock), cancellationToken);
    }

    /// <summary>
    /// The caller, a chain partner whose candidate was hired (referred, not placed) on a closed vacancy asking for 2–9
    /// positions, duplicates it to refer its candidate again and book there (rule H15). The duplicate keeps the original's
    /// employer demand and receipt; it is never a late registration (H10) nor a new vacancy in any figure. A retry with the
    /// same new id answers the duplicate made the first time.
    /// </summary>
    /// <param name="vacancyId">The closed vacancy.</param>
    /// <param name="newId">The duplicate's id.</param>
    /// <param name="cancellationToken">Stops the step until it is written (the commit point).</param>
    /// <returns>The duplicate as stored.</returns>
    /// <exception cref="AccessDeniedException">The caller may not write the vacancy's region.</exception>
    /// <exception cref="StoreException"><see cref="StoreErrorCode.NotFound"/>: no such vacancy; <see cref="StoreErrorCode.AlreadyExists"/>: the new id is taken by another vacancy.</exception>
    /// <exception cref="WriteOutcomeUnknownException">Cancelled while the write was in flight, or the store could not tell its outcome.</exception>
    /// <exception cref="RuleViolationException">Rule H15 (the caller owns it, it is open, asks for one position, or the caller has no hire on it) or H13 (a co-production).</exception>
    public virtual async Task<Vacancy> DuplicateVacancyAsync(string vacancyId, string newId, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNullOrWhiteSpace(vacancyId);
        var action = "duplicate vacancy " + vacancyId;
        var by = Booker(action);
        var original = (await _store.Vacancies.FindAsync(vacancyId, cancellationToken).ConfigureAwait(false))?.Value
            ?? throw new StoreException(StoreErrorCode.NotFound, $"No vacancy has id '{vacancyId}'.");
        EnsureCanWrite(original.Region.Code, action);
        var duplicate = original.DuplicateFor(newId, by, Options.Clock);
        var written = await CreateOnceAsync(
            ct => _store.Vacancies.InsertAsync(duplicate, ct),
            async ct => (await _store.Vacancies.FindAsync(duplicate.Id, ct).ConfigureAwait(false)) is { } stored && stored.Value.IsDuplicateOf(vacancyId, by) ? stored : null,
            Records(RecordKind.Vacancy, duplicate.Id),
            cancellationToken).ConfigureAwait(false);
        return written.Value;
    }

    /// <summary>Owner-only steps (rules H11, H15) are the owner's: judged on the version read, as the rest of the step is.</summary>
    private Vacancy OwnerOnly(Vacancy vacancy, string action, RuleId rule) =>
        vacancy.Owner == Caller.BookingPartner
            ? vacancy
            : throw new AccessDeniedException(Caller, action, $"only its owner ({vacancy.Owner}) does", vacancy.Region.Code, rule);

    // The region is checked on the version read inside the update, so a concurrent move cannot slip past it.
    private async Task<Vacancy> UpdateVacancyAsync(string id, string action, Func<Vacancy, Vacancy> change, CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNullOrWhiteSpace(id);
        Booker(action);
        var written = await _store.Vacancies.UpdateAsync(
            id,
            v =>
            {
                EnsureCanWrite(v.Region.Code, action);
                return change(v);
            },
            Options.Retry,
            cancellationToken).ConfigureAwait(false);
        return written.Value;
    }
}
