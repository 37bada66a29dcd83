namespace Wsp.Sdk.Vacancies;

/// <summary>
/// Selection on grounds the anti-discrimination rules forbid (rule H12): allowed only on target-group vacancies,
/// which exist to reach a group (for example young people, 55+ or status holders).
/// </summary>
[Flags]
public enum SelectionCriteria
{
    /// <summary>No selection on these grounds.</summary>
    None = 0,

    /// <summary>Selection on age (leeftijd).</summary>
    Age = 1,

    /// <summary>Selection on sex (geslacht).</summary>
    Sex = 2,

    /// <summary>Selection on origin (afkomst).</summary>
    Origin = 4,
}
