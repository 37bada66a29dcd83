using System.Globalization;
using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Rules;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Vacancies;

/// <summary>
/// A vacancy (vacature) with its referrals (verwijzingen) and booked placements (plaatsingen): the aggregate the
/// execution agreements of the regional plan (rules H10–H16) are about.
/// </summary>
/// <remarks>
/// <para>
/// A vacancy is registered with one workplace (arbeidsplaats); each booked placement beyond the workplaces raises
/// them by one, never more up front, since the figures go to the ministry (rule H13). Referrals are recorded when a
/// candidate is proposed (rule H14); a placement needs a referral on this vacancy, so a vacancy registered only to
/// book a placement books nothing (rule H16). Who books is rule H15.
/// </para>
/// <para>
/// The vacancy is an immutable aggregate: every operation returns the changed vacancy, which a store writes as one
/// document guarded by its ETag, so booking a placement and raising the workplaces is one atomic write. This type is
/// thread-safe.
/// </para>
/// </remarks>
public sealed class Vacancy
{
    /// <summary>The time within which a received vacancy is to be registered (rule H10): 24 hours.</summary>
    public static readonly Duration RegistrationDeadline = Duration.FromHours(24);

    /// <summary>The number of positions from which a vacancy is a co-production of several partners (rule H13).</summary>
    public const int CoProductionThreshold = 10;

    private Vacancy(Vacancy from)
    {
        Id = from.Id;
        AccountId = from.AccountId;
        Employer = from.Employer;
        EmployerKind = from.EmployerKind;
        Establishment = from.Establishment;
        Owner = from.Owner;
        Title = from.Title;
        SectorCode = from.SectorCode;
        ReceivedAt = from.ReceivedAt;
        RegisteredAt = from.RegisteredAt;
        ExpiresOn = from.ExpiresOn;
        Publication = from.Publication;
        Positions = from.Positions;
        TargetGroups = from.TargetGroups;
        Selection = from.Selection;
        CoProductionId = from.CoProductionId;
        DuplicatedFrom = from.DuplicatedFrom;
        OriginReferrals = from.OriginReferrals;
        Status = from.Status;
        Workplaces = from.Workplaces;
        Referrals = from.Referrals;
        Placements = from.Placements;
        Handovers = from.Handovers;
        CloseReason = from.CloseReason;
        Corrections = from.Corrections;
    }

    private Vacancy(VacancyState state)
    {
        Id = Preconditions.CheckNotNullOrWhiteSpace(state.Id, nameof(state));
        AccountId = Preconditions.CheckNotNullOrWhiteSpace(state.AccountId, nameof(state));
        Employer = Preconditions.CheckInitialized(state.Employer, nameof(state));
        EmployerKind = Preconditions.CheckDefined(state.EmployerKind, nameof(state));
        Establishment = Preconditions.CheckNotNull(state.Establishment, nameof(state));
        Owner = Preconditions.CheckInitialized(state.Owner, nameof(state));
        Title = Preconditions.CheckNotNullOrWhiteSpace(state.Title, nameof(state));
        SectorCode = Preconditions.CheckNotNullOrWhiteSpace(state.SectorCode, nameof(state));
        ReceivedAt = state.ReceivedAt;
        RegisteredAt = state.RegisteredAt;
        ExpiresOn = state.ExpiresOn;
        Publication = Preconditions.CheckNotNull(state.Publication, nameof(state));
        Positions = Preconditions.CheckArgumentRange(state.Positions, 1, 10_000, nameof(state));
        TargetGroups = state.TargetGroups;
        Selection = state.Selection;
        CoProductionId = state.CoProductionId;
        DuplicatedFrom = state.DuplicatedFrom;
        OriginReferrals = [.. state.OriginReferrals];
        Status = Preconditions.CheckDefined(state.Status, nameof(state));
        Workplaces = state.Workplaces;
        Referrals = [.. state.Referrals];
        Placements = [.. state.Placements];
        Handovers = [.. state.Handovers];
        CloseReason = state.CloseReason;
        Corrections = [.. state.Corrections];
    }

    private Vacancy(VacancyRegistration registration, Instant registeredAt)
    {
        Id = registration.VacancyId;
        AccountId = registration.Account.Id;
        Employer = registration.Account.Kvk!.Value;
        EmployerKind = registration.Account.Kind;
        Establishment = registration.Establishment;
        Owner = registration.Owner;
        Title = registration.Title;
        SectorCode = registration.SectorCode;
        ReceivedAt = registration.ReceivedAt;
        RegisteredAt = registeredAt;
        ExpiresOn = registration.ExpiresOn;
        Publication = registration.Publication;
        Positions = registration.Positions;
        TargetGroups = registration.TargetGroups;
        Selection = registration.Selection;
        CoProductionId = registration.CoProductionId;
        DuplicatedFrom = null;
        OriginReferrals = [];
        Status = VacancyStatus.Open;
        Workplaces = 1;
        Referrals = [];
        Placements = [];
        Handovers = [];
        Corrections = [];
    }

    /// <summary>Gets the vacancy's id.</summary>
    public string Id { get; private init; }

