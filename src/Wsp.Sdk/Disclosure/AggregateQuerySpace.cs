using NodaTime;
using Wsp.Sdk.Counting;

namespace Wsp.Sdk.Disclosure;

/// <summary>
/// The questions a reader of aggregates only (the ministry) may ask (de vraagruimte van het ministerie): flows over a
/// whole calendar month, quarter or year; stocks at a month's end; no grouping, one dimension, or region and one other;
/// no what-if. Part of the disclosure method (docs/disclosure.md): every question outside it is refused, so periods a
/// day apart, overlapping periods of many lengths, ad-hoc projects or ever finer groupings give no difference to average.
/// </summary>
/// <remarks>Thread-safe.</remarks>
public static class AggregateQuerySpace
{
    /// <summary>What the periods may be, as a refusal names it.</summary>
    public const string Periods = "a whole calendar month, quarter or year (for example 2025-04-01 to 2025-06-30)";

    /// <summary>What the measuring dates may be, as a refusal names it.</summary>
    public const string MeasuringDates = "the last day of a month (for example 2025-12-31)";

    /// <summary>What the groupings may be, as a refusal names it.</summary>
    public const string Groupings = "no grouping, one dimension, or region and one other dimension (a region filter counts as grouping by region)";

    /// <summary>Returns whether a period is one whole calendar month, quarter or year.</summary>
    /// <param name="period">The period.</param>
    /// <returns>Whether the reader may ask it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="period"/> is null.</exception>
    public static bool IsPublishedPeriod(DateInterval period)
    {
        Preconditions.CheckNotNull(period);
        var (start, end) = (period.Start, period.End);
        if (start.Day != 1 || end != end.With(DateAdjusters.EndOfMonth))
        {
            return false;
        }

        var months = ((end.Year - start.Year) * 12) + end.Month - start.Month + 1;
        return months == 1 || (months == 3 && start.Month % 3 == 1) || (months == 12 && start.Month == 1);
    }

    /// <summary>Returns whether a measuring date is the last day of its month.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether the reader may ask it.</returns>
    public static bool IsPublishedDate(LocalDate date) => date == date.With(DateAdjusters.EndOfMonth);

    /// <summary>Returns whether a grouping is published: none, one dimension, or region and one other.</summary>
    /// <param name="by">The dimensions grouped by.</param>
    /// <param name="regionFilter">Whether the question names one region: it counts as grouping by region.</param>
    /// <returns>Whether the reader may ask it.</returns>
    public static bool IsPublishedGrouping(PlacementDimensions by, bool regionFilter)
    {
        var all = regionFilter ? by | PlacementDimensions.Region : by;
        var others = System.Numerics.BitOperations.PopCount((uint)(all & ~PlacementDimensions.Region));
        return others <= 1;
    }
}
