using NodaTime;
using Wsp.Sdk.Placements;

namespace Wsp.Sdk.Counting;

/// <summary>
/// The job-agreement ledger (banenafspraak-grootboek): a pre-aggregate a store keeps so that the hours of job-agreement
/// jobs in any cell at any date are a sum over a few entries instead of a pass over every placement. The rule stays
/// here: this class decides which placements count and turns each into deltas; a store only writes the entries (in the
/// same transaction as the placements) and hands them back.
/// </summary>
/// <remarks>
/// <para>
/// A placement counts when its candidate has the <c>BANENAFSPRAAK</c> target group. It adds
/// <c>+hours, +1 person</c> on its start date and, when it has an end date, <c>−hours, −1 person</c> on the day after
/// it, so it is counted on every date from its start to its end, both included, exactly as
/// <see cref="JobAgreementJobs.Count"/> does. Deltas of one cell on one date are merged.
/// </para>
/// <para>
/// Its person deltas count placements, not working persons: H3 counts distinct candidates, and a candidate with jobs in
/// two cells is one person of their sum, which no sum of cell deltas can tell. So no figure reads persons from the
/// ledger: <see cref="JobAgreementJobs"/> and the breakdown count from the active placements
/// (<see cref="IPlacementAggregates.ReadJobAgreementPlacementsAsync"/>), candidates included (docs/counting.md).
/// </para>
/// <para>Instances accumulate and are not thread-safe; the static members are.</para>
/// </remarks>
public sealed class JobAgreementLedger
{
    private readonly Dictionary<(JobAgreementLedgerKey Key, LocalDate Date), (decimal Hours, int Persons)> _cells = [];

    /// <summary>Gets the number of entries (cells × dates) accumulated so far.</summary>
    public int EntryCount => _cells.Count;

    /// <summary>Adds a placement's deltas, if it counts for the job agreement.</summary>
    /// <param name="placement">The placement.</param>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public void Add(Placement placement)
    {
        if (!TryGetChanges(placement, out var key, out var from, out var until))
        {
            return;
        }

        Merge(key, from, placement.HoursPerWeek, 1);
        if (until is { } day)
        {
            Merge(key, day, -placement.HoursPerWeek, -1);
        }
    }

    /// <summary>
    /// Returns what a placement changes in the ledger, for a store that writes the deltas itself instead of merging
    /// them here: its cell, the date it adds <c>+hours, +1 person</c> (its start) and the date it takes them off again
    /// (the day after its end; none while it runs).
    /// </summary>
    /// <param name="placement">The placement.</param>
    /// <param name="key">The ledger's cell of the placement.</param>
    /// <param name="from">The date its hours and person are added: its start.</param>
    /// <param name="until">The date they are taken off: the day after its end, or null.</param>
    /// <returns>Whether the placement counts for the job agreement (BANENAFSPRAAK); when not, it changes nothing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="placement"/> is null.</exception>
    public static bool TryGetChanges(Placement placement, out JobAgreementLedgerKey key, out LocalDate from, out LocalDate? until)
    {
        Preconditions.CheckNotNull(placement);
        if (!placement.CountsForJobAgreement)
        {
            (key, from, until) = (default, default, null);
            return false;
        }

        key = new JobAgreementLedgerKey(placement.Region.Code, placement.EmployerKind, placement.SectorCode, placement.BookingPartner, placement.ArrangementId);
        from = placement.Start;
        until = placement.End is { } end && end < LocalDate.MaxIsoValue ? end.PlusDays(1) : null;
        return true;
    }

    /// <summary>Forgets the entries accumulated so far, for a store that writes them in parts to bound its memory.</summary>
    public void Clear() => _cells.Clear();

    /// <summary>Gets the entries accumulated so far, merged per cell and date, in no particular order.</summary>
    /// <returns>The entries.</returns>
    public IEnumerable<JobAgreementLedgerEntry> Entries() =>
        _cells.Select(pair => new JobAgreementLedgerEntry(pair.Key.Key, pair.Key.Date, pair.Value.Hours, pair.Value.Persons));

    /// <summary>Returns the ledger entries of some placements.</summary>
    /// <param name="placements">The placements.</param>
    /// <returns>The entries, merged per cell and date.</returns>
    /// <exception cref="ArgumentException"><paramref name="placements"/> is null or holds a null.</exception>
    public static IReadOnlyList<JobAgreementLedgerEntry> Of(IEnumerable<Placement> placements)
    {
        Preconditions.CheckNotNull(placements);
        var ledger = new JobAgreementLedger();
        foreach (var placement in placements)
        {
            ledger.Add(Preconditions.CheckNotNull(placement, nameof(placements)));
        }

        return [.. ledger.Entries()];
    }

    private void Merge(JobAgreementLedgerKey key, LocalDate date, decimal hours, int persons)
    {
        ref var cell = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_cells, (key, date), out _);
        cell = (cell.Hours + hours, cell.Persons + persons);
    }
}
