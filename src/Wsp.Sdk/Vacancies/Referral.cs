using NodaTime;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Sdk.Vacancies;

/// <summary>
/// A referral (verwijzing, rule H14): a candidate proposed on a vacancy, recorded at the moment of proposal, by the
/// partner whose caseload the candidate is in.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record Referral
{
    /// <summary>Initializes a referral.</summary>
    /// <param name="candidate">The candidate's pseudonym.</param>
    /// <param name="referredBy">The partner whose candidate it is.</param>
    /// <param name="targetGroups">The candidate's target groups.</param>
    /// <param name="proposedAt">When the candidate was proposed.</param>
    /// <exception cref="ArgumentException">An argument is missing.</exception>
    public Referral(CandidateReference candidate, BookingPartner referredBy, TargetGroupSet targetGroups, Instant proposedAt)
    {
        Candidate = Preconditions.CheckInitialized(candidate);
        ReferredBy = Preconditions.CheckInitialized(referredBy);
        Preconditions.CheckArgument(!targetGroups.IsEmpty, nameof(targetGroups), "A referred candidate is in at least one target group.");
        TargetGroups = targetGroups;
        ProposedAt = proposedAt;
    }

    /// <summary>Gets the candidate's pseudonym.</summary>
    public CandidateReference Candidate { get; }

    /// <summary>Gets the partner whose candidate it is.</summary>
    public BookingPartner ReferredBy { get; }

    /// <summary>Gets the candidate's target groups.</summary>
    public TargetGroupSet TargetGroups { get; }

    /// <summary>Gets when the candidate was proposed.</summary>
    public Instant ProposedAt { get; }
}
