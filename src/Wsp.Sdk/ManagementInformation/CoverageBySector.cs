using Wsp.Sdk.Counting;
using Wsp.Sdk.Sectors;

namespace Wsp.Sdk.ManagementInformation;

/// <summary>
/// Figure <c>sector-coverage/1</c>: the coverage ratio (dekkingsgraad, rule H5) per sector of a region, computed by
/// <c>coverage-ratio/1</c> against stored totals (<see cref="SectorEmployerTotals"/>), and shown with the totals'
/// source and date.
/// </summary>
/// <remarks>Methods are thread-safe.</remarks>
public static class CoverageBySector
{
    /// <summary>Computes the coverage ratio of every sector the totals name.</summary>
    /// <param name="totals">The region's employers with at least 10 employees per sector, with source and date.</param>
    /// <param name="contacts">The employers in contact in the region; smaller ones and repeats are ignored by the definition.</param>
    /// <returns>The coverage per sector with the totals used.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the contacts hold a null.</exception>
    public static CoverageReport Compute(SectorEmployerTotals totals, IEnumerable<EmployerContact> contacts) => Compute(totals, contacts, null);

    /// <summary>Computes the coverage ratio of every sector the totals name, over the contacts derived from the stored records.</summary>
    /// <param name="totals">The region's employers with at least 10 employees per sector, with source and date.</param>
    /// <param name="contacts">The contacts <see cref="EmployerContacts"/> derived for the same region.</param>
    /// <returns>The coverage per sector with the totals and the derived contacts used.</returns>
    /// <exception cref="ArgumentException">An argument is null, or the contacts are of another region than the totals.</exception>
    public static CoverageReport Compute(SectorEmployerTotals totals, EmployerContactsResult contacts)
    {
        Preconditions.CheckNotNull(totals);
        Preconditions.CheckNotNull(contacts);
        Preconditions.CheckArgument(contacts.Region == totals.Region, nameof(contacts), $"The contacts are of region {contacts.Region}, the totals of {totals.Region}.");
        return Compute(totals, contacts.Contacts, contacts);
    }

    private static CoverageReport Compute(SectorEmployerTotals totals, IEnumerable<EmployerContact> contacts, EmployerContactsResult? derived)
    {
        Preconditions.CheckNotNull(totals);
        Preconditions.CheckNotNull(contacts);
        var outside = Tally.Zero;
        var inScope = new List<EmployerContact>();
        foreach (var contact in contacts)
        {
            Preconditions.CheckArgument(contact is not null, nameof(contacts), "The contacts hold a null.");
            if (totals.EmployersBySector.ContainsKey(contact.SectorCode))
            {
                inScope.Add(contact);
            }
            else
            {
                // A sector without a total has no denominator: shown apart, never guessed.
                outside += Tally.One(RecordKey.Of(contact.Employer.ToString()));
            }
        }

        return new CoverageReport(totals, CoverageRatio.Compute(totals.EmployersBySector, inScope), outside, derived);
    }
}
