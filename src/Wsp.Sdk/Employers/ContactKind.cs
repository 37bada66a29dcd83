namespace Wsp.Sdk.Employers;

/// <summary>What an entry in an employer account's audit trail (contacthistorie) records.</summary>
public enum ContactKind
{
    /// <summary>The account was registered (rule H8).</summary>
    Registered = 0,

    /// <summary>A company visit, with its report (rule H9).</summary>
    Visit = 1,

    /// <summary>A vacancy of the employer was registered (rule H10).</summary>
    VacancyReported = 2,

    /// <summary>A placement was booked with the employer: a work agreement filled.</summary>
    PlacementBooked = 3,

    /// <summary>Another contact: a call, a mail, a meeting.</summary>
    Other = 4,

    /// <summary>
    /// The account changed owner: taken over after twelve months without contact (rule H7) or handed over (rule H11). It
    /// restarts the twelve months, as everything in the audit trail does.
    /// </summary>
    OwnerChanged = 5,

    /// <summary>A work agreement with the employer (werkafspraak): what was agreed, as a note (rule H7).</summary>
    WorkAgreement = 6,
}
