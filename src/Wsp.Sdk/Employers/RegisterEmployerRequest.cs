namespace Wsp.Sdk.Employers;

/// <summary>
/// What a partner gives to register an employer (werkgever registreren, rule H8); the caller becomes its owner, or, when
/// the national desk registers, the partner it names (<see cref="WspClient.RegisterEmployerAsync"/>).
/// </summary>
/// <param name="Id">The new account's id.</param>
/// <param name="Name">The trade name.</param>
/// <param name="Establishment">The first establishment: its municipality decides the account's home region.</param>
/// <param name="Kind">Market or government.</param>
/// <param name="Reason">Why it is registered: after a reported vacancy or a visit (rule H8).</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RegisterEmployerRequest(string Id, string Name, Establishment Establishment, EmployerKind Kind, RegistrationReason Reason)
{
    /// <summary>Gets the new account's id.</summary>
    public string Id { get; init; } = Preconditions.CheckNotNullOrWhiteSpace(Id);

    /// <summary>Gets the trade name.</summary>
    public string Name { get; init; } = Preconditions.CheckNotNullOrWhiteSpace(Name);

    /// <summary>Gets the first establishment.</summary>
    public Establishment Establishment { get; init; } = Preconditions.CheckNotNull(Establishment);

    /// <summary>Gets the KvK number, or null when it is not known yet.</summary>
    public KvkNumber? Kvk { get; init; }

    /// <summary>
    /// Gets the accounts the caller confirmed are another employer after an earlier registration named them as possible
    /// duplicates (rule H8), also those in regions it may not read (<see cref="EmployerRegistrationOutcome.PossibleDuplicatesElsewhere"/>).
    /// </summary>
    public IReadOnlyList<string> ConfirmedDistinctFrom { get; init; } = [];

    /// <summary>
    /// Gets the partner that will own the account when the national desk registers it (onboarding a national employer,
    /// L1): UWV or a municipality of the first establishment's region. Null when a chain partner registers: it owns the
    /// account itself.
    /// </summary>
    public Partners.BookingPartner? Owner { get; init; }
}
