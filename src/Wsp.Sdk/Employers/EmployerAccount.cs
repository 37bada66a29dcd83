using NodaTime;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Rules;

namespace Wsp.Sdk.Employers;

/// <summary>
/// An employer account (werkgeversaccount): one employer with its establishments, the one partner that owns the
/// account (rule H7) and the audit trail of every contact (contacthistorie).
/// </summary>
/// <remarks>
/// <para>
/// An account is registered only after the employer reported a vacancy or was visited, and never twice (rule H8):
/// <see cref="Register"/> checks by name, by postcode and by KvK number, and answers possible duplicates instead of
/// registering. The owner changes only by a takeover after twelve months without anything in the audit trail (rule H7)
/// or a hand-over (rule H11); another partner that wants to work with the employer asks the owner and, with its
/// consent, becomes a co-account manager (<see cref="RequestConsent"/>).
/// </para>
/// <para>
/// The account is an immutable aggregate: every operation returns the changed account, which a store writes as one
/// document guarded by its ETag. This type is thread-safe.
/// </para>
/// </remarks>
public sealed class EmployerAccount
{
    /// <summary>The period without contact after which another partner may take an account over (rule H7): twelve months.</summary>
    public static readonly Period NoContactPeriod = Period.FromMonths(12);

    /// <summary>The number of labour market regions from which an employer is a national employer (rule L1): four.</summary>
    public const int NationalEmployerRegions = 4;

    private EmployerAccount(
        string id,
        string name,
        KvkNumber? kvk,
        EmployerKind kind,
        BookingPartner owner,
        IReadOnlyList<Establishment> establishments,
        IReadOnlyList<AuditEntry> auditTrail,
        IReadOnlyList<EmployerStaffCount> staffCounts)
    {
        Id = id;
        Name = name;
        NameKey = EmployerName.KeyOf(name);
        Kvk = kvk;
        Kind = kind;
        Owner = owner;
        Establishments = establishments;
        AuditTrail = auditTrail;
        StaffCounts = staffCounts;
        CoAccountManagers = [];
        ConsentRequests = [];
    }

    private EmployerAccount(EmployerAccount from)
        : this(from.Id, from.Name, from.Kvk, from.Kind, from.Owner, from.Establishments, from.AuditTrail, from.StaffCounts)
    {
        CoAccountManagers = from.CoAccountManagers;
        ConsentRequests = from.ConsentRequests;
    }

    /// <summary>Gets the account's id.</summary>
    public string Id { get; }

    /// <summary>Gets the employer's trade name.</summary>
    public string Name { get; }

    /// <summary>Gets the name's comparison key (<see cref="EmployerName.KeyOf"/>), for stores that index it for rule H8.</summary>
    public string NameKey { get; }

    /// <summary>Gets the KvK number, when known; set once (<see cref="SetKvk"/>).</summary>
    public KvkNumber? Kvk { get; private init; }

    /// <summary>Gets whether the employer is a market or government employer.</summary>
    public EmployerKind Kind { get; }

    /// <summary>Gets the partner that owns the account (rule H7).</summary>
    public BookingPartner Owner { get; private init; }

    /// <summary>Gets the establishments, the first being where the account was registered.</summary>
    public IReadOnlyList<Establishment> Establishments { get; private init; }

    /// <summary>Gets the labour market region of the first establishment: the account's home region.</summary>
    public LabourMarketRegion Region => Establishments[0].Region;

    /// <summary>Gets the distinct labour market regions the establishments lie in, ordered by code.</summary>
    public IReadOnlyList<LabourMarketRegion> Regions => Establishments.Select(e => e.Region).Distinct().OrderBy(r => r.Code).ToArray();

    /// <summary>
    /// Gets a value indicating whether the employer is a national employer (landelijke werkgever, rule L1): its
    /// establishments lie in <see cref="NationalEmployerRegions"/> or more labour market regions. Derived, never typed in.
    /// </summary>
    public bool IsNationalEmployer => Regions.Count >= NationalEmployerRegions;

