using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Employers;

/// <summary>
/// The state of an <see cref="EmployerAccount"/> (werkgeversaccount) as a store keeps it: every field, as plain values
/// and domain value types, without behaviour. <see cref="EmployerAccount.ToState"/> gives it;
/// <see cref="EmployerAccount.FromState"/> rebuilds the account.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record EmployerAccountState
{
    /// <summary>Gets the account's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the trade name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the KvK number, or null for an employer without one.</summary>
    public KvkNumber? Kvk { get; init; }

    /// <summary>Gets market or government.</summary>
    public required EmployerKind Kind { get; init; }

    /// <summary>Gets the owner.</summary>
    public required BookingPartner Owner { get; init; }

    /// <summary>Gets the establishments, at least one; the first is where the account is registered.</summary>
    public required IReadOnlyList<Establishment> Establishments { get; init; }

    /// <summary>Gets the audit trail, starting with the registration.</summary>
    public required IReadOnlyList<AuditEntry> AuditTrail { get; init; }

    /// <summary>Gets the staff counts, at most one per date (rule H5); none by default.</summary>
    public IReadOnlyList<EmployerStaffCount> StaffCounts { get; init; } = [];

    /// <summary>Gets the co-account managers, none the owner; none by default.</summary>
    public IReadOnlyList<BookingPartner> CoAccountManagers { get; init; } = [];

    /// <summary>Gets the requests to work with the employer, oldest first; none by default.</summary>
    public IReadOnlyList<ConsentRequest> ConsentRequests { get; init; } = [];
}
