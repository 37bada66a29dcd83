using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Counting;

/// <summary>An employer (werkgever) the partners are in contact with, as input to the coverage ratio (rule H5).</summary>
/// <param name="Employer">The employer's KvK number.</param>
/// <param name="SectorCode">The employer's sector.</param>
/// <param name="Employees">The employer's number of employees in the region.</param>
/// <remarks>This type is immutable and thread-safe.</remarks>
public sealed record EmployerContact(KvkNumber Employer, string SectorCode, int Employees);