    /// <summary>Gets the audit trail, oldest recorded first.</summary>
    public IReadOnlyList<AuditEntry> AuditTrail { get; private init; }

    /// <summary>Gets the recorded staff counts (werkzame personen, rule H5), oldest date first; one per date.</summary>
    public IReadOnlyList<EmployerStaffCount> StaffCounts { get; private init; }

    /// <summary>
    /// Gets the partners that work with the employer beside its owner (co-accountmanagers, rule H7): each asked the
    /// owner and was accepted (<see cref="RequestConsent"/>, <see cref="AnswerConsent"/>). They do not own the account.
    /// </summary>
    public IReadOnlyList<BookingPartner> CoAccountManagers { get; private init; }

    /// <summary>Gets the requests to work with the employer, oldest first: pending, accepted and declined ones (rule H7).</summary>
    public IReadOnlyList<ConsentRequest> ConsentRequests { get; private init; }

    /// <summary>Gets the requests that wait for the owner's answer (rule H7).</summary>
    public IReadOnlyList<ConsentRequest> PendingConsentRequests => [.. ConsentRequests.Where(r => r.Status == ConsentStatus.Pending)];

    /// <summary>Gets when the account was registered.</summary>
    public Instant RegisteredAt => AuditTrail[0].At;

    /// <summary>
    /// Gets the last contact with the employer (rule H7): the latest <see cref="AuditEntry.ContactAt"/> of the audit
    /// trail, which holds the registration, every vacancy registered and placement booked for it, every visit (at the
    /// visit's date), every work agreement and every change of owner.
    /// </summary>
    public Instant LastContact => AuditTrail.Max(e => e.ContactAt);

    /// <summary>
    /// Registers an employer (rule H8): refused when only to book a placement; answered with the possible duplicates
    /// among <paramref name="existing"/> (by name, by postcode and by KvK number, always all three) unless the advisor
    /// confirmed each is another employer.
    /// </summary>
    /// <param name="registration">The request.</param>
    /// <param name="existing">The accounts to check against: at least those with the same name key, postcode or KvK number.</param>
    /// <param name="clock">The clock that stamps the registration.</param>
    /// <returns>The registered account, or the possible duplicates.</returns>
    /// <exception cref="ArgumentException">An argument is null.</exception>
    /// <exception cref="RuleViolationException">Rule H8: the registration is only to book a placement.</exception>
    public static EmployerRegistrationResult Register(EmployerRegistration registration, IEnumerable<EmployerAccount> existing, IClock clock)
    {
        Preconditions.CheckNotNull(registration);
        Preconditions.CheckNotNull(existing);
        Preconditions.CheckNotNull(clock);
        if (registration.Reason == RegistrationReason.PlacementBookingOnly)
        {
            throw new RuleViolationException(RuleId.H8, $"'{registration.Name}' may not be registered only to book a placement: register an employer after it reported a vacancy or was visited.");
        }

        var duplicates = FindPossibleDuplicates(registration.Name, registration.Establishment.Postcode, registration.Kvk, existing)
            .Where(account => !registration.ConfirmedDistinctFrom.Contains(account.Id))
            .ToArray();
        if (duplicates.Length > 0)
        {
            return EmployerRegistrationResult.Duplicates(duplicates);
        }

        var note = (registration.Reason == RegistrationReason.Visited ? "Registered after a company visit" : "Registered after a reported vacancy")
            + (registration.ByNationalDesk ? $", by the national desk for {registration.Owner}" : "");
        return EmployerRegistrationResult.Registered(new EmployerAccount(
            registration.AccountId,
            registration.Name,
            registration.Kvk,
            registration.Kind,
            registration.Owner,
            [registration.Establishment],
            [new AuditEntry(clock.GetCurrentInstant(), registration.Owner, ContactKind.Registered, note)],
            []));
    }