    /// <summary>Gets the employer account's id.</summary>
    public string AccountId { get; }

    /// <summary>Gets the employer's KvK number.</summary>
    public KvkNumber Employer { get; }

    /// <summary>Gets whether the employer is a market or government employer.</summary>
    public EmployerKind EmployerKind { get; }

    /// <summary>Gets where the work is done.</summary>
    public Establishment Establishment { get; }

    /// <summary>Gets the labour market region, from the establishment.</summary>
    public LabourMarketRegion Region => Establishment.Region;

    /// <summary>Gets the partner that owns the vacancy.</summary>
    public BookingPartner Owner { get; private init; }

    /// <summary>Gets the job title.</summary>
    public string Title { get; private init; }

    /// <summary>Gets the sector code.</summary>
    public string SectorCode { get; }

    /// <summary>Gets when the vacancy was received from the employer.</summary>
    public Instant ReceivedAt { get; }

    /// <summary>Gets when the vacancy was registered.</summary>
    public Instant RegisteredAt { get; private init; }

    /// <summary>
    /// Gets a value indicating whether it was registered later than 24 hours after receipt (rule H10: recorded and
    /// reportable, not refused). A duplicate (rule H15) is never late: it is no new receipt, but the chain partner's copy
    /// of a vacancy registered before, and keeps that vacancy's receipt.
    /// </summary>
    public bool IsRegisteredLate => DuplicatedFrom is null && RegisteredAt - ReceivedAt > RegistrationDeadline;

    /// <summary>Gets the last day the vacancy is open.</summary>
    public LocalDate ExpiresOn { get; private init; }

    /// <summary>Gets how the vacancy is published (rule H10).</summary>
    public Publication Publication { get; private init; }

    /// <summary>
    /// Gets how many people the employer is looking for in all: the employer's demand, which rule H15 reads (one position,
    /// or two to nine) and a duplicate keeps; the workplaces are what rule H13 counts.
    /// </summary>
    public int Positions { get; private init; }

    /// <summary>Gets the target groups of a target-group vacancy (rule H12); empty for a regular vacancy.</summary>
    public TargetGroupSet TargetGroups { get; }

    /// <summary>Gets a value indicating whether this is a target-group vacancy.</summary>
    public bool IsTargetGroupVacancy => !TargetGroups.IsEmpty;

    /// <summary>Gets the selection on age, sex or origin (rule H12).</summary>
    public SelectionCriteria Selection { get; }

    /// <summary>Gets the co-production the vacancy belongs to (rule H13), or null.</summary>
    public string? CoProductionId { get; }

    /// <summary>
    /// Gets the vacancy this one duplicates for a chain partner (rule H15), or null. A duplicate keeps that vacancy's
    /// employer demand (<see cref="Positions"/>) and receipt (<see cref="ReceivedAt"/>); it is no new vacancy in any figure.
    /// </summary>
    public string? DuplicatedFrom { get; private init; }

    /// <summary>Gets a value indicating whether this is a chain partner's duplicate of a closed vacancy (rule H15).</summary>
    public bool IsDuplicate => DuplicatedFrom is not null;

    /// <summary>
    /// Gets, on a duplicate, the chain partner's referrals on the vacancy it duplicates that were not placed there: the
    /// hires it duplicated the vacancy to book (rule H15), with the moment each was first proposed, which rule H16 holds a
    /// booking's start against. Empty on a vacancy that is no duplicate.
    /// </summary>
    public IReadOnlyList<Referral> OriginReferrals { get; private init; }

    /// <summary>Gets whether the vacancy is open or closed, as stored; <see cref="StatusOn"/> also says whether it expired.</summary>
    public VacancyStatus Status { get; private init; }

    /// <summary>Gets why the vacancy was closed, or null while it is open (and for vacancies closed before reasons were kept).</summary>
    public VacancyCloseReason? CloseReason { get; private init; }

    /// <summary>Gets the corrections of its title, last day, positions and publication, oldest first: the vacancy's own audit trail.</summary>
    public IReadOnlyList<VacancyChange> Corrections { get; private init; }

    /// <summary>Gets the workplaces (arbeidsplaatsen): 1 at registration, raised by one per placement beyond them (rule H13).</summary>
    public int Workplaces { get; private init; }

    /// <summary>Gets the referrals, in the order they were proposed (rule H14).</summary>
    public IReadOnlyList<Referral> Referrals { get; private init; }

    /// <summary>Gets the placements booked on the vacancy, in booking order; they feed the counting definitions.</summary>
    public IReadOnlyList<Placement> Placements { get; private init; }

    /// <summary>Gets the changes of owner, oldest first.</summary>
    public IReadOnlyList<VacancyHandover> Handovers { get; private init; }

    /// <summary>Returns the status on a day: closed, expired (open and past its last day, rule H15) or open.</summary>
    /// <param name="today">The day (Dutch calendar).</param>
    /// <returns>The status; <see cref="VacancyStatus.Expired"/> is derived, never stored.</returns>
    public VacancyStatus StatusOn(LocalDate today) => StatusOf(Status, ExpiresOn, today);

