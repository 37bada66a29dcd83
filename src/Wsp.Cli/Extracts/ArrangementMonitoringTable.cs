using Wsp.Sdk.Disclosure;
using Wsp.Sdk.ManagementInformation;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// <c>arrangement-monitoring.csv</c> (L5): per arrangement, one row per region (participation, the version it signed
/// and that version's job opportunities, placements), then the arrangement's row with region <c>TOTAL</c> (placements
/// over all regions and the realisation against the current version's job opportunities), and a last row
/// <c>TOTAL,…,TOTAL</c> over all arrangements. Placements are suppressed per arrangement × region for the ministry.
/// </summary>
internal static class ArrangementMonitoringTable
{
    public const string NotAsked = "NOT_ASKED";

    public static readonly string[] Header =
        ["arrangement_id", "employer_name", "status", "job_opportunities", "region_code", "participation", "signed_version", "signed_job_opportunities", "placements", "realisation", "suppressed"];

    public static IEnumerable<IReadOnlyList<string>> Rows(DisclosedFigure<ArrangementMonitoringReport, ArrangementRegionResult> figure)
    {
        var groups = figure.Groups.ToLookup(g => g.Row, StringComparer.Ordinal);
        foreach (var arrangement in figure.Result.Arrangements)
        {
            var status = arrangement.Status.ToString().ToUpperInvariant();
            var jobOpportunities = Number(arrangement.JobOpportunities);
            foreach (var cell in groups[arrangement.ArrangementId])
            {
                var region = cell.Group;
                yield return
                [
                    arrangement.ArrangementId, arrangement.EmployerName, status, jobOpportunities, cell.Column,
                    region.Participation?.ToString().ToUpperInvariant() ?? NotAsked, Number(region.SignedVersion), Number(region.SignedJobOpportunities),
                    Number(cell.Count), "", Mark(cell.Suppression),
                ];
            }

            var total = figure.RowTotal(arrangement.ArrangementId);

            // The realisation would give the withheld total away (job opportunities are published): withheld with it.
            yield return
            [
                arrangement.ArrangementId, arrangement.EmployerName, status, jobOpportunities, ExtractTables.Total, "", "", "",
                Number(total.Count), total.IsSuppressed ? "" : Fraction(arrangement.Realisation), Mark(total.Suppression),
            ];
        }

        var grand = figure.Total;
        yield return [ExtractTables.Total, "", "", "", ExtractTables.Total, "", "", "", Number(grand.Count), "", Mark(grand.Suppression)];
    }
}
