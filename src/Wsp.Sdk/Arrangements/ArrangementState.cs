using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Arrangements;

/// <summary>
/// The state of an <see cref="Arrangement"/> (arrangement) as a store keeps it: every field, without behaviour.
/// <see cref="Arrangement.ToState"/> gives it; <see cref="Arrangement.FromState"/> rebuilds the arrangement.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ArrangementState
{
    /// <summary>Gets the arrangement's id.</summary>
    public required string Id { get; init; }

    /// <summary>Gets the national employer's account id.</summary>
    public required string AccountId { get; init; }

    /// <summary>Gets the employer's name.</summary>
    public required string EmployerName { get; init; }

    /// <summary>Gets the employer's KvK number, when the account has one.</summary>
    public KvkNumber? Employer { get; init; }

    /// <summary>Gets the desk's own or joint with UWV (rule L6).</summary>
    public required ArrangementKind Kind { get; init; }

    /// <summary>Gets the managing advisor (rule L4).</summary>
    public required string AdvisorId { get; init; }

    /// <summary>Gets where it is in its lifecycle (rule L2).</summary>
    public required ArrangementStatus Status { get; init; }

    /// <summary>Gets every version of the terms, oldest first; at least one.</summary>
    public required IReadOnlyList<ArrangementVersion> Versions { get; init; }

    /// <summary>Gets the regions' input, in the order given.</summary>
    public required IReadOnlyList<RegionalInput> Inputs { get; init; }

    /// <summary>Gets every decision of every region, in the order made.</summary>
    public required IReadOnlyList<RegionDecision> Decisions { get; init; }

    /// <summary>Gets the linked regional agreements (rule L3).</summary>
    public required IReadOnlyList<RegionalAgreement> RegionalAgreements { get; init; }

    /// <summary>Gets the referenced UWV arrangements (rule L6).</summary>
    public required IReadOnlyList<string> UwvReferences { get; init; }
}