    /// <summary>The status on a day of a vacancy stored as <paramref name="stored"/> with its last day.</summary>
    internal static VacancyStatus StatusOf(VacancyStatus stored, LocalDate expiresOn, LocalDate today) =>
        stored == VacancyStatus.Closed ? VacancyStatus.Closed : expiresOn < today ? VacancyStatus.Expired : VacancyStatus.Open;

    /// <summary>
    /// Registers a vacancy: refused without a real recruitment order (rule H16), with selection on age, sex or origin
    /// outside a target-group vacancy — one flagged for a group other than <see cref="TargetGroup.Regular"/> (rule H12) —
    /// or for 10 or more positions outside a co-production (rule H13). A registration later than 24 hours after receipt
    /// is accepted and marked late (rule H10). The sector code was checked against its classification by the request.
    /// </summary>
    /// <param name="registration">The request.</param>
    /// <param name="clock">The clock that stamps the registration.</param>
    /// <returns>The vacancy, open, with one workplace.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the vacancy was received in the future.</exception>
    /// <exception cref="RuleViolationException">Rule H12, H13 or H16, as above.</exception>
    public static Vacancy Register(VacancyRegistration registration, IClock clock)
    {
        Preconditions.CheckNotNull(registration);
        var now = Preconditions.CheckNotNull(clock).GetCurrentInstant();
        Preconditions.CheckArgument(registration.ReceivedAt <= now, nameof(registration), "A vacancy is registered after it was received.");
        if (!registration.IsRecruitmentOrder)
        {
            throw new RuleViolationException(RuleId.H16, $"Vacancy {registration.VacancyId} has no real recruitment order: a vacancy is never registered only to book a placement.");
        }

        if (registration.Selection != SelectionCriteria.None && !MayDeviateFromAntiDiscriminationRules(registration.TargetGroups))
        {
            throw new RuleViolationException(
                RuleId.H12,
                $"Vacancy {registration.VacancyId} selects on {registration.Selection} but is flagged for {(registration.TargetGroups.IsEmpty ? "no target group" : registration.TargetGroups.ToString())}: only a vacancy flagged for a target group other than REGULAR may deviate from the anti-discrimination rules.");
        }

        if (registration.Positions >= CoProductionThreshold && registration.CoProductionId is null)
        {
            throw new RuleViolationException(RuleId.H13, $"Vacancy {registration.VacancyId} is for {registration.Positions} positions: from {CoProductionThreshold} it is a co-production, in which each partner registers its own vacancy under the same co-production id.");
        }

        return new Vacancy(registration, now);
    }

    /// <summary>
    /// Returns whether a vacancy flagged for <paramref name="targetGroups"/> may select on age, sex or origin (rule H12):
    /// only a target-group vacancy may, and <see cref="TargetGroup.Regular"/> is no target group for the exemption.
    /// </summary>
    /// <param name="targetGroups">The vacancy's target-group flags.</param>
    /// <returns>Whether selection is allowed.</returns>
    public static bool MayDeviateFromAntiDiscriminationRules(TargetGroupSet targetGroups) =>
        targetGroups.Count > (targetGroups.Contains(TargetGroup.Regular) ? 1 : 0);

    /// <summary>
    /// Records a referral (rule H14): any partner may propose a candidate from its caseload who meets the vacancy's
    /// requirements; on a target-group vacancy the candidate is in one of its groups (rule H12).
    /// </summary>
    /// <param name="candidate">The candidate's pseudonym.</param>
    /// <param name="referredBy">The partner whose candidate it is.</param>
    /// <param name="candidateGroups">The candidate's target groups.</param>
    /// <param name="meetsRequirements">Whether the candidate meets the vacancy's requirements.</param>
    /// <param name="clock">The clock that stamps the proposal.</param>
    /// <returns>The vacancy with the referral.</returns>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    /// <exception cref="RuleViolationException">Rule H14 (closed vacancy, requirements not met, already referred) or H12.</exception>
    public Vacancy Refer(CandidateReference candidate, BookingPartner referredBy, TargetGroupSet candidateGroups, bool meetsRequirements, IClock clock)
    {
        var referral = new Referral(candidate, referredBy, candidateGroups, Preconditions.CheckNotNull(clock).GetCurrentInstant());
        if (Status == VacancyStatus.Closed)
        {
            throw new RuleViolationException(RuleId.H14, $"Vacancy {Id} is closed: candidates are proposed on open vacancies.");
        }

        if (!meetsRequirements)
        {
            throw new RuleViolationException(RuleId.H14, $"Candidate {candidate} does not meet the requirements of vacancy {Id}: a partner matches candidates who do.");
        }

        if (IsTargetGroupVacancy && !TargetGroups.Overlaps(candidateGroups))
        {
            throw new RuleViolationException(RuleId.H12, $"Vacancy {Id} is for target groups {TargetGroups}; candidate {candidate} is in {candidateGroups}.");
        }

        if (Referrals.Any(r => r.Candidate == candidate))
        {
            throw new RuleViolationException(RuleId.H14, $"Candidate {candidate} was already referred on vacancy {Id}.");
        }

        return new Vacancy(this) { Referrals = [.. Referrals, referral] };
    }

