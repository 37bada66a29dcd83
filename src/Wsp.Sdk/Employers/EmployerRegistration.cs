using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Employers;

/// <summary>A request to register an employer account (werkgever inschrijven), as the partner's advisor enters it.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record EmployerRegistration
{
    /// <summary>Initializes a request.</summary>
    /// <param name="accountId">The new account's id.</param>
    /// <param name="name">The employer's trade name.</param>
    /// <param name="establishment">The establishment that reported the vacancy or was visited.</param>
    /// <param name="owner">The partner that registers and will own the account (rule H7).</param>
    /// <param name="kind">Market or government.</param>
    /// <param name="reason">Why the employer is registered.</param>
    /// <param name="kvk">The KvK number, when known.</param>
    /// <param name="confirmedDistinctFrom">
    /// Ids of accounts the duplicate check offered that the advisor confirmed are other employers.
    /// </param>
    /// <exception cref="ArgumentException">An argument is missing or undefined.</exception>
    public EmployerRegistration(
        string accountId,
        string name,
        Establishment establishment,
        BookingPartner owner,
        EmployerKind kind,
        RegistrationReason reason,
        KvkNumber? kvk = null,
        IEnumerable<string>? confirmedDistinctFrom = null)
    {
        AccountId = Preconditions.CheckNotNullOrWhiteSpace(accountId);
        Name = Preconditions.CheckNotNullOrWhiteSpace(name).Trim();
        Preconditions.CheckArgument(EmployerName.KeyOf(name).Length > 0, nameof(name), $"'{name}' is no employer name.");
        Establishment = Preconditions.CheckNotNull(establishment);
        Owner = Preconditions.CheckInitialized(owner);
        Kind = Preconditions.CheckDefined(kind);
        Reason = Preconditions.CheckDefined(reason);
        Kvk = kvk is { } number ? Preconditions.CheckInitialized(number, nameof(kvk)) : null;
        ConfirmedDistinctFrom = (confirmedDistinctFrom ?? []).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>Gets the new account's id.</summary>
    public string AccountId { get; }

    /// <summary>Gets the employer's trade name.</summary>
    public string Name { get; }

    /// <summary>Gets the establishment.</summary>
    public Establishment Establishment { get; }

    /// <summary>Gets the partner that registers and will own the account.</summary>
    public BookingPartner Owner { get; }

    /// <summary>Gets whether the employer is a market or government employer.</summary>
    public EmployerKind Kind { get; }

    /// <summary>Gets why the employer is registered.</summary>
    public RegistrationReason Reason { get; }

    /// <summary>Gets the KvK number, when known.</summary>
    public KvkNumber? Kvk { get; }

    /// <summary>Gets the ids of offered duplicates the advisor confirmed are other employers.</summary>
    public IReadOnlySet<string> ConfirmedDistinctFrom { get; }

    /// <summary>
    /// Gets a value indicating whether the national desk registers the employer for <see cref="Owner"/> (onboarding a
    /// national employer, L1); the audit trail says so.
    /// </summary>
    public bool ByNationalDesk { get; init; }
}
