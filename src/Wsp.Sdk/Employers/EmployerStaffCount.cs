using NodaTime;

namespace Wsp.Sdk.Employers;

/// <summary>
/// An employer's number of working persons (werkzame personen) at a date, from a named source such as the KvK
/// handelsregister, with the employer's sector in the region's classification from the same source. It is the
/// numerator side of the coverage ratio (dekkingsgraad, rule H5): an employer in contact counts when it has at least
/// 10 working persons, in its sector.
/// </summary>
/// <remarks>
/// Why the sector is here and not on the account: the coverage ratio's denominators (the sector totals) come from the
/// same kind of register extract, so an employer in contact is placed in a sector by the same classification as the
/// totals it is compared with. This type is immutable and thread-safe.
/// </remarks>
public sealed record EmployerStaffCount
{
    /// <summary>Initializes a staff count.</summary>
    /// <param name="date">The date the count describes.</param>
    /// <param name="employees">The working persons; not negative.</param>
    /// <param name="sectorCode">The employer's sector code in the region's classification.</param>
    /// <param name="source">Where the count comes from, for example <c>KvK handelsregister, extract 2015-01-01</c>.</param>
    /// <exception cref="ArgumentException">The sector or source is blank, or the count is negative.</exception>
    public EmployerStaffCount(LocalDate date, int employees, string sectorCode, string source)
    {
        Date = date;
        Employees = Preconditions.CheckArgumentRange(employees, 0, int.MaxValue);
        SectorCode = Preconditions.CheckNotNullOrWhiteSpace(sectorCode).Trim();
        Source = Preconditions.CheckNotNullOrWhiteSpace(source).Trim();
    }

    /// <summary>Gets the date the count describes.</summary>
    public LocalDate Date { get; }

    /// <summary>Gets the working persons.</summary>
    public int Employees { get; }

    /// <summary>Gets the employer's sector code in the region's classification.</summary>
    public string SectorCode { get; }

    /// <summary>Gets where the count comes from.</summary>
    public string Source { get; }

    /// <inheritdoc />
    public override string ToString() => $"{Employees} working persons in {SectorCode} at {Date:uuuu-MM-dd} ({Source})";
}