    /// <summary>
    /// Books a placement of a referred candidate by the partner that referred it (rule H15): the owner books only its own
    /// referrals; a chain partner's hire on a vacancy asking for one position makes the chain partner take the vacancy
    /// over and book; on one asking for 2–9 the owner books its own and closes it, and the chain partner duplicates it,
    /// refers again and books there; 10 or more is a co-production, where each partner books on its own vacancy (rule
    /// H13). A start before the vacancy's receipt or before the candidate's referral is refused (rule H16). Each placement
    /// beyond the workplaces raises them by one (rule H13), after an expired vacancy is reactivated (rule H15).
    /// </summary>
    /// <param name="booking">The request; it names no arrangement (book one under an arrangement with <see cref="BookPlacement(PlacementBooking, Arrangement, IClock)"/>).</param>
    /// <param name="clock">The clock to judge expiry by.</param>
    /// <returns>The vacancy with the placement and its workplaces.</returns>
    /// <exception cref="ArgumentException">
    /// An argument is null, the booking names an arrangement, the placement id is taken, or the placement's own fields
    /// are invalid.
    /// </exception>
    /// <exception cref="RuleViolationException">Rule H13, H15 or H16, as above.</exception>
    public Vacancy BookPlacement(PlacementBooking booking, IClock clock)
    {
        Preconditions.CheckNotNull(booking);
        Preconditions.CheckNotNull(clock);
        // Rule L2 is judged only when the arrangement itself is given: a booking that names one goes through the other overload.
        Preconditions.CheckArgument(booking.ArrangementId is null, nameof(booking), $"Placement {booking.PlacementId} names arrangement {booking.ArrangementId}: book it with that arrangement, so rule L2 (the region joined it) is checked.");
        return Book(booking, clock);
    }

    /// <summary>
    /// Books a placement under a national arrangement: as <see cref="BookPlacement(PlacementBooking, IClock)"/>, and
    /// only in a region that joined the arrangement (rule L2: execution is the region's after it joins; nobody can
    /// oblige a region).
    /// </summary>
    /// <param name="booking">The request; its <see cref="PlacementBooking.ArrangementId"/> names <paramref name="arrangement"/>.</param>
    /// <param name="arrangement">The arrangement the placement falls under.</param>
    /// <param name="clock">The clock to judge expiry by.</param>
    /// <returns>The vacancy with the placement and its workplaces.</returns>
    /// <exception cref="ArgumentException">
    /// An argument is null, the booking names another arrangement or none, the placement id is taken, or the
    /// placement's own fields are invalid.
    /// </exception>
    /// <exception cref="RuleViolationException">
    /// Rule L2: the vacancy is not of the arrangement's employer (its KvK number), the arrangement has ended, or the
    /// vacancy's region has not joined it; or rule H13, H15 or H16.
    /// </exception>
    public Vacancy BookPlacement(PlacementBooking booking, Arrangement arrangement, IClock clock)
    {
        Preconditions.CheckNotNull(booking);
        Preconditions.CheckNotNull(arrangement);
        Preconditions.CheckNotNull(clock);
        Preconditions.CheckArgument(booking.ArrangementId == arrangement.Id, nameof(arrangement), $"Placement {booking.PlacementId} names arrangement {booking.ArrangementId ?? "(none)"}, not {arrangement.Id}.");
        EnsureEmployerOf(arrangement);
        arrangement.EnsureTakesPlacements(Region.Code);
        return Book(booking, clock);
    }

    /// <summary>
    /// Refuses a booking under an arrangement made with another employer (rule L2: an arrangement is drafted with one
    /// national employer, and what a region executes after joining is recruitment for that employer). The employer is
    /// its KvK number, which every establishment shares; the account only when the arrangement's account has no number.
    /// </summary>
    private void EnsureEmployerOf(Arrangement arrangement)
    {
        var same = arrangement.Employer is { } kvk ? kvk == Employer : arrangement.AccountId == AccountId;
        if (!same)
        {
            throw new RuleViolationException(
                RuleId.L2,
                $"Arrangement {arrangement.Id} is made with {arrangement.EmployerName} (KvK {arrangement.Employer?.ToString() ?? "unknown"}, account {arrangement.AccountId}); vacancy {Id} is of KvK {Employer} (account {AccountId}): a placement under an arrangement is for the arrangement's employer.");
        }
    }

