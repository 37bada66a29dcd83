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
/// <see cref="Register"/> checks by name first, then by postcode, and answers possible duplicates instead of
/// registering. The owner changes only by a takeover after twelve months without contact (rule H7) or a hand-over
/// (rule H11).
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
    }

    /// <summary>Gets the account's id.</summary>
    public string Id { get; }

    /// <summary>Gets the employer's trade name.</summary>
    public string Name { get; }

    /// <summary>Gets the name's comparison key (<see cref="EmployerName.KeyOf"/>), for stores that index it for rule H8.</summary>
    public string NameKey { get; }

    /// <summary>Gets the KvK number, when known.</summary>
    public KvkNumber? Kvk { get; }

    /// <summary>Gets whether the employer is a market or government employer.</summary>
    public EmployerKind Kind { get; }

    /// <summary>Gets the partner that owns the account (rule H7).</summary>
    public BookingPartner Owner { get; }

    /// <summary>Gets the establishments, the first being where the account was registered.</summary>
    public IReadOnlyList<Establishment> Establishments { get; }

    /// <summary>Gets the labour market region of the first establishment: the account's home region.</summary>
    public LabourMarketRegion Region => Establishments[0].Region;

    /// <summary>Gets the distinct labour market regions the establishments lie in, ordered by code.</summary>
    public IReadOnlyList<LabourMarketRegion> Regions => Establishments.Select(e => e.Region).Distinct().OrderBy(r => r.Code).ToArray();

    /// <summary>
    /// Gets a value indicating whether the employer is a national employer (landelijke werkgever, rule L1): its
    /// establishments lie in <see cref="NationalEmployerRegions"/> or more labour market regions. Derived, never typed in.
    /// </summary>
    public bool IsNationalEmployer => Regions.Count >= NationalEmployerRegions;

    /// <summary>Gets the audit trail, oldest first.</summary>
    public IReadOnlyList<AuditEntry> AuditTrail { get; }

    /// <summary>Gets the recorded staff counts (werkzame personen, rule H5), oldest date first; one per date.</summary>
    public IReadOnlyList<EmployerStaffCount> StaffCounts { get; }

    /// <summary>Gets when the account was registered.</summary>
    public Instant RegisteredAt => AuditTrail[0].At;

    /// <summary>Gets the last contact with the employer: a visit, a vacancy, a placement, any recorded contact.</summary>
    public Instant LastContact => AuditTrail.Where(e => e.IsContact).Max(e => e.At);

    /// <summary>
    /// Registers an employer (rule H8): refused when only to book a placement; answered with the possible duplicates
    /// among <paramref name="existing"/> (by name, then by postcode) unless the advisor confirmed each is another
    /// employer.
    /// </summary>
    /// <param name="registration">The request.</param>
    /// <param name="existing">The accounts to check against: at least those with the same name key or postcode.</param>
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

        var duplicates = FindPossibleDuplicates(registration.Name, registration.Establishment.Postcode, existing)
            .Where(account => !registration.ConfirmedDistinctFrom.Contains(account.Id))
            .ToArray();
        if (duplicates.Length > 0)
        {
            return EmployerRegistrationResult.Duplicates(duplicates);
        }

        var note = registration.Reason == RegistrationReason.Visited ? "Registered after a company visit" : "Registered after a reported vacancy";
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
    /// Finds the accounts that may be the same employer (rule H8): first by name, forgiving case, punctuation, legal
    /// form and names written together or apart; only when none matches, by postcode.
    /// </summary>
    /// <param name="name">The employer's name.</param>
    /// <param name="postcode">The establishment's postcode.</param>
    /// <param name="existing">The accounts to check.</param>
    /// <returns>The possible duplicates, by name.</returns>
    /// <exception cref="ArgumentException">An argument is null or uninitialized.</exception>
    public static IReadOnlyList<EmployerAccount> FindPossibleDuplicates(string name, Postcode postcode, IEnumerable<EmployerAccount> existing)
    {
        var key = EmployerName.KeyOf(Preconditions.CheckNotNull(name));
        Preconditions.CheckInitialized(postcode);
        var accounts = Preconditions.CheckNotNull(existing).Select(a => Preconditions.CheckNotNull(a, nameof(existing))).ToArray();
        var byName = accounts.Where(a => a.NameKey == key).ToArray();
        var matches = byName.Length > 0 ? byName : accounts.Where(a => a.Establishments.Any(e => e.Postcode == postcode)).ToArray();
        return matches.OrderBy(a => a.Name, StringComparer.Ordinal).ToArray();
    }

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

    /// <summary>Records a contact in the audit trail.</summary>
    /// <param name="partner">The partner that had the contact.</param>
    /// <param name="kind">What the contact was.</param>
    /// <param name="note">A short note, without personal data.</param>
    /// <param name="clock">The clock that stamps the contact.</param>
    /// <returns>The account with the contact recorded.</returns>
    /// <exception cref="ArgumentException">An argument is missing, or the kind is not a contact.</exception>
    public EmployerAccount RecordContact(BookingPartner partner, ContactKind kind, string note, IClock clock)
    {
        Preconditions.CheckArgument(kind is not ContactKind.OwnerChanged and not ContactKind.Registered, nameof(kind), $"{kind} is recorded by the operation itself, not as a contact.");
        return Append(new AuditEntry(Preconditions.CheckNotNull(clock).GetCurrentInstant(), partner, kind, note));
    }

    /// <summary>Returns whether the account has had no contact for twelve months at <paramref name="now"/> (rule H7).</summary>
    /// <param name="now">The moment to judge at.</param>
    /// <returns>Whether another partner may take the account over.</returns>
    public bool IsWithoutContactAt(Instant now) =>
        LastContact.InZone(DutchCalendar.Zone).LocalDateTime.Plus(NoContactPeriod) <= now.InZone(DutchCalendar.Zone).LocalDateTime;

    /// <summary>
    /// Takes the account over for another partner (rule H7): allowed only after twelve months without reported
    /// vacancies, filled work agreements or anything else in the audit trail.
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
            throw new RuleViolationException(RuleId.H7, $"Account {Id} is owned by {Owner} and had contact on {LastContact:uuuu-MM-dd}: another partner may take it over only after twelve months without contact.");
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
        return new(Id, Name, Kvk, Kind, Owner, [.. Establishments, establishment], AuditTrail, StaffCounts);
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

        return new(Id, Name, Kvk, Kind, Owner, Establishments, AuditTrail, [.. StaffCounts.Where(c => c.Date != count.Date).Append(count).OrderBy(c => c.Date)]);
    }

    /// <summary>Returns the newest staff count on or before a date.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The count, or null when none was recorded on or before it.</returns>
    public EmployerStaffCount? StaffAt(LocalDate date) => StaffCounts.LastOrDefault(c => c.Date <= date);

    /// <summary>
    /// Returns whether the employer was in contact at a date: a contact in the audit trail (registration, visit, vacancy,
    /// placement or other) on a day in the twelve months up to and including <paramref name="date"/> (Dutch calendar days, as rule
    /// H7's twelve months without contact).
    /// </summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the account had contact in that window.</returns>
    public bool IsInContactAt(LocalDate date)
    {
        var window = ContactWindow(date);
        return AuditTrail.Any(e => e.IsContact && window.Contains(e.At));
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
    /// Rebuilds an account from storage. For stores only: it checks the state's shape, not the rules that led to it.
    /// </summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The trade name.</param>
    /// <param name="kvk">The KvK number, or null.</param>
    /// <param name="kind">Market or government.</param>
    /// <param name="owner">The owner.</param>
    /// <param name="establishments">At least one establishment.</param>
    /// <param name="auditTrail">The audit trail, starting with the registration.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentException">The state is incomplete.</exception>
    public static EmployerAccount Restore(
        string id,
        string name,
        KvkNumber? kvk,
        EmployerKind kind,
        BookingPartner owner,
        IEnumerable<Establishment> establishments,
        IEnumerable<AuditEntry> auditTrail) =>
        Restore(id, name, kvk, kind, owner, establishments, auditTrail, []);

    /// <summary>
    /// Rebuilds an account with its staff counts from storage. For stores only: it checks the state's shape, not the
    /// rules that led to it.
    /// </summary>
    /// <param name="id">The id.</param>
    /// <param name="name">The trade name.</param>
    /// <param name="kvk">The KvK number, or null.</param>
    /// <param name="kind">Market or government.</param>
    /// <param name="owner">The owner.</param>
    /// <param name="establishments">At least one establishment.</param>
    /// <param name="auditTrail">The audit trail, starting with the registration.</param>
    /// <param name="staffCounts">The staff counts, at most one per date.</param>
    /// <returns>The account.</returns>
    /// <exception cref="ArgumentException">The state is incomplete, or two staff counts share a date.</exception>
    public static EmployerAccount Restore(
        string id,
        string name,
        KvkNumber? kvk,
        EmployerKind kind,
        BookingPartner owner,
        IEnumerable<Establishment> establishments,
        IEnumerable<AuditEntry> auditTrail,
        IEnumerable<EmployerStaffCount> staffCounts)
    {
        Preconditions.CheckNotNull(staffCounts);
        Preconditions.CheckNotNullOrWhiteSpace(id);
        Preconditions.CheckNotNullOrWhiteSpace(name);
        var places = Preconditions.CheckNotNull(establishments).Select(e => Preconditions.CheckNotNull(e, nameof(establishments))).ToArray();
        var trail = Preconditions.CheckNotNull(auditTrail).Select(e => Preconditions.CheckNotNull(e, nameof(auditTrail))).OrderBy(e => e.At).ToArray();
        Preconditions.CheckArgument(places.Length > 0, nameof(establishments), "An account has at least one establishment.");
        Preconditions.CheckArgument(trail.Length > 0 && trail[0].Kind == ContactKind.Registered, nameof(auditTrail), "An audit trail starts with the registration.");
        var counts = staffCounts.Select(c => Preconditions.CheckNotNull(c, nameof(staffCounts))).OrderBy(c => c.Date).ToArray();
        Preconditions.CheckArgument(counts.Select(c => c.Date).Distinct().Count() == counts.Length, nameof(staffCounts), "Two staff counts share a date.");
        return new EmployerAccount(id, name, kvk, Preconditions.CheckDefined(kind), Preconditions.CheckInitialized(owner), places, trail, counts);
    }

    /// <inheritdoc />
    public override string ToString() => $"{Id} {Name} ({Owner})";

    private EmployerAccount ChangeOwner(BookingPartner newOwner, Instant at, string note) =>
        new EmployerAccount(Id, Name, Kvk, Kind, newOwner, Establishments, AuditTrail, StaffCounts)
            .Append(new AuditEntry(at, newOwner, ContactKind.OwnerChanged, note));

    private EmployerAccount Append(AuditEntry entry) =>
        new(Id, Name, Kvk, Kind, Owner, Establishments, [.. AuditTrail, entry], StaffCounts);
}