    /// <summary>
    /// Finds the accounts that may be the same employer (rule H8, DESIGN.md "in detail"): by name, forgiving case,
    /// diacritics, punctuation, legal form and names written together or apart (<see cref="EmployerName.KeyOf"/>), and by
    /// postcode, both always; and by KvK number when one is given.
    /// </summary>
    /// <param name="name">The employer's name.</param>
    /// <param name="postcode">The establishment's postcode.</param>
    /// <param name="kvk">The employer's KvK number, or null when it is not known.</param>
    /// <param name="existing">The accounts to check.</param>
    /// <returns>The possible duplicates, each once, by name then id.</returns>
    /// <exception cref="ArgumentException">An argument is null or uninitialized.</exception>
    public static IReadOnlyList<EmployerAccount> FindPossibleDuplicates(string name, Postcode postcode, KvkNumber? kvk, IEnumerable<EmployerAccount> existing)
    {
        var key = EmployerName.KeyOf(Preconditions.CheckNotNull(name));
        Preconditions.CheckInitialized(postcode);
        var accounts = Preconditions.CheckNotNull(existing).Select(a => Preconditions.CheckNotNull(a, nameof(existing))).ToArray();
        return accounts
            .Where(a => a.NameKey == key || a.Establishments.Any(e => e.Postcode == postcode) || (kvk is not null && a.Kvk == kvk))
            .DistinctBy(a => a.Id, StringComparer.Ordinal)
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ThenBy(a => a.Id, StringComparer.Ordinal)
            .ToArray();
    }

    /// <inheritdoc cref="FindPossibleDuplicates(string, Postcode, KvkNumber?, IEnumerable{EmployerAccount})"/>
    public static IReadOnlyList<EmployerAccount> FindPossibleDuplicates(string name, Postcode postcode, IEnumerable<EmployerAccount> existing) =>
        FindPossibleDuplicates(name, postcode, null, existing);

    /// <summary>
    /// Whether this account is what <paramref name="registration"/> registers: the same id, name, first establishment,
    /// kind and registering partner, and the KvK number when the registration gives one. A retried registration is
    /// answered with the account when it is.
    /// </summary>
    internal bool IsRegistrationOf(EmployerRegistration registration) =>
        Id == registration.AccountId
        && Name == registration.Name
        && Establishments[0] == registration.Establishment
        && Kind == registration.Kind
        && AuditTrail[0] is { Kind: ContactKind.Registered } registered && registered.Partner == registration.Owner
        && (registration.Kvk is null || Kvk == registration.Kvk);

    /// <summary>Records a contact in the audit trail, now.</summary>
    /// <param name="partner">The partner that had the contact.</param>
    /// <param name="kind">What the contact was.</param>
    /// <param name="note">A short note, without personal data.</param>
    /// <param name="clock">The clock that stamps the contact.</param>
    /// <returns>The account with the contact recorded.</returns>
    /// <exception cref="ArgumentException">An argument is missing, or the kind is recorded by its own operation (a registration, an owner change).</exception>
    public EmployerAccount RecordContact(BookingPartner partner, ContactKind kind, string note, IClock clock) =>
        RecordContact(partner, kind, note, occurredOn: null, clock);

    /// <summary>
    /// Records a contact in the audit trail that took place on an earlier day: it counts from that day for rule H7 (a
    /// company visit is counted at the visit's date, not when it was typed in).
    /// </summary>
    /// <param name="partner">The partner that had the contact.</param>
    /// <param name="kind">What the contact was.</param>
    /// <param name="note">A short note, without personal data.</param>
    /// <param name="occurredOn">The day it took place; null for now.</param>
    /// <param name="clock">The clock that stamps the entry.</param>
    /// <returns>The account with the contact recorded.</returns>
    /// <exception cref="ArgumentException">An argument is missing, the day lies after today, or the kind is recorded by its own operation.</exception>
    public EmployerAccount RecordContact(BookingPartner partner, ContactKind kind, string note, LocalDate? occurredOn, IClock clock) =>
        RecordContact(partner, kind, note, occurredOn, clock, recordId: null);

