namespace Wsp.Sdk.Employers;

/// <summary>Why an employer is registered (rule H8: only after it reported a vacancy or was visited).</summary>
public enum RegistrationReason
{
    /// <summary>The employer reported a vacancy.</summary>
    VacancyReported = 0,

    /// <summary>The employer was visited.</summary>
    Visited = 1,

    /// <summary>Only to book a placement: always refused (rules H8 and H16).</summary>
    PlacementBookingOnly = 2,
}
