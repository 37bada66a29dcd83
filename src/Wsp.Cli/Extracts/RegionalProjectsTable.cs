using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Extracts;

/// <summary>
/// <c>regional-projects.csv</c> (H6): per project (by id) one row per booking partner with placements, then the
/// project's row with partner <c>TOTAL</c>. There is no total over projects: a placement can count for more than one
/// project. For the ministry the placements are suppressed per project × partner.
/// </summary>
internal static class RegionalProjectsTable
{
    public static readonly string[] Header = ["project_id", "name", "region_code", "from", "to", "partner", "placements", "suppressed"];

    public static IEnumerable<IReadOnlyList<string>> Rows(IReadOnlyList<RegionalProjectCount> projects, SmallCountSuppression suppression)
    {
        var counts = new SuppressedCounts(suppression, projects.SelectMany(p => p.ByPartner.Select(b => new SuppressionCell(p.ProjectId, b.Key.ToString(), b.Value))));
        foreach (var project in projects)
        {
            IReadOnlyList<string> Row(string partner, SuppressedEntry entry) =>
                [project.ProjectId, project.Name, project.Region.ToString(), Dates.Format(project.Period.Start), Dates.Format(project.Period.End), partner, Number(entry.Count), Mark(entry.Suppression)];

            foreach (var partner in project.ByPartner.Keys.Select(k => k.ToString()).Order(StringComparer.Ordinal))
            {
                yield return Row(partner, counts.Get(project.ProjectId, partner));
            }

            yield return Row(ExtractTables.Total, counts.Get(project.ProjectId, null));
        }
    }
}