    private Vacancy Book(PlacementBooking booking, IClock clock)
    {
        var today = DutchCalendar.Today(clock);
        Preconditions.CheckArgument(Placements.All(p => p.Id != booking.PlacementId), nameof(booking), $"Placement {booking.PlacementId} is already booked on vacancy {Id}.");
        var referral = Referrals.FirstOrDefault(r => r.Candidate == booking.Candidate)
            ?? throw new RuleViolationException(RuleId.H16, $"Candidate {booking.Candidate} was not referred on vacancy {Id}: a placement needs a real recruitment order, with the candidate proposed on it first.");
        if (Placements.Any(p => p.Candidate == booking.Candidate))
        {
            throw new RuleViolationException(RuleId.H13, $"Candidate {booking.Candidate} is already placed on vacancy {Id}.");
        }

        if (Status == VacancyStatus.Closed)
        {
            throw new RuleViolationException(RuleId.H15, $"Vacancy {Id} is closed: a chain partner duplicates it, refers its candidate again and books there.");
        }

        EnsurePlausibleStart(booking);
        var owner = Owner;
        var handovers = Handovers;
        if (referral.ReferredBy != booking.BookingPartner)
        {
            throw new RuleViolationException(
                RuleId.H15,
                booking.BookingPartner == owner
                    ? $"The owner {owner} books only the candidates it referred itself: candidate {booking.Candidate} on vacancy {Id} was referred by {referral.ReferredBy}, who books the placement (on a vacancy asking for one position it takes the vacancy over; for 2–9 it duplicates the closed vacancy)."
                    : $"{booking.BookingPartner} may not book candidate {booking.Candidate} on vacancy {Id}: the partner that referred the candidate ({referral.ReferredBy}) books it.");
        }

        if (booking.BookingPartner != owner)
        {
            if (Positions >= CoProductionThreshold)
            {
                throw new RuleViolationException(RuleId.H13, $"Vacancy {Id} asks for {Positions} positions, a co-production: {booking.BookingPartner} registers its own vacancy under co-production {CoProductionId} and books its candidates there.");
            }

            if (Positions > 1)
            {
                throw new RuleViolationException(RuleId.H15, $"Vacancy {Id} asks for {Positions} positions: the owner {owner} books its own candidates and closes it; then {booking.BookingPartner} duplicates the closed vacancy, refers its candidate again and books there.");
            }

            EnsureChainPartnerOfRegion(booking.BookingPartner, RuleId.H15, "takes over");

            // A vacancy asking for one position passes to the chain partner whose candidate is hired.
            handovers = [.. handovers, new VacancyHandover(owner, booking.BookingPartner, clock.GetCurrentInstant(), RuleId.H15)];
            owner = booking.BookingPartner;
        }

        var workplaces = Workplaces;
        if (Placements.Count >= workplaces)
        {
            if (ExpiresOn < today)
            {
                throw new RuleViolationException(RuleId.H15, $"Vacancy {Id} expired on {ExpiresOn:uuuu-MM-dd}: reactivate it before raising its workplaces.");
            }

            workplaces++;
            if (workplaces >= CoProductionThreshold && CoProductionId is null)
            {
                throw new RuleViolationException(RuleId.H13, $"Vacancy {Id} would reach {workplaces} workplaces: from {CoProductionThreshold} it is a co-production, in which each partner registers its own vacancy.");
            }
        }

        var placement = new Placement(
            booking.PlacementId,
            Id,
            Employer,
            Establishment.Municipality,
            SectorCode,
            booking.Candidate,
            booking.BookingPartner,
            referral.TargetGroups,
            booking.Start,
            booking.End,
            booking.HoursPerWeek,
            EmployerKind,
            booking.ArrangementId);
        return new Vacancy(this)
        {
            Owner = owner,
            Handovers = handovers,
            Workplaces = workplaces,
            Placements = [.. Placements, placement],
        };
    }

    /// <summary>
    /// Refuses a start that lies before the vacancy's receipt or before the candidate's referral, each by its Dutch calendar
    /// date (rule H16: that is a vacancy registered, or a candidate referred, to book a placement that already happened).
    /// On a duplicate the receipt is the original's, and the referral the first of the candidate on the original or here.
    /// </summary>
    private void EnsurePlausibleStart(PlacementBooking booking)
    {
        var received = DutchCalendar.DateOf(ReceivedAt);
        if (booking.Start < received)
        {
            throw new RuleViolationException(RuleId.H16, $"Placement {booking.PlacementId} starts on {booking.Start:uuuu-MM-dd}, before vacancy {Id} was received ({received:uuuu-MM-dd}): a placement comes from a real recruitment order, not from a vacancy registered after the hire.");
        }

        var proposedAt = Referrals.Concat(OriginReferrals).Where(r => r.Candidate == booking.Candidate).Min(r => r.ProposedAt);
        var referred = DutchCalendar.DateOf(proposedAt);
        if (booking.Start < referred)
        {
            throw new RuleViolationException(RuleId.H16, $"Placement {booking.PlacementId} starts on {booking.Start:uuuu-MM-dd}, before candidate {booking.Candidate} was referred on vacancy {Id} ({referred:uuuu-MM-dd}): a candidate is proposed before the hire, and recorded then (rule H14).");
        }
    }

    /// <summary>
    /// Refuses a partner that is no chain partner of the vacancy's region (rules H11, H15): a vacancy passes only to UWV or
    /// to a current municipality of its own region, so its new owner can read and change it.
    /// </summary>
    private void EnsureChainPartnerOfRegion(BookingPartner partner, RuleId rule, string step)
    {
        if (IsChainPartnerOfRegion(partner))
        {
            return;
        }

        throw new RuleViolationException(rule, $"{partner} is no chain partner of region {Region.Code} ({Region.Name}), so it {step} no vacancy there: vacancy {Id} passes only to UWV or one of the region's municipalities.");
    }

