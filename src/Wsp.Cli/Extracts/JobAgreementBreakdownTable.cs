using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// <c>job-agreement-breakdown.csv</c> (H6): one row per group of <c>job-agreement-jobs/1</c> at the date, with a column
/// per chosen dimension in the fixed order region_code, sector_code, employer_kvk, partner, arrangement_id (only the
/// chosen ones), then working_persons, hours_per_week, jobs and suppressed. With two or more dimensions, every
/// combination of all but the last has a subtotal row (the last column <c>TOTAL</c>); the last row is the grand total
/// (every dimension <c>TOTAL</c>). For the ministry the working persons (and with them hours and jobs) are suppressed in
/// a table of (all but the last dimension) × (the last dimension).
/// </summary>
internal static class JobAgreementBreakdownTable
{
    private const char Separator = '\u001F';

    private static readonly (PlacementDimensions Dimension, string Column)[] s_columns =
    [
        (PlacementDimensions.Region, "region_code"),
        (PlacementDimensions.Sector, "sector_code"),
        (PlacementDimensions.Employer, "employer_kvk"),
        (PlacementDimensions.Partner, "partner"),
        (PlacementDimensions.Arrangement, "arrangement_id"),
    ];

    public static IReadOnlyList<string> Header(PlacementDimensions by) =>
        [.. Dimensions(by).Select(d => s_columns.Single(c => c.Dimension == d).Column), "working_persons", "hours_per_week", "jobs", "suppressed"];

    public static IEnumerable<IReadOnlyList<string>> Rows(JobAgreementBreakdownResult result, SmallCountSuppression suppression)
    {
        var dimensions = Dimensions(result.Dimensions);
        var keyed = result.Groups.Select(g => (Values: dimensions.Select(d => Value(g.Group, d)).ToArray(), Group: g)).ToArray();
        var counts = new SuppressedCounts(suppression, keyed.Select(k => new SuppressionCell(RowKey(k.Values), ColumnKey(k.Values), k.Group.WorkingPersons, k.Group.HoursPerWeek)));
        foreach (var (values, _) in keyed)
        {
            yield return Row(values, counts.Get(RowKey(values), ColumnKey(values)));
        }

        if (dimensions.Count >= 2)
        {
            foreach (var values in keyed.Select(k => k.Values).DistinctBy(RowKey))
            {
                yield return Row([.. values[..^1], ExtractTables.Total], counts.Get(RowKey(values), null));
            }
        }

        yield return Row([.. dimensions.Select(_ => ExtractTables.Total)], counts.Get(null, null));
    }

    public static IReadOnlyList<PlacementDimensions> Dimensions(PlacementDimensions by) =>
        [.. s_columns.Select(c => c.Dimension).Where(d => (by & d) != 0)];

    private static string Value(PlacementGroupKey group, PlacementDimensions dimension) => dimension switch
    {
        PlacementDimensions.Region => group.Region?.ToString() ?? "",
        PlacementDimensions.Sector => group.SectorCode ?? "",
        PlacementDimensions.Employer => group.Employer?.ToString() ?? "",
        PlacementDimensions.Partner => group.Partner?.ToString() ?? "",
        _ => group.ArrangementId ?? "",
    };

    // All but the last dimension make the row, the last the column (one dimension: a single row).
    private static string RowKey(string[] values) => values.Length <= 1 ? "" : string.Join(Separator, values[..^1]);

    private static string ColumnKey(string[] values) => values.Length == 0 ? "" : values[^1];

    private static IReadOnlyList<string> Row(IEnumerable<string> values, SuppressedEntry entry) =>
    [
        .. values,
        Number(entry.Count),
        Hours(entry.Measure),
        Jobs(entry.Measure),
        Mark(entry.Suppression),
    ];
}
