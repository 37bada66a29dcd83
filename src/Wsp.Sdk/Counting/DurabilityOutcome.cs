namespace Wsp.Sdk.Counting;

/// <summary>
/// What became of a placement six and twelve months after its start (duurzaamheid van een plaatsing), as
/// <see cref="PlacementDurability"/> (placement-durability/1) classifies it at a measuring date. Every placement has exactly
/// one outcome, so the outcomes of a group add up to the placements that started in it; the figure's counts (measured and
/// still running at 6 and 12 months) are sums of outcomes.
/// </summary>
public enum DurabilityOutcome
{
    /// <summary>Six months after the start lie after the measuring date: nothing can be said yet. Code <c>PENDING_6M</c>.</summary>
    SixMonthsPending = 0,

    /// <summary>Ended before its six-month mark, which has passed; the twelve-month mark has not. Code <c>ENDED_BEFORE_6M_PENDING_12M</c>.</summary>
    EndedBeforeSixMonthsTwelvePending = 1,

    /// <summary>Still running at its six-month mark; the twelve-month mark has not passed. Code <c>RUNNING_6M_PENDING_12M</c>.</summary>
    RunningAtSixMonthsTwelvePending = 2,

    /// <summary>Ended before its six-month mark; the twelve-month mark has passed too. Code <c>ENDED_BEFORE_6M</c>.</summary>
    EndedBeforeSixMonths = 3,

    /// <summary>Still running at its six-month mark, ended before its twelve-month mark, which has passed. Code <c>ENDED_BEFORE_12M</c>.</summary>
    EndedBeforeTwelveMonths = 4,

    /// <summary>Still running at its twelve-month mark, which has passed. Code <c>RUNNING_12M</c>.</summary>
    RunningAtTwelveMonths = 5,
}