    /// <summary>Returns whether <paramref name="partner"/> is a chain partner of the vacancy's region: UWV, or a current municipality of the region (rules H11, H15).</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>Whether the vacancy may pass to it.</returns>
    /// <exception cref="ArgumentException">The partner is not initialized.</exception>
    public bool IsChainPartnerOfRegion(BookingPartner partner)
    {
        Preconditions.CheckInitialized(partner);
        return partner == BookingPartner.Uwv
            || (partner.Municipality is { } code && Gazetteer.Default.FindMunicipality(code) is { IsCurrent: true, Region: { } region } && region.Code == Region.Code);
    }

    /// <summary>
    /// Hands the vacancy over at once to a chain partner of its region — UWV or one of the region's municipalities — when
    /// the owner cannot fill it from its own target group (rule H11). Only the owner does this step; the caller's client
    /// checks that.
    /// </summary>
    /// <param name="to">The chain partner.</param>
    /// <param name="clock">The clock that stamps the hand-over.</param>
    /// <returns>The vacancy, owned by the chain partner.</returns>
    /// <exception cref="ArgumentException">An argument is missing, or the partner already owns the vacancy.</exception>
    /// <exception cref="RuleViolationException">Rule H11: the vacancy is closed, or the partner is no chain partner of its region.</exception>
    public Vacancy HandOver(BookingPartner to, IClock clock)
    {
        Preconditions.CheckInitialized(to);
        Preconditions.CheckArgument(to != Owner, nameof(to), $"{to} already owns vacancy {Id}.");
        var now = Preconditions.CheckNotNull(clock).GetCurrentInstant();
        if (Status == VacancyStatus.Closed)
        {
            throw new RuleViolationException(RuleId.H11, $"Vacancy {Id} is closed: only an open vacancy is handed over.");
        }

        EnsureChainPartnerOfRegion(to, RuleId.H11, "is handed");
        return new Vacancy(this) { Owner = to, Handovers = [.. Handovers, new VacancyHandover(Owner, to, now, RuleId.H11)] };
    }

    /// <summary>Closes the vacancy as filled.</summary>
    /// <returns>The closed vacancy.</returns>
    public Vacancy Close() => Close(VacancyCloseReason.Filled);

    /// <summary>Closes the vacancy with the reason: filled, withdrawn, handed over or duplicated. Closing a closed vacancy changes nothing.</summary>
    /// <param name="reason">Why it closes.</param>
    /// <returns>The closed vacancy.</returns>
    /// <exception cref="ArgumentException">The reason is undefined.</exception>
    public Vacancy Close(VacancyCloseReason reason)
    {
        Preconditions.CheckDefined(reason);
        return Status == VacancyStatus.Closed ? this : new Vacancy(this) { Status = VacancyStatus.Closed, CloseReason = reason };
    }

    /// <summary>
    /// Corrects the vacancy's title, last day, positions or publication, keeping each change with who made it and when.
    /// A closed vacancy is not corrected, and an expired one gets a new last day by reactivation (rule H15); 10 or more
    /// positions are a co-production (rule H13). The workplaces never change by a correction (rule H13).
    /// </summary>
    /// <param name="correction">What to correct.</param>
    /// <param name="by">The partner that corrects.</param>
    /// <param name="clock">The clock that stamps the change and judges expiry.</param>
    /// <returns>The corrected vacancy; the same one when nothing differs.</returns>
    /// <exception cref="ArgumentException">An argument is missing, the correction names no field, the title is blank, the last day lies before the receipt, or the positions are out of range.</exception>
    /// <exception cref="RuleViolationException">Rule H15: the vacancy is closed or expired; rule H13: 10 or more positions outside a co-production.</exception>
    public Vacancy Correct(VacancyCorrection correction, BookingPartner by, IClock clock)
    {
        Preconditions.CheckNotNull(correction);
        Preconditions.CheckInitialized(by);
        Preconditions.CheckArgument(!correction.IsEmpty, nameof(correction), $"A correction of vacancy {Id} names at least one of title, expiresOn, positions and publication.");
        var now = Preconditions.CheckNotNull(clock).GetCurrentInstant();
        var today = DutchCalendar.DateOf(now);
        switch (StatusOn(today))
        {
            case VacancyStatus.Closed:
                throw new RuleViolationException(RuleId.H15, $"Vacancy {Id} is closed: reactivate it before correcting it.");
            case VacancyStatus.Expired when correction.ExpiresOn is not null:
                throw new RuleViolationException(RuleId.H15, $"Vacancy {Id} expired on {ExpiresOn:uuuu-MM-dd}: an expired vacancy gets a new last day by reactivation.");
        }

        var title = correction.Title is { } t ? Preconditions.CheckNotNullOrWhiteSpace(t, "title").Trim() : Title;
        var expiresOn = correction.ExpiresOn ?? ExpiresOn;
        Preconditions.CheckArgument(expiresOn >= DutchCalendar.DateOf(ReceivedAt), "expiresOn", $"Vacancy {Id} was received on {DutchCalendar.DateOf(ReceivedAt):uuuu-MM-dd}: its last day is not before that, not {expiresOn:uuuu-MM-dd}.");
        var positions = Preconditions.CheckArgumentRange(correction.Positions ?? Positions, 1, 10_000, "positions");
        if (positions >= CoProductionThreshold && CoProductionId is null)
        {
            throw new RuleViolationException(RuleId.H13, $"Vacancy {Id} would be for {positions} positions: from {CoProductionThreshold} it is a co-production, in which each partner registers its own vacancy under the same co-production id.");
        }

        var publication = correction.Publication ?? Publication;
        var changes = new List<VacancyChange>();
        void Note(string field, string from, string to)
        {
            if (!string.Equals(from, to, StringComparison.Ordinal))
            {
                changes.Add(new VacancyChange(now, by, field, from, to));
            }
        }

        Note("title", Title, title);
        Note("expiresOn", ExpiresOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture), expiresOn.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        Note("positions", Positions.ToString(CultureInfo.InvariantCulture), positions.ToString(CultureInfo.InvariantCulture));
        Note("publication", Describe(Publication), Describe(publication));
        return changes.Count == 0
            ? this
            : new Vacancy(this) { Title = title, ExpiresOn = expiresOn, Positions = positions, Publication = publication, Corrections = [.. Corrections, .. changes] };

        static string Describe(Publication p) => (p.IsOpen ? "open: " : "blocked: ") + p.Text;
    }

