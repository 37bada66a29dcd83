namespace Wsp.Sdk.Arrangements;

/// <summary>Where an arrangement (arrangement) is in its lifecycle (rule L2).</summary>
public enum ArrangementStatus
{
    /// <summary>Being drafted by the advisor with the employer.</summary>
    Draft = 0,

    /// <summary>Sent to the regions as a concept; their input is recorded.</summary>
    Concept = 1,

    /// <summary>Final: each region decides for itself whether it joins (intekent).</summary>
    Final = 2,

    /// <summary>Ended: no region joins or leaves any more; results stay monitored.</summary>
    Ended = 3,
}
