using Wsp.Sdk.Employers;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk;

/// <summary>
/// A partner's work queue (werkvoorraad): what asks for its attention today, each list soonest or newest first and at
/// most <see cref="Limit"/> long (<see cref="WspClient.GetWorklistAsync"/>).
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class Worklist
{
    /// <summary>The most items each list holds.</summary>
    public const int Limit = 100;

    /// <summary>The days ahead in which a vacancy's last day puts it in the queue: fourteen.</summary>
    public const int ExpiryWarningDays = 14;

    internal Worklist(
        IReadOnlyList<VacancySummary> handedOver,
        IReadOnlyList<VacancyToRegister> toRegister,
        IReadOnlyList<VacancySummary> expiring,
        IReadOnlyList<AccountConsentRequest> consentRequests)
    {
        HandedOver = handedOver;
        ToRegister = toRegister;
        Expiring = expiring;
        ConsentRequests = consentRequests;
    }

    /// <summary>Gets the open vacancies handed over to the partner or taken over by it (rules H11, H15), newest registration first.</summary>
    public IReadOnlyList<VacancySummary> HandedOver { get; }

    /// <summary>Gets the co-productions it has to register its own vacancy in (rules H10, H13), first received first.</summary>
    public IReadOnlyList<VacancyToRegister> ToRegister { get; }

    /// <summary>Gets its open vacancies whose last day is today or within <see cref="ExpiryWarningDays"/> days, soonest first (rule H15).</summary>
    public IReadOnlyList<VacancySummary> Expiring { get; }

    /// <summary>Gets the requests to work with its employers that wait for its answer (rule H7), oldest first.</summary>
    public IReadOnlyList<AccountConsentRequest> ConsentRequests { get; }
}

/// <summary>A request to work with an employer (rule H7) with the account it is about, as a worklist lists it.</summary>
/// <param name="AccountId">The account.</param>
/// <param name="AccountName">The employer's trade name.</param>
/// <param name="Request">The request.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record AccountConsentRequest(string AccountId, string AccountName, ConsentRequest Request)
{
    /// <summary>Gets the account.</summary>
    public string AccountId { get; init; } = Preconditions.CheckNotNull(AccountId);

    /// <summary>Gets the employer's trade name.</summary>
    public string AccountName { get; init; } = Preconditions.CheckNotNull(AccountName);

    /// <summary>Gets the request.</summary>
    public ConsentRequest Request { get; init; } = Preconditions.CheckNotNull(Request);
}