    /// <summary>Reactivates an expired vacancy with a new last day (rule H15).</summary>
    /// <param name="expiresOn">The new last day, today or later.</param>
    /// <param name="clock">The clock to judge by.</param>
    /// <returns>The open vacancy with its new last day.</returns>
    /// <exception cref="ArgumentException">The new last day lies in the past.</exception>
    public Vacancy Reactivate(LocalDate expiresOn, IClock clock)
    {
        var today = DutchCalendar.Today(clock);
        Preconditions.CheckArgument(expiresOn >= today, nameof(expiresOn), $"A reactivated vacancy is open until today or later, not {expiresOn:uuuu-MM-dd}.");
        return new Vacancy(this) { ExpiresOn = expiresOn, Status = VacancyStatus.Open, CloseReason = null };
    }

    /// <summary>
    /// Duplicates a closed vacancy asking for 2–9 positions for a chain partner whose candidate was hired on it — referred
    /// there and not placed (rule H15): the duplicate is the chain partner's own, with one workplace (rule H13); it keeps
    /// the original's employer demand and receipt and the chain partner's referrals there (<see cref="OriginReferrals"/>),
    /// and the candidate is referred again on it and booked. It is no new vacancy: never late (rule H10), never counted
    /// as registered.
    /// </summary>
    /// <param name="newId">The duplicate's id.</param>
    /// <param name="chainPartner">The chain partner that duplicates: the acting partner.</param>
    /// <param name="clock">The clock that stamps the registration.</param>
    /// <returns>The duplicate.</returns>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    /// <exception cref="RuleViolationException">
    /// Rule H15: the partner owns the vacancy, the vacancy is still open or asks for one position, or the partner has no
    /// hire on it; rule H13: it is a co-production.
    /// </exception>
    public Vacancy DuplicateFor(string newId, BookingPartner chainPartner, IClock clock)
    {
        Preconditions.CheckNotNullOrWhiteSpace(newId);
        Preconditions.CheckInitialized(chainPartner);
        var now = Preconditions.CheckNotNull(clock).GetCurrentInstant();
        if (chainPartner == Owner)
        {
            throw new RuleViolationException(RuleId.H15, $"{chainPartner} owns vacancy {Id}: the owner books its own candidates there and does not duplicate it.");
        }

        if (Status != VacancyStatus.Closed)
        {
            throw new RuleViolationException(RuleId.H15, $"Vacancy {Id} is open: the owner {Owner} books its own placements and closes it before a chain partner duplicates it.");
        }

        if (Positions >= CoProductionThreshold)
        {
            throw new RuleViolationException(RuleId.H13, $"Vacancy {Id} asks for {Positions} positions, a co-production: {chainPartner} registers its own vacancy under co-production {CoProductionId} instead of duplicating it.");
        }

        if (Positions == 1)
        {
            throw new RuleViolationException(RuleId.H15, $"Vacancy {Id} asks for one position: the chain partner whose candidate is hired takes it over and books on it (the owner reactivates it first); it is not duplicated.");
        }

        Referral[] hires = [.. Referrals.Where(r => r.ReferredBy == chainPartner && Placements.All(p => p.Candidate != r.Candidate))];
        if (hires.Length == 0)
        {
            throw new RuleViolationException(RuleId.H15, $"Only a chain partner whose candidate was hired on vacancy {Id} duplicates it: {chainPartner} referred no candidate there that is not placed.");
        }

        return new Vacancy(this)
        {
            Id = Preconditions.CheckNotNullOrWhiteSpace(newId),
            Owner = chainPartner,
            RegisteredAt = now,
            DuplicatedFrom = Id,
            OriginReferrals = hires,
            Status = VacancyStatus.Open,
            Workplaces = 1,
            Referrals = [],
            Placements = [],
            Handovers = [],
            CloseReason = null,
            Corrections = [],
            ExpiresOn = ExpiresOn < DutchCalendar.DateOf(now) ? DutchCalendar.DateOf(now) : ExpiresOn,
        };
    }

