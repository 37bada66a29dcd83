using NodaTime;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk;

/// <summary>
/// The questions a caller whose figures are disclosed by the cell key method (the ministry) may ask
/// (<see cref="AggregateQuerySpace"/>): checked before anything is read, so a question outside the published query space
/// is refused as <see cref="AccessDeniedException"/> and gives no figure to difference.
/// </summary>
public partial class WspClient
{
    private const string QuerySpaceReason = "the ministry's figures are published for whole periods and the published groupings only, so that no two answers differ by a few records (docs/disclosure.md)";

    /// <summary>Refuses a period outside the published query space.</summary>
    private void EnsurePublishedPeriod(DateInterval period, string action)
    {
        if (Disclosure.WithholdsCounts && !AggregateQuerySpace.IsPublishedPeriod(period))
        {
            throw new AccessDeniedException(Caller, $"{action} over {period.Start:uuuu-MM-dd} to {period.End:uuuu-MM-dd}", $"{QuerySpaceReason}: ask {AggregateQuerySpace.Periods}");
        }
    }

    /// <summary>Refuses a measuring date outside the published query space.</summary>
    private void EnsurePublishedDate(LocalDate date, string action)
    {
        if (Disclosure.WithholdsCounts && !AggregateQuerySpace.IsPublishedDate(date))
        {
            throw new AccessDeniedException(Caller, $"{action} at {date:uuuu-MM-dd}", $"{QuerySpaceReason}: ask {AggregateQuerySpace.MeasuringDates}");
        }
    }

    /// <summary>Refuses a grouping outside the published query space.</summary>
    private void EnsurePublishedGrouping(PlacementDimensions by, RegionCode? region, string action)
    {
        if (Disclosure.WithholdsCounts && !AggregateQuerySpace.IsPublishedGrouping(by, region is not null))
        {
            throw new AccessDeniedException(Caller, $"{action} grouped by {by}{(region is { } r ? $" within {r}" : "")}", $"{QuerySpaceReason}: ask {AggregateQuerySpace.Groupings}");
        }
    }

    /// <summary>Refuses a what-if (figures over input the caller gives) to a caller whose figures are disclosed by the cell key method.</summary>
    private void EnsureNoWhatIf(string action)
    {
        if (Disclosure.WithholdsCounts)
        {
            throw new AccessDeniedException(Caller, action, $"{QuerySpaceReason}: what-ifs over given projects or contacts are not offered to it, since two overlapping ones differ by a single employer");
        }
    }

    /// <summary>
    /// The measuring date when none is asked: today in the Netherlands; for a caller whose figures are disclosed by the cell
    /// key method, the last month end on or before it (the published measuring dates).
    /// </summary>
    private LocalDate DefaultMeasuringDate()
    {
        var today = DutchCalendar.Today(Options.Clock);
        return !Disclosure.WithholdsCounts || AggregateQuerySpace.IsPublishedDate(today) ? today : today.With(DateAdjusters.StartOfMonth).PlusDays(-1);
    }
}
