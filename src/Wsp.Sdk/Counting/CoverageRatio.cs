using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Counting;

/// <summary>
/// Counting definition <c>coverage-ratio/1</c>: the coverage ratio (dekkingsgraad) per sector (rule H5) = distinct
/// employers with at least 10 employees that the partners are in contact with / all employers in the region with at
/// least 10 employees. The totals per sector are input data with their own source and date.
/// </summary>
/// <remarks>
/// Memory grows with the number of distinct employers in contact, which the ratio needs to count each employer once.
/// Methods are thread-safe.
/// </remarks>
public static class CoverageRatio
{
    /// <summary>The least number of employees an employer needs to count.</summary>
    public const int MinimumEmployees = 10;

    /// <summary>Gets the definition's id and description.</summary>
    public static CountingDefinition Definition { get; } = new(
        new CountingDefinitionId("coverage-ratio", 1),
        "Coverage ratio per sector",
        "Per sector: distinct employers (by KvK number) with at least 10 employees in contact, divided by all employers in the region with at least 10 employees (input).");

    /// <summary>Computes the coverage ratio of every sector in <paramref name="employersInRegion"/>.</summary>
    /// <param name="employersInRegion">Per sector code, the employers with at least 10 employees in the region.</param>
    /// <param name="contacts">The employers in contact; smaller ones and repeats are ignored.</param>
    /// <returns>One coverage per sector of <paramref name="employersInRegion"/>, ordered by sector code.</returns>
    /// <exception cref="ArgumentException">
    /// An argument is null, a total is negative, or a contact is null or names a sector without a total.
    /// </exception>
    public static IReadOnlyList<SectorCoverage> Compute(IReadOnlyDictionary<string, int> employersInRegion, IEnumerable<EmployerContact> contacts)
    {
        Preconditions.CheckNotNull(employersInRegion);
        Preconditions.CheckNotNull(contacts);
        foreach (var (sector, total) in employersInRegion)
        {
            Preconditions.CheckArgument(total >= 0, nameof(employersInRegion), $"The total of sector '{sector}' is negative.");
        }

        var seen = new HashSet<(string Sector, KvkNumber Employer)>();
        var inContact = employersInRegion.Keys.ToDictionary(k => k, _ => Tally.Zero, StringComparer.Ordinal);
        foreach (var contact in contacts)
        {
            Preconditions.CheckArgument(contact is not null, nameof(contacts), "The contacts hold a null.");
            Preconditions.CheckArgument(inContact.ContainsKey(contact.SectorCode), nameof(contacts), $"Contact {contact.Employer} is in sector '{contact.SectorCode}', which has no regional total.");
            if (contact.Employees >= MinimumEmployees && seen.Add((contact.SectorCode, contact.Employer)))
            {
                // An employer's record key is that of its KvK number: the same employer, the same key, in every figure.
                inContact[contact.SectorCode] += Tally.One(RecordKey.Of(contact.Employer.ToString()));
            }
        }

        return employersInRegion
            .OrderBy(pair => pair.Key, StringComparer.Ordinal)
            .Select(pair => new SectorCoverage(pair.Key, inContact[pair.Key], pair.Value))
            .ToArray();
    }
}
