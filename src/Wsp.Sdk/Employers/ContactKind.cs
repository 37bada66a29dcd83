namespace Wsp.Sdk.Employers;

/// <summary>What an entry in an employer account's audit trail (contacthistorie) records.</summary>
public enum ContactKind
{
    /// <summary>The account was registered (rule H8).</summary>
    Registered = 0,

    /// <summary>A company visit, with its report (rule H9).</summary>
    Visit = 1,

    /// <summary>The employer reported a vacancy (rule H10).</summary>
    VacancyReported = 2,

    /// <summary>A work agreement was filled: a placement was booked.</summary>
    PlacementBooked = 3,

    /// <summary>Another contact: a call, a mail, a meeting.</summary>
    Other = 4,

    /// <summary>The account changed owner: taken over after twelve months without contact (rule H7) or handed over (rule H11).</summary>
    OwnerChanged = 5,
}
