using Wsp.Sdk.Disclosure;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// <c>coverage.csv</c> (H5): per sector of the stored totals, the employers in the region with at least 10 staff (the
/// totals' figure), those of them in contact, and the ratio; then a row <c>CONTACTS_OUTSIDE_TOTALS</c> with the contacts
/// in sectors the totals do not have (no denominator: counted apart, never guessed into a ratio), and, when the contacts
/// were derived from the records, a row <c>ACCOUNTS_WITHOUT_STAFF_COUNT</c> with the accounts in contact whose staff
/// count is not recorded (not in any ratio: whether they have 10 employees is unknown). Employers are counted like
/// people: for the ministry each count is disclosed by the cell key method, a withheld one empty and marked in
/// <c>suppressed</c> (the first withheld count of the row names it).
/// </summary>
internal static class CoverageTable
{
    public const string OutsideTotals = "CONTACTS_OUTSIDE_TOTALS";

    public const string WithoutStaffCount = "ACCOUNTS_WITHOUT_STAFF_COUNT";

    public static readonly string[] Header = ["sector_code", "employers_in_region", "employers_in_contact", "coverage_ratio", "suppressed"];

    public static IEnumerable<IReadOnlyList<string>> Rows(DisclosedCoverage report)
    {
        foreach (var sector in report.Sectors)
        {
            var withheld = sector.EmployersInRegion.IsSuppressed ? sector.EmployersInRegion.Suppression : sector.EmployersInContact.Suppression;
            yield return [sector.Group.SectorCode, Number(sector.EmployersInRegion.Count), Number(sector.EmployersInContact.Count), Fraction(sector.Ratio), Mark(withheld)];
        }

        yield return [OutsideTotals, "", Number(report.ContactsOutsideTotals.Count), "", Mark(report.ContactsOutsideTotals.Suppression)];
        if (report.AccountsWithoutStaffCount is { } without)
        {
            yield return [WithoutStaffCount, "", Number(without.Count), "", Mark(without.Suppression)];
        }
    }
}
