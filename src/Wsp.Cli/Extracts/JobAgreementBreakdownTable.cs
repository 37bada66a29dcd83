using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.ManagementInformation;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// <c>job-agreement-breakdown.csv</c> (H6): one row per group of <c>job-agreement-jobs/2</c> at the date, with a column
/// per chosen dimension in the fixed order region_code, sector_code, employer_kvk, partner, arrangement_id (only the
/// chosen ones), then working_persons, hours_per_week, jobs and suppressed. With two or more dimensions, every
/// combination of all but the last has a subtotal row (the last column <c>TOTAL</c>); the last row is the grand total
/// (every dimension <c>TOTAL</c>). For the ministry the working persons (and with them hours and jobs) are suppressed in
/// a table of (all but the last dimension) × (the last dimension): the client discloses the figure, the table writes it.
/// </summary>
internal static class JobAgreementBreakdownTable
{
    public static IReadOnlyList<string> Header(PlacementDimensions by) =>
        [.. GroupColumns.Header(by), "working_persons", "hours_per_week", "jobs", "suppressed"];

    public static IEnumerable<IReadOnlyList<string>> Rows(DisclosedFigure<JobAgreementBreakdownResult, JobAgreementGroup> figure)
    {
        var dimensions = GroupColumns.Of(figure.Result.Dimensions);
        foreach (var group in figure.Groups)
        {
            yield return Row(GroupColumns.Values(group.Group.Group, dimensions), group.Count, group.Measure, group.Suppression);
        }

        if (dimensions.Count >= 2)
        {
            foreach (var group in figure.Groups.DistinctBy(g => g.Row))
            {
                var total = figure.RowTotal(group.Row);
                yield return Row([.. GroupColumns.Values(group.Group.Group, dimensions)[..^1], ExtractTables.Total], total.Count, total.Measure, total.Suppression);
            }
        }

        yield return Row([.. dimensions.Select(_ => ExtractTables.Total)], figure.Total.Count, figure.Total.Measure, figure.Total.Suppression);
    }

    private static IReadOnlyList<string> Row(IEnumerable<string> values, int? count, decimal? hours, SuppressionKind kind) =>
    [
        .. values,
        Number(count),
        Hours(hours),
        Jobs(hours),
        Mark(kind),
    ];
}
