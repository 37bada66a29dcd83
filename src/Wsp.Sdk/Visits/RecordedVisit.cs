using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Visits;

/// <summary>A company visit as recorded (rule H9) with the account it is a contact on (rule H7).</summary>
/// <param name="Visit">The visit with its report.</param>
/// <param name="Employer">The account, its contact recorded.</param>
/// <remarks>Immutable and thread-safe.</remarks>
public sealed record RecordedVisit(CompanyVisit Visit, EmployerAccount Employer)
{
    /// <summary>Gets the visit with its report.</summary>
    public CompanyVisit Visit { get; init; } = Preconditions.CheckNotNull(Visit);

    /// <summary>Gets the account, its contact recorded.</summary>
    public EmployerAccount Employer { get; init; } = Preconditions.CheckNotNull(Employer);
}