    /// <summary>
    /// Records a step's contact about a record unless the audit trail holds it already (the same kind, partner and record
    /// id): a step retried after its first write records its contact once, even when the note it writes changed in
    /// between (a vacancy's title edited), and two records whose notes read alike get an entry each. An entry written
    /// before record ids were kept is matched by its note.
    /// </summary>
    internal EmployerAccount RecordContactOnce(BookingPartner partner, ContactKind kind, string recordId, string note, IClock clock, LocalDate? occurredOn = null)
    {
        Preconditions.CheckNotNullOrWhiteSpace(recordId);
        return AuditTrail.Any(e => e.Kind == kind && e.Partner == partner && (e.RecordId is null ? e.Note == note : e.RecordId == recordId))
            ? this
            : RecordContact(partner, kind, note, occurredOn, clock, recordId);
    }

    private EmployerAccount RecordContact(BookingPartner partner, ContactKind kind, string note, LocalDate? occurredOn, IClock clock, string? recordId)
    {
        Preconditions.CheckArgument(kind is not ContactKind.OwnerChanged and not ContactKind.Registered, nameof(kind), $"{kind} is recorded by the operation itself, not as a contact.");
        return Append(new AuditEntry(Preconditions.CheckNotNull(clock).GetCurrentInstant(), partner, kind, note) { OccurredOn = occurredOn, RecordId = recordId });
    }

    /// <summary>
    /// Records a work agreement with the employer (werkafspraak): what was agreed, in the account's audit trail, where it
    /// counts as contact (rule H7).
    /// </summary>
    /// <param name="partner">The partner that made the agreement.</param>
    /// <param name="note">What was agreed, without personal data.</param>
    /// <param name="clock">The clock that stamps the entry.</param>
    /// <returns>The account with the work agreement recorded.</returns>
    /// <exception cref="ArgumentException">The partner is missing or the note is blank.</exception>
    public EmployerAccount RecordWorkAgreement(BookingPartner partner, string note, IClock clock) =>
        RecordContact(partner, ContactKind.WorkAgreement, Preconditions.CheckNotNullOrWhiteSpace(note).Trim(), clock);

    /// <summary>
    /// Returns the latest last contact that lets another partner take an account over at <paramref name="now"/> (rule
    /// H7): twelve calendar months before it, on the Dutch calendar (a contact on 29 February is twelve months old on 1
    /// March). The one definition of "twelve months without contact", for <see cref="IsWithoutContactAt"/> and for stores
    /// that list the accounts another partner may take over.
    /// </summary>
    /// <param name="now">The moment to judge at.</param>
    /// <returns>The instant; an account whose last contact is at or before it has had no contact for twelve months.</returns>
    public static Instant NoContactCutoff(Instant now) =>
        now.InZone(DutchCalendar.Zone).LocalDateTime.Minus(NoContactPeriod).InZoneLeniently(DutchCalendar.Zone).ToInstant();

    /// <summary>Returns whether the account has had no contact for twelve months at <paramref name="now"/> (rule H7).</summary>
    /// <param name="now">The moment to judge at.</param>
    /// <returns>Whether another partner may take the account over.</returns>
    public bool IsWithoutContactAt(Instant now) => LastContact <= NoContactCutoff(now);

    /// <summary>
    /// Takes the account over for another partner (rule H7): allowed only after twelve months without reported
    /// vacancies, filled work agreements or anything else in the audit trail. The take-over is itself in the audit trail,
    /// so the twelve months start again: a third partner cannot take the account straight back.
    /// </summary>
    /// <param name="newOwner">The partner that takes the account over.</param>
    /// <param name="clock">The clock to judge and stamp by.</param>
    /// <returns>The account with its new owner.</returns>
    /// <exception cref="ArgumentException">An argument is missing, or the partner already owns the account.</exception>
    /// <exception cref="RuleViolationException">Rule H7: the account had contact in the last twelve months.</exception>
    public EmployerAccount TakeOver(BookingPartner newOwner, IClock clock)
    {
        Preconditions.CheckInitialized(newOwner);
        Preconditions.CheckArgument(newOwner != Owner, nameof(newOwner), $"{newOwner} already owns account {Id}.");
        var now = Preconditions.CheckNotNull(clock).GetCurrentInstant();
        if (!IsWithoutContactAt(now))
        {
            throw new RuleViolationException(RuleId.H7, $"Account {Id} is owned by {Owner} and had contact on {DutchCalendar.DateOf(LastContact):uuuu-MM-dd}: another partner may take it over only after twelve months without contact; ask the owner to work with the employer instead.");
        }

        return ChangeOwner(newOwner, now, $"Taken over from {Owner} after twelve months without contact");
    }