    /// <summary>
    /// Whether this vacancy is what <paramref name="registration"/> registers: the same id, employer, establishment,
    /// registering partner and the facts a registration sets (title, sector, receipt, last day, publication, positions,
    /// target groups, selection, co-production). A retried registration is answered with the vacancy when it is.
    /// </summary>
    internal bool IsRegistrationOf(VacancyRegistration registration) =>
        Id == registration.VacancyId
        && DuplicatedFrom is null
        && AccountId == registration.Account.Id
        && Establishment == registration.Establishment
        && RegisteredBy == registration.Owner
        && Title == registration.Title
        && SectorCode == registration.SectorCode
        && ReceivedAt == registration.ReceivedAt
        && ExpiresOn == registration.ExpiresOn
        && Publication == registration.Publication
        && Positions == registration.Positions
        && TargetGroups == registration.TargetGroups
        && Selection == registration.Selection
        && CoProductionId == registration.CoProductionId;

    /// <summary>Whether this vacancy is the duplicate of <paramref name="originalId"/> made for <paramref name="chainPartner"/> (rule H15).</summary>
    internal bool IsDuplicateOf(string originalId, BookingPartner chainPartner) =>
        DuplicatedFrom == originalId && RegisteredBy == chainPartner;

    /// <summary>
    /// Whether <paramref name="booking"/> is booked here already: a placement with its id, of its candidate, by its
    /// partner, with its dates, hours and arrangement. A retried booking is answered with the vacancy as it is then.
    /// </summary>
    internal bool HasBooked(PlacementBooking booking) =>
        Placements.Any(p => p.Id == booking.PlacementId
            && p.Candidate == booking.Candidate
            && p.BookingPartner == booking.BookingPartner
            && p.Start == booking.Start
            && p.End == booking.End
            && p.HoursPerWeek == booking.HoursPerWeek
            && p.ArrangementId == booking.ArrangementId);

    /// <summary>The partner that registered the vacancy: its first owner, before any hand-over.</summary>
    private BookingPartner RegisteredBy => Handovers.Count > 0 ? Handovers[0].From : Owner;

    /// <summary>
    /// Rebuilds a vacancy from the state a store kept. For stores only: it checks the state's shape, not the rules that
    /// led to it.
    /// </summary>
    /// <param name="state">The state, as <see cref="ToState"/> gave it.</param>
    /// <returns>The vacancy.</returns>
    /// <exception cref="ArgumentException">The state is incomplete or inconsistent.</exception>
    public static Vacancy FromState(VacancyState state)
    {
        Preconditions.CheckNotNull(state);
        Preconditions.CheckArgumentRange(state.Workplaces, Math.Max(1, state.Placements.Count), int.MaxValue, nameof(state));
        Preconditions.CheckArgument(state.Placements.All(p => p is not null && p.VacancyId == state.Id), nameof(state), $"Only placements of vacancy {state.Id} are stored on it.");
        Preconditions.CheckArgument(state.Referrals.All(r => r is not null) && state.Handovers.All(h => h is not null) && state.Corrections.All(c => c is not null) && state.OriginReferrals.All(r => r is not null), nameof(state), "The state holds a null.");
        Preconditions.CheckArgument(state.Status is VacancyStatus.Open or VacancyStatus.Closed, nameof(state), $"A vacancy is stored open or closed, not {state.Status}: expiry is derived from its last day.");
        Preconditions.CheckArgument(state.OriginReferrals.Count == 0 || state.DuplicatedFrom is not null, nameof(state), "Only a duplicate keeps referrals of the vacancy it duplicates.");
        return new Vacancy(state);
    }

    /// <summary>Returns the vacancy's state, for a store to keep.</summary>
    /// <returns>The state.</returns>
    public VacancyState ToState() => new()
    {
        Id = Id,
        AccountId = AccountId,
        Employer = Employer,
        EmployerKind = EmployerKind,
        Establishment = Establishment,
        Owner = Owner,
        Title = Title,
        SectorCode = SectorCode,
        ReceivedAt = ReceivedAt,
        RegisteredAt = RegisteredAt,
        ExpiresOn = ExpiresOn,
        Publication = Publication,
        Positions = Positions,
        TargetGroups = TargetGroups,
        Selection = Selection,
        CoProductionId = CoProductionId,
        DuplicatedFrom = DuplicatedFrom,
        OriginReferrals = OriginReferrals,
        Status = Status,
        Workplaces = Workplaces,
        Referrals = Referrals,
        Placements = Placements,
        Handovers = Handovers,
        CloseReason = CloseReason,
        Corrections = Corrections,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Title} ({Owner}, {Workplaces} workplace(s), {Status})";
}
