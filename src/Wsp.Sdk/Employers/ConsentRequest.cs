using NodaTime;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Employers;

/// <summary>
/// A partner's request to work with an employer another partner owns (verzoek om akkoord van de accounteigenaar, rule
/// H7 as the seed's annex reads it: "na akkoord kan je contact opnemen met de werkgever en jezelf toevoegen"). After the
/// owner's consent the requester is a co-account manager of the account, without becoming its owner.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ConsentRequest
{
    /// <summary>Initializes a request.</summary>
    /// <param name="requester">The partner that asks.</param>
    /// <param name="requestedAt">When it asked.</param>
    /// <param name="note">Why, without personal data (may be empty).</param>
    /// <param name="status">Pending, accepted or declined.</param>
    /// <param name="answeredAt">When the owner answered; null while pending.</param>
    /// <exception cref="ArgumentException">An argument is missing, or the answer's moment does not fit the status.</exception>
    public ConsentRequest(BookingPartner requester, Instant requestedAt, string note, ConsentStatus status = ConsentStatus.Pending, Instant? answeredAt = null)
    {
        Requester = Preconditions.CheckInitialized(requester);
        RequestedAt = requestedAt;
        Note = Preconditions.CheckNotNull(note).Trim();
        Status = Preconditions.CheckDefined(status);
        Preconditions.CheckArgument((status == ConsentStatus.Pending) == (answeredAt is null), nameof(answeredAt), "A request is answered exactly when it is no longer pending.");
        AnsweredAt = answeredAt;
    }

    /// <summary>Gets the partner that asks.</summary>
    public BookingPartner Requester { get; }

    /// <summary>Gets when it asked.</summary>
    public Instant RequestedAt { get; }

    /// <summary>Gets why it asked.</summary>
    public string Note { get; }

    /// <summary>Gets whether it waits, was accepted or was declined.</summary>
    public ConsentStatus Status { get; }

    /// <summary>Gets when the owner answered, or null while pending.</summary>
    public Instant? AnsweredAt { get; }

    /// <summary>Returns the request as answered.</summary>
    internal ConsentRequest Answered(bool accept, Instant at) => new(Requester, RequestedAt, Note, accept ? ConsentStatus.Accepted : ConsentStatus.Declined, at);
}
