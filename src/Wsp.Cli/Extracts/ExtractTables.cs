using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// The extracts' tables: counts per region and column (sector, employer kind) with row totals, column totals and the
/// grand total, every one after <see cref="SmallCountSuppression"/> (threshold 1 — nothing withheld — for partners).
/// Totals are written as rows whose region or column is <c>TOTAL</c>; a withheld value is empty and marked in
/// <c>suppressed</c>. Counts only: no candidate reference or any other person-level field is ever written.
/// </summary>
internal static class ExtractTables
{
    public const string Total = "TOTAL";

    public static readonly string[] PlacementsHeader = ["region_code", "sector_code", "placements", "suppressed"];

    public static readonly string[] JobAgreementHeader = ["region_code", "employer_kind", "working_persons", "hours_per_week", "jobs", "suppressed"];

    public static IEnumerable<IReadOnlyList<string>> Placements(PlacementFlowResult flow, SmallCountSuppression suppression) =>
        suppression.Apply(flow.Groups.Select(g => new SuppressionCell(g.Group.Region!.Value.ToString(), g.Group.SectorCode!, g.Placements)))
            .Select(e => (IReadOnlyList<string>)[e.Row ?? Total, e.Column ?? Total, Number(e.Count), Mark(e.Suppression)]);

    public static IEnumerable<IReadOnlyList<string>> JobAgreement(JobAgreementStockResult stock, SmallCountSuppression suppression) =>
        suppression.Apply(stock.Groups.Select(g => new SuppressionCell(g.Region.ToString(), Kind(g.EmployerKind), g.WorkingPersons, g.HoursPerWeek)))
            .Select(e => (IReadOnlyList<string>)
            [
                e.Row ?? Total,
                e.Column ?? Total,
                Number(e.Count),
                Hours(e.Measure),
                Jobs(e.Measure),
                Mark(e.Suppression),
            ]);

    public static string Kind(EmployerKind kind) => kind == EmployerKind.Market ? "MARKET" : "GOVERNMENT";
}
