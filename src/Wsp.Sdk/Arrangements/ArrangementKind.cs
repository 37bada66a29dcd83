namespace Wsp.Sdk.Arrangements;

/// <summary>Who the arrangement is with (rule L6).</summary>
public enum ArrangementKind
{
    /// <summary>An arrangement of the municipal national desk (Landelijk WSP Gemeenten).</summary>
    Municipal = 0,

    /// <summary>A fully joint arrangement of the municipal desk and UWV's national desk (the pilot).</summary>
    JointWithUwv = 1,
}
