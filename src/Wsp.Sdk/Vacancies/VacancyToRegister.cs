using NodaTime;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Vacancies;

/// <summary>
/// A vacancy a partner has to register (te registreren vacature): a co-production (rule H13) other partners registered
/// and the partner has no vacancy in yet; each participating partner registers its own within 24 hours of receipt
/// (rule H10).
/// </summary>
/// <param name="CoProductionId">The co-production.</param>
/// <param name="AccountId">The employer account to register it under (never a new one, rule H13).</param>
/// <param name="FirstVacancyId">The co-production's first vacancy.</param>
/// <param name="Partners">The partners that registered theirs.</param>
/// <param name="ReceivedAt">When the co-production's first vacancy was received.</param>
/// <param name="RegisterBefore">The moment the 24 hours of rule H10 end.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record VacancyToRegister(string CoProductionId, string AccountId, string FirstVacancyId, IReadOnlyList<BookingPartner> Partners, Instant ReceivedAt, Instant RegisterBefore)
{
    /// <summary>Gets the co-production.</summary>
    public string CoProductionId { get; init; } = Preconditions.CheckNotNull(CoProductionId);

    /// <summary>Gets the employer account to register it under.</summary>
    public string AccountId { get; init; } = Preconditions.CheckNotNull(AccountId);

    /// <summary>Gets the co-production's first vacancy.</summary>
    public string FirstVacancyId { get; init; } = Preconditions.CheckNotNull(FirstVacancyId);

    /// <summary>Gets the partners that registered theirs.</summary>
    public IReadOnlyList<BookingPartner> Partners { get; init; } = Preconditions.CheckNotNull(Partners);
}
