namespace Wsp.Sdk.Vacancies;

/// <summary>Whether a vacancy (vacature) still takes referrals and placements.</summary>
public enum VacancyStatus
{
    /// <summary>Open for referrals and placements.</summary>
    Open = 0,

    /// <summary>Closed: filled or withdrawn. A chain partner that still has a candidate duplicates it (rule H15).</summary>
    Closed = 1,
}
