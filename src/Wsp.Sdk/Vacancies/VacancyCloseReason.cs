namespace Wsp.Sdk.Vacancies;

/// <summary>Why a vacancy (vacature) was closed (reden van sluiten).</summary>
public enum VacancyCloseReason
{
    /// <summary>Filled: the employer has the people it asked for.</summary>
    Filled = 0,

    /// <summary>Withdrawn by the employer.</summary>
    Withdrawn = 1,

    /// <summary>Handed over: the work goes on in a chain partner's vacancy (rule H11).</summary>
    HandedOver = 2,

    /// <summary>Closed for a chain partner to duplicate it and book its hire there (rule H15), or registered twice by mistake.</summary>
    Duplicated = 3,
}
