using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Which national arrangements (arrangementen) a store lists: every field is optional and narrows the list; an empty
/// filter lists every arrangement.
/// </summary>
/// <param name="Status">Only arrangements in this lifecycle status (rule L2).</param>
/// <param name="Region">Only arrangements this region has a say in: with <paramref name="Participation"/>, those where it stands so; without, those where it has any participation (joined, declined or pending).</param>
/// <param name="Participation">With <paramref name="Region"/>: joined, declined or pending (rule L2).</param>
/// <param name="AccountId">Only arrangements with this employer's account.</param>
/// <param name="AdvisorId">Only arrangements managed by this advisor (rule L4).</param>
/// <param name="UwvReference">
/// Only arrangements that reference this national arrangement of UWV (L6): the way back from UWV's arrangement to the
/// desk's, where <see cref="Arrangement.UwvReferences"/> is the way there.
/// </param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record ArrangementFilter(
    ArrangementStatus? Status = null,
    RegionCode? Region = null,
    RegionParticipation? Participation = null,
    string? AccountId = null,
    string? AdvisorId = null,
    string? UwvReference = null)
{
    /// <summary>Gets the filter that lists every arrangement.</summary>
    public static ArrangementFilter All { get; } = new();

    /// <summary>Returns the filter for the arrangements where <paramref name="region"/> stands as <paramref name="participation"/>.</summary>
    /// <param name="region">The region.</param>
    /// <param name="participation">Joined, declined or pending.</param>
    /// <returns>The filter.</returns>
    public static ArrangementFilter ForRegion(RegionCode region, RegionParticipation participation) => new(Region: region, Participation: participation);

    /// <summary>Returns the filter for the arrangements that reference UWV's national arrangement <paramref name="uwvArrangementId"/> (L6).</summary>
    /// <param name="uwvArrangementId">UWV's id of its national arrangement.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="ArgumentException"><paramref name="uwvArrangementId"/> is null or blank.</exception>
    public static ArrangementFilter ForUwvReference(string uwvArrangementId) => new(UwvReference: Preconditions.CheckNotNullOrWhiteSpace(uwvArrangementId));

    /// <summary>Returns whether <paramref name="arrangement"/> passes the filter; the definition stores must agree with.</summary>
    /// <param name="arrangement">The arrangement.</param>
    /// <returns>Whether it passes.</returns>
    /// <exception cref="ArgumentException">The arrangement is null, or a participation is given without a region.</exception>
    public bool Matches(Arrangement arrangement)
    {
        Preconditions.CheckNotNull(arrangement);
        Validate();
        var participation = Region is { } region ? arrangement.ParticipationOf(region) : null;
        return (Status is null || arrangement.Status == Status)
            && (Region is null || (Participation is null ? participation is not null : participation == Participation))
            && (AccountId is null || arrangement.AccountId == AccountId)
            && (AdvisorId is null || arrangement.AdvisorId == AdvisorId)
            && (UwvReference is null || arrangement.UwvReferences.Contains(UwvReference, StringComparer.Ordinal));
    }

    /// <summary>Refuses a filter that cannot be answered: a participation without a region.</summary>
    /// <exception cref="ArgumentException">A participation is given without a region, or a value is undefined.</exception>
    public void Validate()
    {
        Preconditions.CheckArgument(Participation is null || Region is not null, nameof(Participation), "A participation (joined, declined, pending) is asked of a region: give the region too.");
        Preconditions.CheckArgument(Region is null || Region.Value != default, nameof(Region), "The region is not initialized.");
        Preconditions.CheckArgument(Status is null || Enum.IsDefined(Status.Value), nameof(Status), $"'{Status}' is not an arrangement status.");
        Preconditions.CheckArgument(Participation is null || Enum.IsDefined(Participation.Value), nameof(Participation), $"'{Participation}' is not a participation.");
        Preconditions.CheckArgument(UwvReference is null || !string.IsNullOrWhiteSpace(UwvReference), nameof(UwvReference), "A UWV reference is not blank.");
    }
}
