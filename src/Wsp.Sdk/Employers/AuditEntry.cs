using NodaTime;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Employers;

/// <summary>One entry of an employer account's audit trail (contacthistorie): who did what, when.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record AuditEntry
{
    /// <summary>Initializes an entry.</summary>
    /// <param name="at">When it happened.</param>
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

    /// <summary>Gets when it happened.</summary>
    public Instant At { get; }

    /// <summary>Gets the partner that acted.</summary>
    public BookingPartner Partner { get; }

    /// <summary>Gets what happened.</summary>
    public ContactKind Kind { get; }

    /// <summary>Gets the note.</summary>
    public string Note { get; }

    /// <summary>Gets a value indicating whether the entry is contact with the employer in the sense of rule H7 (an owner change is not).</summary>
    public bool IsContact => Kind != ContactKind.OwnerChanged;
}