    /// <summary>Hands the account over to a chain partner together with a vacancy the owner cannot fill (rule H11).</summary>
    /// <param name="to">The chain partner.</param>
    /// <param name="clock">The clock that stamps the hand-over.</param>
    /// <returns>The account with its new owner.</returns>
    /// <exception cref="ArgumentException">An argument is missing, or the partner already owns the account.</exception>
    public EmployerAccount HandOver(BookingPartner to, IClock clock)
    {
        Preconditions.CheckInitialized(to);
        Preconditions.CheckArgument(to != Owner, nameof(to), $"{to} already owns account {Id}.");
        return ChangeOwner(to, Preconditions.CheckNotNull(clock).GetCurrentInstant(), $"Handed over by {Owner}");
    }

    /// <summary>
    /// A partner asks the owner to work with the employer (rule H7, "na akkoord … jezelf toevoegen"): the request waits
    /// for the owner's answer (<see cref="AnswerConsent"/>). Asking is not contact with the employer: the audit trail does
    /// not change.
    /// </summary>
    /// <param name="requester">The partner that asks.</param>
    /// <param name="note">Why, without personal data (may be empty).</param>
    /// <param name="clock">The clock that stamps the request.</param>
    /// <returns>The account with the request.</returns>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    /// <exception cref="RuleViolationException">Rule H7: the requester owns the account, manages it already, or has a request waiting.</exception>
    public EmployerAccount RequestConsent(BookingPartner requester, string note, IClock clock)
    {
        Preconditions.CheckInitialized(requester);
        Preconditions.CheckNotNull(note);
        var now = Preconditions.CheckNotNull(clock).GetCurrentInstant();
        if (requester == Owner || CoAccountManagers.Contains(requester))
        {
            throw new RuleViolationException(RuleId.H7, $"{requester} {(requester == Owner ? "owns" : "is a co-account manager of")} account {Id} already: it works with the employer without asking.");
        }

        if (ConsentRequests.Any(r => r.Requester == requester && r.Status == ConsentStatus.Pending))
        {
            throw new RuleViolationException(RuleId.H7, $"{requester} asked the owner {Owner} of account {Id} already; the request waits for the owner's answer.");
        }

        return new EmployerAccount(this) { ConsentRequests = [.. ConsentRequests, new ConsentRequest(requester, now, note)] };
    }

    /// <summary>
    /// The owner answers a partner's request to work with the employer (rule H7): accepted, the partner becomes a
    /// co-account manager, without becoming owner; declined, it does not. Who answers (the owner) is the caller's to check.
    /// </summary>
    /// <param name="requester">The partner that asked.</param>
    /// <param name="accept">Whether the owner consents.</param>
    /// <param name="clock">The clock that stamps the answer.</param>
    /// <returns>The account with the answer.</returns>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    /// <exception cref="RuleViolationException">Rule H7: no request of that partner waits.</exception>
    public EmployerAccount AnswerConsent(BookingPartner requester, bool accept, IClock clock)
    {
        Preconditions.CheckInitialized(requester);
        var now = Preconditions.CheckNotNull(clock).GetCurrentInstant();
        var index = ConsentRequests.ToList().FindIndex(r => r.Requester == requester && r.Status == ConsentStatus.Pending);
        if (index < 0)
        {
            throw new RuleViolationException(RuleId.H7, $"No request of {requester} to work with the employer of account {Id} waits for an answer.");
        }

        var requests = ConsentRequests.ToArray();
        requests[index] = requests[index].Answered(accept, now);
        return new EmployerAccount(this)
        {
            ConsentRequests = requests,
            CoAccountManagers = accept ? [.. CoAccountManagers, requester] : CoAccountManagers,
        };
    }

