using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Rules;

namespace Wsp.Sdk.Arrangements;

/// <summary>
/// Which regions execute which national arrangements (uitvoering van arrangementen, rule L2): a region executes an
/// arrangement after it joined it and until the arrangement ends, and only for the arrangement's employer, so a placement
/// may name an arrangement only when the arrangement exists and runs, the placement's region (its municipality's) has
/// joined it, and the placement is at the arrangement's employer (its KvK number). Built once from the arrangements (they
/// number in the hundreds) and then asked per placement, for imports of partners' placements that the monitoring (L5)
/// counts.
/// </summary>
/// <remarks>
/// It judges as <see cref="Arrangement.EnsureTakesPlacements"/> does for a booking: the arrangement's status and the
/// region's standing now (its last decision), not at the placement's start date, so an imported placement and a booked
/// one are held to the same rule. Asking allocates nothing unless the placement is refused. Instances are immutable and
/// thread-safe.
/// </remarks>
public sealed class ArrangementExecution
{
    private readonly Dictionary<string, Arrangement> _byId;

    // The running arrangements' joined regions, each with the arrangement's employer: one lookup per placement.
    private readonly Dictionary<(string Arrangement, RegionCode Region), KvkNumber?> _executed;

    private ArrangementExecution(Dictionary<string, Arrangement> byId)
    {
        _byId = byId;
        _executed = byId.Values
            .Where(a => a.Status != ArrangementStatus.Ended)
            .SelectMany(a => a.JoinedRegions.Select(d => (Key: (a.Id, d.Region), a.Employer)))
            .ToDictionary(e => e.Key, e => e.Employer);
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

    /// <summary>
    /// Returns whether <paramref name="region"/> executes arrangement <paramref name="arrangementId"/>: it exists, has not
    /// ended, and the region joined it.
    /// </summary>
    /// <param name="arrangementId">The arrangement's id.</param>
    /// <param name="region">The region.</param>
    /// <returns>Whether the region executes it.</returns>
    /// <exception cref="ArgumentException">The id is null, or the region is not initialized.</exception>
    public bool Executes(string arrangementId, RegionCode region) =>
        _executed.ContainsKey((Preconditions.CheckNotNull(arrangementId), Preconditions.CheckInitialized(region)));

    /// <summary>
    /// Returns why a placement may not name its arrangement (rule L2), or null when it names none, or one that runs, that
    /// its region joined and that is made with the placement's employer (the same KvK number).
    /// </summary>
    /// <param name="placement">The placement.</param>
    /// <returns>The reason, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public string? Refusal(Placement placement)
    {
        Preconditions.CheckNotNull(placement);
        if (placement.ArrangementId is not { } id
            || (_executed.TryGetValue((id, placement.Region.Code), out var employer) && employer == placement.Employer))
        {
            return null;
        }

        if (!_byId.TryGetValue(id, out var arrangement))
        {
            return $"No arrangement has id {id}: a placement falls under an arrangement the national desk made and its region joined.";
        }

        if (arrangement.Status == ArrangementStatus.Ended)
        {
            return arrangement.EndedReason();
        }

        if (!arrangement.HasJoined(placement.Region.Code))
        {
            return arrangement.NotJoinedReason(placement.Region.Code);
        }

        return arrangement.Employer is { } kvk
            ? $"Arrangement {id} is made with {arrangement.EmployerName} (KvK {kvk}); the placement is at KvK {placement.Employer}: a placement under an arrangement is at the arrangement's employer."
            : $"Arrangement {id} is made with {arrangement.EmployerName}, whose account had no KvK number when it was drafted: an imported placement cannot be shown to be at its employer (book it on the employer's vacancy instead).";
    }

    /// <summary>Refuses a placement that names an arrangement its region does not execute, or one of another employer (rule L2).</summary>
    /// <param name="placement">The placement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    /// <exception cref="RuleViolationException">Rule L2: the arrangement is unknown or ended, the placement's region has not joined it, or the placement is at another employer.</exception>
    public void EnsureExecuted(Placement placement)
    {
        if (Refusal(placement) is { } reason)
        {
            throw new RuleViolationException(RuleId.L2, $"Placement {placement.Id} ({placement.Municipality.Code}, region {placement.Region.Code}) names arrangement {placement.ArrangementId}: {reason}");
        }
    }
}
