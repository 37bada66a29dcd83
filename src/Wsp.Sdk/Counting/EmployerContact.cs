using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Counting;

/// <summary>An employer (werkgever) the partners are in contact with, as input to the coverage ratio (rule H5).</summary>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record EmployerContact
{
    /// <summary>Initializes a contact.</summary>
    /// <param name="employer">The employer's KvK number.</param>
    /// <param name="sectorCode">The employer's sector.</param>
    /// <param name="employees">The employer's number of employees in the region, not negative.</param>
    /// <exception cref="ArgumentException">An argument is missing or negative.</exception>
    public EmployerContact(KvkNumber employer, string sectorCode, int employees)
    {
        Employer = Preconditions.CheckInitialized(employer);
        SectorCode = Preconditions.CheckNotNullOrWhiteSpace(sectorCode);
        Employees = Preconditions.CheckArgumentRange(employees, 0, int.MaxValue);
    }

    /// <summary>Gets the employer's KvK number.</summary>
    public KvkNumber Employer { get; }

    /// <summary>Gets the employer's sector.</summary>
    public string SectorCode { get; }

    /// <summary>Gets the employer's number of employees in the region.</summary>
    public int Employees { get; }
}
