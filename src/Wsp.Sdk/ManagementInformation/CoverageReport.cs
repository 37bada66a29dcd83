using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Sectors;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>The coverage ratio (dekkingsgraad, rule H5) per sector of a region, with the source and date of the totals: figure <c>sector-coverage/1</c>.</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class CoverageReport
{
    internal CoverageReport(SectorEmployerTotals totals, IReadOnlyList<SectorCoverage> sectors, Tally contactsOutsideTotals, EmployerContactsResult? derivedContacts = null)
    {
        DerivedContacts = derivedContacts;
        Region = totals.Region;
        TotalsDate = totals.Date;
        TotalsSource = totals.Source;
        Sectors = sectors;
        ContactsOutsideTotals = contactsOutsideTotals.Count;
        OutsideTally = contactsOutsideTotals;
    }

    /// <summary>Gets the figure's id.</summary>
    public CountingDefinitionId Figure { get; } = ManagementFigures.SectorCoverage.Id;

    /// <summary>Gets the counting definition of the ratios.</summary>
    public CountingDefinitionId Definition { get; } = CoverageRatio.Definition.Id;

    /// <summary>Gets the region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets the date of the totals used.</summary>
    public LocalDate TotalsDate { get; }

    /// <summary>Gets the source of the totals used.</summary>
    public string TotalsSource { get; }

    /// <summary>Gets the coverage per sector, ordered by sector code.</summary>
    public IReadOnlyList<SectorCoverage> Sectors { get; }

    /// <summary>Gets the contacts in sectors the totals do not name (no denominator, so not in a ratio).</summary>
    public int ContactsOutsideTotals { get; }

    /// <summary>Gets the contacts derived from the stored records (<see cref="EmployerContacts"/>), or null when the contacts were given.</summary>
    public EmployerContactsResult? DerivedContacts { get; }

    /// <summary>
    /// Returns the report without record ids (the accounts in contact lacking a staff count are left out of
    /// <see cref="EmployerContactsResult.AccountsWithoutStaffCount"/>): for a reader of aggregates only, the ministry.
    /// </summary>
    /// <returns>The report without account ids (this one when it names none).</returns>
    public CoverageReport WithoutAccountIds() =>
        DerivedContacts is { AccountsWithoutStaffCount.Count: > 0 } derived ? new CoverageReport(this, derived.WithoutAccountIds()) : this;

    private CoverageReport(CoverageReport from, EmployerContactsResult derivedContacts)
    {
        DerivedContacts = derivedContacts;
        Region = from.Region;
        TotalsDate = from.TotalsDate;
        TotalsSource = from.TotalsSource;
        Sectors = from.Sectors;
        ContactsOutsideTotals = from.ContactsOutsideTotals;
        OutsideTally = from.OutsideTally;
    }

    /// <summary>Gets the contacts outside the totals as a tally (count and cell key), for the disclosure.</summary>
    internal Tally OutsideTally { get; }

    /// <summary>
    /// Returns a sector's stored total of employers as a tally. The totals are input counts without records behind them
    /// (a register's employers with 10 or more staff), so their cell key is that of the total's own name (region, date,
    /// sector): fixed, so the same stored total always gets the same answer.
    /// </summary>
    internal Tally InRegionTally(SectorCoverage sector) =>
        Tally.Of(sector.EmployersInRegion, RecordKey.Of($"sector-employer-totals/{Region}/{TotalsDate:uuuu-MM-dd}/{sector.SectorCode}"));
}
