using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;

namespace Wsp.Sdk.Disclosure;

/// <summary>
/// Coverage by sector (dekkingsgraad, H5) as its reader may see it: per sector of the stored totals the employers in
/// contact and the employers in the region, the contacts outside the totals and the accounts lacking a staff count, each
/// count disclosed by <see cref="FigureDisclosure"/>; for a reader of aggregates only without any account id.
/// </summary>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed class DisclosedCoverage
{
    internal DisclosedCoverage(CoverageReport result, IReadOnlyList<DisclosedSectorCoverage> sectors, SuppressedEntry contactsOutsideTotals, SuppressedEntry? accountsWithoutStaffCount, FigureDisclosure disclosure)
    {
        Result = result;
        Sectors = sectors;
        ContactsOutsideTotals = contactsOutsideTotals;
        AccountsWithoutStaffCount = accountsWithoutStaffCount;
        Disclosure = disclosure;
    }

    /// <summary>Gets the computed report: its region, totals' date and source (its counts are exact: render the disclosed ones; for a reader of aggregates only it names no account).</summary>
    public CoverageReport Result { get; }

    /// <summary>Gets the sectors of the stored totals, ordered by code.</summary>
    public IReadOnlyList<DisclosedSectorCoverage> Sectors { get; }

    /// <summary>Gets the contacts in sectors without a stored total, disclosed.</summary>
    public SuppressedEntry ContactsOutsideTotals { get; }

    /// <summary>Gets how many accounts in contact lack a staff count, disclosed; null when the contacts were given.</summary>
    public SuppressedEntry? AccountsWithoutStaffCount { get; }

    /// <summary>Gets the disclosure applied.</summary>
    public FigureDisclosure Disclosure { get; }
}

/// <summary>One sector's coverage as disclosed.</summary>
/// <param name="Group">The sector's computed coverage (its counts are exact: render the disclosed ones).</param>
/// <param name="EmployersInContact">The employers with 10 or more staff in contact, disclosed.</param>
/// <param name="EmployersInRegion">The sector's employers with 10 or more staff in the region (stored input), disclosed.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record DisclosedSectorCoverage(SectorCoverage Group, SuppressedEntry EmployersInContact, SuppressedEntry EmployersInRegion)
{
    /// <summary>Gets the coverage ratio of the disclosed counts; null when either is withheld or the region has no employer in the sector.</summary>
    public decimal? Ratio => EmployersInContact.Count is { } c && EmployersInRegion.Count is { } r && r != 0 ? (decimal)c / r : null;
}
