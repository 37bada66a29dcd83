using Wsp.Sdk.Disclosure;
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

    public static IEnumerable<IReadOnlyList<string>> Rows(DisclosedFigure<IReadOnlyList<RegionalProjectCount>, RegionalProjectCount> figure)
    {
        var groups = figure.Groups.ToLookup(g => g.Group, ReferenceEqualityComparer.Instance);
        foreach (var project in figure.Result)
        {
            IReadOnlyList<string> Row(string partner, int? count, SuppressionKind kind) =>
                [project.ProjectId, project.Name, project.Region.ToString(), Dates.Format(project.Period.Start), Dates.Format(project.Period.End), partner, Number(count), Mark(kind)];

            foreach (var cell in groups[project])
            {
                yield return Row(cell.Column, cell.Count, cell.Suppression);
            }

            var total = figure.RowTotal(project.ProjectId);
            yield return Row(ExtractTables.Total, total.Count, total.Suppression);
        }
    }
}
