using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// The extracts' tables: counts per region and column (sector, employer kind) with row totals, column totals and the
/// grand total, every one as the client disclosed it to the extract's reader (<see cref="DisclosedFigure{TResult, TGroup}.Entries"/>:
/// exact for partners and the operator, small counts withheld for the ministry). Totals are written as rows whose
/// region or column is <c>TOTAL</c>; a withheld value is empty and marked in <c>suppressed</c>. Counts only: no
/// candidate reference or any other person-level field is ever written.
/// </summary>
internal static class ExtractTables
{
    public const string Total = "TOTAL";

    public static readonly string[] PlacementsHeader = ["region_code", "sector_code", "placements", "suppressed"];

    public static readonly string[] JobAgreementHeader = ["region_code", "employer_kind", "working_persons", "hours_per_week", "jobs", "suppressed"];

    public static IEnumerable<IReadOnlyList<string>> Placements(DisclosedFigure<PlacementFlowResult, PlacementCount> flow) =>
        flow.Entries.Select(e => (IReadOnlyList<string>)[e.Row ?? Total, e.Column ?? Total, Number(e.Count), Mark(e.Suppression)]);

    public static IEnumerable<IReadOnlyList<string>> JobAgreement(DisclosedFigure<JobAgreementStockResult, JobAgreementCount> stock) =>
        stock.Entries.Select(e => (IReadOnlyList<string>)
        [
            e.Row ?? Total,
            e.Column ?? Total,
            Number(e.Count),
            Hours(e.Measure),
            Jobs(e.Measure),
            Mark(e.Suppression),
        ]);
}
