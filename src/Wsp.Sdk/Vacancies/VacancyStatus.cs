namespace Wsp.Sdk.Vacancies;

/// <summary>Whether a vacancy (vacature) is open, closed or expired.</summary>
public enum VacancyStatus
{
    /// <summary>Open for referrals and placements.</summary>
    Open = 0,

    /// <summary>Closed: filled or withdrawn. A chain partner that still has a candidate duplicates it (rule H15).</summary>
    Closed = 1,

    /// <summary>
    /// Expired: open, but past its last day (<see cref="Vacancy.ExpiresOn"/>). Derived from the date
    /// (<see cref="Vacancy.StatusOn"/>), never stored; an expired vacancy is reactivated before its workplaces are
    /// raised (rule H15).
    /// </summary>
    Expired = 2,
}
