using NodaTime;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Sectors;

/// <summary>
/// Input data of the coverage ratio (dekkingsgraad, rule H5): the employers with at least 10 employees in a region per
/// sector, at a date, from a named source (for example a KvK or CBS extract). Partners' records cannot give these
/// totals, so they are entered with their source and date, and every coverage ratio shows which totals it used.
/// </summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed class SectorEmployerTotals
{
    /// <summary>Initializes totals.</summary>
    /// <param name="region">The labour market region.</param>
    /// <param name="date">The date the totals describe.</param>
    /// <param name="source">Where they come from, for example <c>KvK handelsregister, extract 2015-01-01</c>.</param>
    /// <param name="employersBySector">Per sector code, the employers with at least 10 employees; not negative.</param>
    /// <exception cref="ArgumentException">An argument is missing, a sector code blank or a total negative.</exception>
    public SectorEmployerTotals(RegionCode region, LocalDate date, string source, IReadOnlyDictionary<string, int> employersBySector)
    {
        Region = Preconditions.CheckInitialized(region);
        Date = date;
        Source = Preconditions.CheckNotNullOrWhiteSpace(source).Trim();
        Preconditions.CheckNotNull(employersBySector);
        foreach (var (sector, total) in employersBySector)
        {
            Preconditions.CheckArgument(!string.IsNullOrWhiteSpace(sector), nameof(employersBySector), "A sector code is blank.");
            Preconditions.CheckArgument(total >= 0, nameof(employersBySector), $"The total of sector '{sector}' is negative.");
        }

        EmployersBySector = new SortedDictionary<string, int>(employersBySector.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
    }

    /// <summary>Gets the labour market region.</summary>
    public RegionCode Region { get; }

    /// <summary>Gets the date the totals describe.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets where the totals come from.</summary>
    public string Source { get; }

    /// <summary>Gets, per sector code (ordered), the employers in the region with at least 10 employees.</summary>
    public IReadOnlyDictionary<string, int> EmployersBySector { get; }

    /// <summary>Whether <paramref name="other"/> records the same totals: region, date, source and every sector's total.</summary>
    internal bool IsSameAs(SectorEmployerTotals other) =>
        Region == other.Region && Date == other.Date && Source == other.Source && EmployersBySector.SequenceEqual(other.EmployersBySector);

    /// <inheritdoc />
    public override string ToString() => $"{Region} {Date:uuuu-MM-dd} ({Source})";
}
