using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Rules;

namespace Wsp.Sdk.Arrangements;

/// <summary>
/// Which regions execute which national arrangements (uitvoering van arrangementen, rule L2): a region executes an
/// arrangement after it joined it, so a placement may name an arrangement only when the arrangement exists and the
/// placement's region (its municipality's) has joined it. Built once from the arrangements (they number in the
/// hundreds) and then asked per placement, for imports of partners' placements that the monitoring (L5) counts.
/// </summary>
/// <remarks>
/// It judges as <see cref="Arrangement.EnsureJoined"/> does for a booking: the region's standing now (its last
/// decision), not at the placement's start date, so an imported placement and a booked one are held to the same rule.
/// Instances are immutable and thread-safe.
/// </remarks>
public sealed class ArrangementExecution
{
    private readonly Dictionary<string, Arrangement> _byId;
    private readonly HashSet<(string Arrangement, RegionCode Region)> _executed;

    private ArrangementExecution(Dictionary<string, Arrangement> byId)
    {
        _byId = byId;
        _executed = [.. byId.Values.SelectMany(a => a.JoinedRegions.Select(d => (a.Id, d.Region)))];
    }

    /// <summary>Gets the execution when there are no arrangements: every placement that names one is refused.</summary>
    public static ArrangementExecution None { get; } = new(new Dictionary<string, Arrangement>(StringComparer.Ordinal));

    /// <summary>Returns the execution of the given arrangements (for example every arrangement in a store).</summary>
    /// <param name="arrangements">The arrangements; ids are unique.</param>
    /// <returns>Which region executes which of them.</returns>
    /// <exception cref="ArgumentException"><paramref name="arrangements"/> is null, holds a null or an id twice.</exception>
    public static ArrangementExecution Of(IEnumerable<Arrangement> arrangements)
    {
        var byId = new Dictionary<string, Arrangement>(StringComparer.Ordinal);
        foreach (var arrangement in Preconditions.CheckNotNull(arrangements))
        {
            Preconditions.CheckNotNull(arrangement, nameof(arrangements));
            Preconditions.CheckArgument(byId.TryAdd(arrangement.Id, arrangement), nameof(arrangements), $"Arrangement {arrangement.Id} is given twice.");
        }

        return new ArrangementExecution(byId);
    }

    /// <summary>Returns whether <paramref name="region"/> executes arrangement <paramref name="arrangementId"/>: it exists and the region joined it.</summary>
    /// <param name="arrangementId">The arrangement's id.</param>
    /// <param name="region">The region.</param>
    /// <returns>Whether the region executes it.</returns>
    /// <exception cref="ArgumentException">The id is null, or the region is not initialized.</exception>
    public bool Executes(string arrangementId, RegionCode region) =>
        _executed.Contains((Preconditions.CheckNotNull(arrangementId), Preconditions.CheckInitialized(region)));

    /// <summary>
    /// Returns why a placement may not name its arrangement (rule L2), or null when it names none or one its region
    /// executes.
    /// </summary>
    /// <param name="placement">The placement.</param>
    /// <returns>The reason, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public string? Refusal(Placement placement)
    {
        Preconditions.CheckNotNull(placement);
        if (placement.ArrangementId is not { } id || _executed.Contains((id, placement.Region.Code)))
        {
            return null;
        }

        return _byId.TryGetValue(id, out var arrangement)
            ? arrangement.NotJoinedReason(placement.Region.Code)
            : $"No arrangement has id {id}: a placement falls under an arrangement the national desk made and its region joined.";
    }

    /// <summary>Refuses a placement that names an arrangement its region does not execute (rule L2).</summary>
    /// <param name="placement">The placement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    /// <exception cref="RuleViolationException">Rule L2: the arrangement is unknown, or the placement's region has not joined it.</exception>
    public void EnsureExecuted(Placement placement)
    {
        if (Refusal(placement) is { } reason)
        {
            throw new RuleViolationException(RuleId.L2, $"Placement {placement.Id} ({placement.Municipality.Code}, region {placement.Region.Code}) names arrangement {placement.ArrangementId}: {reason}");
        }
    }
}
