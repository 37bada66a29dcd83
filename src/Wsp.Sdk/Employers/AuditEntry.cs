using NodaTime;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Employers;

/// <summary>One entry of an employer account's audit trail (contacthistorie): who did what, when.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record AuditEntry
{
    private readonly LocalDate? _occurredOn;

    /// <summary>Initializes an entry.</summary>
    /// <param name="at">When it was recorded.</param>
    /// <param name="partner">The partner that acted.</param>
    /// <param name="kind">What happened.</param>
    /// <param name="note">A short note, without personal data.</param>
    /// <exception cref="ArgumentException">An argument is missing or undefined.</exception>
    public AuditEntry(Instant at, BookingPartner partner, ContactKind kind, string note)
    {
        At = at;
        Partner = Preconditions.CheckInitialized(partner);
        Kind = Preconditions.CheckDefined(kind);
        Note = Preconditions.CheckNotNull(note);
    }

    /// <summary>Gets when it was recorded.</summary>
    public Instant At { get; }

    /// <summary>Gets the partner that acted.</summary>
    public BookingPartner Partner { get; }

    /// <summary>Gets what happened.</summary>
    public ContactKind Kind { get; }

    /// <summary>Gets the note.</summary>
    public string Note { get; }

    /// <summary>
    /// Gets the day the contact took place when it is recorded afterwards (a company visit is typed in after the visit),
    /// or null when it took place when it was recorded. Rule H7 counts a visit at its date, not when it was typed in.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a day after the day the entry was recorded (Dutch calendar).</exception>
    public LocalDate? OccurredOn
    {
        get => _occurredOn;
        init
        {
            Preconditions.CheckArgument(value is not { } day || day <= DutchCalendar.DateOf(At), nameof(OccurredOn), $"A contact is recorded on or after the day it took place, not before {value:uuuu-MM-dd}.");
            _occurredOn = value;
        }
    }

    /// <summary>
    /// Gets the id of the record a step wrote this entry about (the vacancy reported, the placement booked, the visit
    /// made), or null for a contact recorded by hand and for entries written before record ids were kept. A step that is
    /// retried after its first write finds its entry by it, whatever its note says by then.
    /// </summary>
    public string? RecordId { get; init; }

    /// <summary>
    /// Gets the moment the contact counts from for rule H7: the start of <see cref="OccurredOn"/> (Dutch calendar) when
    /// it was recorded afterwards, else <see cref="At"/>.
    /// </summary>
    public Instant ContactAt => OccurredOn is { } day && DutchCalendar.StartOf(day) < At ? DutchCalendar.StartOf(day) : At;
}
