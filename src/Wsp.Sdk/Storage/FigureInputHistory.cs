using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Sdk.Storage;

/// <summary>
/// Which version of a figure input holds (geldende versie): for a key — a region's year of ambitions, a region's target
/// date — the table or target of the newest import that names it; the baseline of the newest baseline import as a whole.
/// Where no import names a key the example data shipped with the SDK holds (version 0: Haaglanden's ambition 2015 and
/// target 2016). One rule for every store, since the stores only keep and list the imports.
/// </summary>
/// <remarks>Methods are thread-safe.</remarks>
public static class FigureInputHistory
{
    /// <summary>Gets the import that stands for the SDK's own ambition tables (<see cref="PlacementAmbitions.All"/>).</summary>
    public static FigureInputImport ShippedAmbitions { get; } =
        new(FigureInputKind.Ambitions, 0, Instant.FromUtc(2015, 1, 1, 0, 0), "Regionaal plan WSP Haaglanden 2015, shipped with the SDK as example data");

    /// <summary>Gets the import that stands for the SDK's own regional targets (<see cref="JobAgreementTargets.Haaglanden2016"/>).</summary>
    public static FigureInputImport ShippedTargets { get; } =
        new(FigureInputKind.Targets, 0, Instant.FromUtc(2015, 1, 1, 0, 0), "Regionaal plan WSP Haaglanden 2015, shipped with the SDK as example data");

    /// <summary>Returns the ambition tables that hold for a region: per year the newest import's, else the SDK's own.</summary>
    /// <param name="imports">Every import of ambition tables.</param>
    /// <param name="region">The region.</param>
    /// <returns>One table per year, in year order, with the import it came from.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imports"/> is null.</exception>
    public static IReadOnlyList<Imported<PlacementAmbitionTable>> AmbitionsOf(IEnumerable<Imported<IReadOnlyList<PlacementAmbitionTable>>> imports, RegionCode region)
    {
        Preconditions.CheckNotNull(imports);
        var shipped = PlacementAmbitions.All.Where(t => t.Region == region).Select(t => new Imported<PlacementAmbitionTable>(t, ShippedAmbitions));
        var imported = imports.SelectMany(i => i.Value.Where(t => t.Region == region).Select(t => new Imported<PlacementAmbitionTable>(t, i.Import)));
        return [.. Newest(shipped.Concat(imported), i => i.Value.Year).OrderBy(i => i.Value.Year)];
    }

    /// <summary>Returns the ambition table that holds for a region's year, or null when neither an import nor the SDK has one.</summary>
    /// <param name="imports">Every import of ambition tables.</param>
    /// <param name="region">The region.</param>
    /// <param name="year">The year.</param>
    /// <returns>The table with the import it came from, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imports"/> is null.</exception>
    public static Imported<PlacementAmbitionTable>? AmbitionOf(IEnumerable<Imported<IReadOnlyList<PlacementAmbitionTable>>> imports, RegionCode region, int year) =>
        AmbitionsOf(imports, region).FirstOrDefault(t => t.Value.Year == year);

    /// <summary>Returns the regional targets that hold for a region: per date the newest import's, else the SDK's own.</summary>
    /// <param name="imports">Every import of regional targets.</param>
    /// <param name="region">The region.</param>
    /// <returns>One target per date, in date order, with the import it came from.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imports"/> is null.</exception>
    public static IReadOnlyList<Imported<JobAgreementTarget>> TargetsOf(IEnumerable<Imported<IReadOnlyList<JobAgreementTarget>>> imports, RegionCode region)
    {
        Preconditions.CheckNotNull(imports);
        IEnumerable<JobAgreementTarget> own = [JobAgreementTargets.Haaglanden2016];
        var shipped = own.Where(t => t.Region == region).Select(t => new Imported<JobAgreementTarget>(t, ShippedTargets));
        var imported = imports.SelectMany(i => i.Value.Where(t => t.Region == region).Select(t => new Imported<JobAgreementTarget>(t, i.Import)));
        return [.. Newest(shipped.Concat(imported), i => i.Value.Deadline).OrderBy(i => i.Value.Deadline)];
    }

    /// <summary>Returns the regional target a year works towards (rule H2): of the targets that hold, the first due in or after it.</summary>
    /// <param name="targets">The targets that hold for the region (<see cref="TargetsOf"/>).</param>
    /// <param name="year">The year.</param>
    /// <returns>The target with the import it came from, or null when none is due in or after the year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="targets"/> is null.</exception>
    public static Imported<JobAgreementTarget>? TargetFor(IEnumerable<Imported<JobAgreementTarget>> targets, int year) =>
        Preconditions.CheckNotNull(targets).Where(t => t.Value.Deadline.Year >= year).MinBy(t => t.Value.Deadline);

    /// <summary>Returns the baseline that holds: the newest import's, or null when none was imported.</summary>
    /// <param name="imports">Every import of a baseline.</param>
    /// <returns>The baseline with the import it came from, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="imports"/> is null.</exception>
    public static Imported<JobAgreementBaselineTable>? BaselineOf(IEnumerable<Imported<JobAgreementBaselineTable>> imports) =>
        Preconditions.CheckNotNull(imports).MaxBy(i => i.Import.Version);

    private static IEnumerable<Imported<T>> Newest<T, TKey>(IEnumerable<Imported<T>> candidates, Func<Imported<T>, TKey> keyOf)
        where T : class =>
        candidates.GroupBy(keyOf).Select(g => g.MaxBy(i => i.Import.Version)!);
}