    /// <summary>
    /// Sets the employer's KvK number, once: an account registered without it gets it later (the national desk onboarding
    /// a national employer, L1; a vacancy needs it, H10). The same number again changes nothing.
    /// </summary>
    /// <param name="kvk">The KvK number.</param>
    /// <returns>The account with its KvK number.</returns>
    /// <exception cref="ArgumentException">The number is the default value, or the account has another number already.</exception>
    public EmployerAccount SetKvk(KvkNumber kvk)
    {
        Preconditions.CheckInitialized(kvk);
        if (Kvk is { } known)
        {
            Preconditions.CheckArgument(known == kvk, nameof(kvk), $"Account {Id} has KvK number {known} already: a KvK number is set once.");
            return this;
        }

        return new EmployerAccount(this) { Kvk = kvk };
    }

    /// <summary>Adds an establishment; one the account has already (a step retried) leaves it as it is.</summary>
    /// <param name="establishment">The establishment.</param>
    /// <returns>The account with the establishment.</returns>
    /// <exception cref="ArgumentException">The argument is null, or the account has another establishment at that postcode.</exception>
    public EmployerAccount AddEstablishment(Establishment establishment)
    {
        Preconditions.CheckNotNull(establishment);
        if (Establishments.Contains(establishment))
        {
            return this;
        }

        Preconditions.CheckArgument(Establishments.All(e => e.Postcode != establishment.Postcode), nameof(establishment), $"Account {Id} already has an establishment at {establishment.Postcode}.");
        return new EmployerAccount(this) { Establishments = [.. Establishments, establishment] };
    }

    /// <summary>
    /// Records the employer's staff count and sector at a date from a register such as the KvK handelsregister (rule
    /// H5). A count at a date already recorded replaces it (a corrected extract); counts at other dates are kept, so a
    /// coverage ratio at an earlier date uses the count of that time. It is register data, not a contact: the audit
    /// trail does not change.
    /// </summary>
    /// <param name="count">The staff count.</param>
    /// <returns>The account with the count recorded.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="count"/> is null.</exception>
    /// <exception cref="RuleViolationException">Rule H5: the account has no KvK number, so the count cannot be matched with the register's totals.</exception>
    public EmployerAccount RecordStaff(EmployerStaffCount count)
    {
        Preconditions.CheckNotNull(count);
        if (Kvk is null)
        {
            throw new RuleViolationException(RuleId.H5, $"Account {Id} has no KvK number: a staff count from the register is matched to the employer by its KvK number, so record the KvK number first.");
        }

        return new EmployerAccount(this) { StaffCounts = [.. StaffCounts.Where(c => c.Date != count.Date).Append(count).OrderBy(c => c.Date)] };
    }

    /// <summary>Returns the newest staff count on or before a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The count, or null when none was recorded on or before it.</returns>
    public EmployerStaffCount? StaffAt(LocalDate date) => StaffCounts.LastOrDefault(c => c.Date <= date);

    /// <summary>
    /// Returns whether the employer was in contact at a date: an entry in the audit trail (registration, visit at its
    /// date, vacancy, placement, work agreement, owner change or other) on a day in the twelve months up to and including <paramref name="date"/> (Dutch calendar days, as rule
    /// H7's twelve months without contact).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the account had contact in that window.</returns>
    public bool IsInContactAt(LocalDate date)
    {
        var window = ContactWindow(date);
        return AuditTrail.Any(e => window.Contains(e.ContactAt));
    }

