using Wsp.Sdk.ManagementInformation;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// <c>coverage.csv</c> (H5): per sector of the stored totals, the employers in the region with at least 10 staff (the
/// totals' figure), those of them in contact, and the ratio; then a row <c>CONTACTS_OUTSIDE_TOTALS</c> with the contacts
/// in sectors the totals do not have (no denominator: counted apart, never guessed into a ratio), and, when the contacts
/// were derived from the records, a row <c>ACCOUNTS_WITHOUT_STAFF_COUNT</c> with the accounts in contact whose staff
/// count is not recorded (not in any ratio: whether they have 10 employees is unknown). Never suppressed,
/// also not for the ministry: it counts employers, not people.
/// </summary>
internal static class CoverageTable
{
    public const string OutsideTotals = "CONTACTS_OUTSIDE_TOTALS";

    public const string WithoutStaffCount = "ACCOUNTS_WITHOUT_STAFF_COUNT";

    public static readonly string[] Header = ["sector_code", "employers_in_region", "employers_in_contact", "coverage_ratio"];

    public static IEnumerable<IReadOnlyList<string>> Rows(CoverageReport report)
    {
        foreach (var sector in report.Sectors)
        {
            yield return [sector.SectorCode, Number(sector.EmployersInRegion), Number(sector.EmployersInContact), Fraction(sector.Ratio)];
        }

        yield return [OutsideTotals, "", Number(report.ContactsOutsideTotals), ""];
        if (report.DerivedContacts is { } derived)
        {
            yield return [WithoutStaffCount, "", Number(derived.AccountsWithoutStaffCount.Count), ""];
        }
    }
}