    /// <summary>
    /// Gets the instants of the contact window of a date: from the start (Dutch calendar, Europe/Amsterdam) of the day twelve months before the day
    /// after <paramref name="date"/>, to the end of <paramref name="date"/>. The one definition of "in contact at a date",
    /// for <see cref="IsInContactAt"/> and for stores that select accounts and vacancies by it.
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>The window, start included, end excluded.</returns>
    public static Interval ContactWindow(LocalDate date) =>
        DutchCalendar.InstantsOf(new DateInterval(date.Minus(NoContactPeriod).PlusDays(1), date));

    /// <summary>
    /// Rebuilds an account from the state a store kept. For stores only: it checks the state's shape, not the rules that
    /// led to it.
    /// </summary>
    /// <param name="state">The state, as <see cref="ToState"/> gave it.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentException">The state is incomplete: no establishment, an audit trail not starting with the registration, two staff counts on one date, or the owner among its co-account managers.</exception>
    public static EmployerAccount FromState(EmployerAccountState state)
    {
        Preconditions.CheckNotNull(state);
        var managers = Preconditions.CheckNotNull(state.CoAccountManagers).Distinct().ToArray();
        var requests = Preconditions.CheckNotNull(state.ConsentRequests).Select(r => Preconditions.CheckNotNull(r, nameof(state))).ToArray();
        Preconditions.CheckArgument(!managers.Contains(state.Owner), nameof(state), "The owner is no co-account manager of its own account.");
        Preconditions.CheckNotNullOrWhiteSpace(state.Id);
        Preconditions.CheckNotNullOrWhiteSpace(state.Name);
        var places = Preconditions.CheckNotNull(state.Establishments).Select(e => Preconditions.CheckNotNull(e, nameof(state))).ToArray();
        var trail = Preconditions.CheckNotNull(state.AuditTrail).Select(e => Preconditions.CheckNotNull(e, nameof(state))).OrderBy(e => e.At).ToArray();
        Preconditions.CheckArgument(places.Length > 0, nameof(state), "An account has at least one establishment.");
        Preconditions.CheckArgument(trail.Length > 0 && trail[0].Kind == ContactKind.Registered, nameof(state), "An audit trail starts with the registration.");
        var counts = Preconditions.CheckNotNull(state.StaffCounts).Select(c => Preconditions.CheckNotNull(c, nameof(state))).OrderBy(c => c.Date).ToArray();
        Preconditions.CheckArgument(counts.Select(c => c.Date).Distinct().Count() == counts.Length, nameof(state), "Two staff counts share a date.");
        return new EmployerAccount(state.Id, state.Name, state.Kvk, Preconditions.CheckDefined(state.Kind), Preconditions.CheckInitialized(state.Owner), places, trail, counts)
        {
            CoAccountManagers = managers,
            ConsentRequests = requests,
        };
    }

    /// <summary>Returns the account's state, for a store to keep.</summary>
    /// <returns>The state.</returns>
    public EmployerAccountState ToState() => new()
    {
        Id = Id,
        Name = Name,
        Kvk = Kvk,
        Kind = Kind,
        Owner = Owner,
        Establishments = Establishments,
        AuditTrail = AuditTrail,
        StaffCounts = StaffCounts,
        CoAccountManagers = CoAccountManagers,
        ConsentRequests = ConsentRequests,
    };

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name} ({Owner})";

    private EmployerAccount ChangeOwner(BookingPartner newOwner, Instant at, string note) =>
        new EmployerAccount(this)
        {
            Owner = newOwner,

            // The new owner no longer needs the owner's consent: its co-management and a waiting request end.
            CoAccountManagers = [.. CoAccountManagers.Where(p => p != newOwner)],
            ConsentRequests = [.. ConsentRequests.Where(r => r.Requester != newOwner || r.Status != ConsentStatus.Pending)],
        }.Append(new AuditEntry(at, newOwner, ContactKind.OwnerChanged, note));

    private EmployerAccount Append(AuditEntry entry) => new(this) { AuditTrail = [.. AuditTrail, entry] };
}
