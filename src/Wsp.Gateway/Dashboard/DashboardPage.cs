using System.Globalization;
using System.Text;
using NodaTime;
using Wsp.Gateway.Dashboard.Charts;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Dashboard;

/// <summary>
/// Renders the dashboard as one server-side HTML page with inline SVG charts: no script, no external asset, every
/// text HTML-encoded. It shows aggregates only (counts per sector, partner and month, arrangements and regions),
/// never a candidate reference or a single placement.
/// </summary>
internal static class DashboardPage
{
    public static string Render(DashboardView view, IReadOnlyList<LabourMarketRegion> choices)
    {
        var body = new StringBuilder();
        body.Append("<header>");
        body.Append(CultureInfo.InvariantCulture, $"<h1>Wsp dashboard · {Html.Encode(view.Region.Name)} ({Html.Encode(view.Region.Code.ToString())}) · {view.Year}</h1>");
        body.Append(CultureInfo.InvariantCulture, $"<p>Signed in as {Html.Encode(Describe(view.Viewer))}. Management information (H4, H2/H6, L2, L5), aggregates only.</p>");
        if (view.WithholdsCounts)
        {
            // The ministry reads aggregates only, never a small count (DESIGN.md, Security model): the marks' legend.
            body.Append(CultureInfo.InvariantCulture, $"<p class=\"legend\" data-legend=\"withheld\">Counts of people are shown as the ministry's figures publish them. {Html.Encode(ShownCount.Legend)}</p>");
        }

        body.Append(Picker(view, choices));
        body.Append("<form method=\"post\" action=\"/dashboard/session/end\"><button type=\"submit\">Sign out</button></form>");
        body.Append("</header>");
        body.Append(AmbitionSection(view));
        body.Append(JobAgreementSection(view));
        body.Append(DurabilitySection(view));
        body.Append(ArrangementSection(view));
        body.Append(MonitoringSection(view));
        return Document($"Wsp dashboard · {view.Region.Name} {view.Year}", body.ToString());
    }

    /// <summary>The page frame: the one inline style sheet (allowed by its hash) and a data: icon, so the browser asks for nothing else.</summary>
    public static string Document(string title, string body) =>
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
        + $"<title>{Html.Encode(title)}</title><link rel=\"icon\" href=\"data:,\">"
        + $"<style>{DashboardStyle.Css}</style></head><body>{body}</body></html>";

    private static string Picker(DashboardView view, IReadOnlyList<LabourMarketRegion> choices)
    {
        var html = new StringBuilder("<form method=\"get\" action=\"/dashboard\"><label for=\"region\">Region</label><select id=\"region\" name=\"region\">");
        foreach (var region in choices)
        {
            var selected = region.Code == view.Region.Code ? " selected" : "";
            html.Append(CultureInfo.InvariantCulture, $"<option value=\"{Html.Encode(region.Code.ToString())}\"{selected}>{Html.Encode($"{region.Code} {region.Name}")}</option>");
        }

        html.Append(CultureInfo.InvariantCulture, $"</select> <label for=\"year\">Year</label><input id=\"year\" name=\"year\" type=\"number\" min=\"2013\" max=\"2100\" value=\"{view.Year}\"> <button type=\"submit\">Show</button></form>");
        return html.ToString();
    }

    private static string AmbitionSection(DashboardView view)
    {
        var html = new StringBuilder("<section id=\"ambition\"><h2>Placement ambition against realisation by sector (H4)</h2>");
        if (view.Ambition is not { } disclosed || view.AmbitionTable is not { } table)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"none\">No placement ambition table for {Html.Encode(view.Region.Name)} in {view.Year}.</p></section>");
            return html.ToString();
        }

        var report = disclosed.Table.Result;
        var sectors = report.Cells.Select(c => c.SectorCode).Distinct().ToArray();
        var rows = sectors.Select(code =>
        {
            var (ambition, _) = report.TotalForSector(code);
            return new BarRow(code, table.Classification.Find(code)?.Name ?? code, ShownCount.Of(disclosed.Table.RowTotal(code)), ambition);
        }).ToArray();
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Placements started in {view.Year} ({Html.Encode(report.Definition.ToString())}) against the ambition, figure {Html.Encode(report.Figure.ToString())}; the red marker is the ambition.</p>");
        if (disclosed.AmbitionTable is { Import: var import })
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\" data-ambition-version=\"{import.Version}\">Ambition table: {(import.Version == 0 ? "the SDK's example data" : $"import version {import.Version}")}, {Html.Encode(import.Source)}.</p>");
        }

        html.Append(HorizontalBarChart.Render("ambition", $"Realised placements against the ambition per sector, {view.Year}", rows));

        var headers = new List<string> { "Sector" };
        headers.AddRange(report.Partners.Select(Describe));
        headers.AddRange(["Total", "Share"]);
        var cells = sectors.Select(code =>
        {
            var row = new List<string> { rows.First(r => r.Key == code).Label };
            row.AddRange(report.Partners.Select(p => disclosed.Table.Groups.First(g => g.Group.SectorCode == code && g.Group.Partner == p) is var cell ? $"{ShownCount.Of(cell).Text} / {cell.Group.Ambition}" : ""));
            var (ambition, _) = report.TotalForSector(code);
            var realised = ShownCount.Of(disclosed.Table.RowTotal(code));
            row.AddRange([$"{realised.Text} / {ambition}", Share(realised, ambition)]);
            return (IReadOnlyList<string>)row;
        }).ToList();
        var totals = new List<string> { "All sectors" };
        totals.AddRange(report.Partners.Select(p => $"{ShownCount.Of(disclosed.Table.ColumnTotal(p.ToString())).Text} / {report.TotalFor(p).Ambition}"));
        var total = ShownCount.Of(disclosed.Table.Total);
        totals.AddRange([$"{total.Text} / {report.TotalAmbition}", Share(total, report.TotalAmbition)]);
        cells.Add(totals);
        html.Append(HtmlTable.Render("ambition", "Realised / ambition per sector and partner", headers, cells, "No sectors."));
        var outside = ShownCount.Of(disclosed.OutsideTable);
        var attribute = outside.Value is { } count ? $"data-outside-table=\"{Html.Number(count)}\"" : $"data-outside-table-withheld=\"{ShownCount.WithheldCode}\"";
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\" {attribute}>Placements in a sector or by a partner outside the table: {Html.Encode(outside.Text)}.</p></section>");
        return html.ToString();
    }

    private static string JobAgreementSection(DashboardView view)
    {
        if (view.ExtraJobs is { Count: > 0 } extra)
        {
            return ExtraJobsSection(view, extra);
        }

        // Without a baseline the records give gross jobs only: drawn and named as such, never against a target of extra jobs.
        var html = new StringBuilder("<section id=\"job-agreement\" data-jobs=\"gross\"><h2>Job-agreement jobs over time, gross (H2, H6)</h2>");
        if (view.Jobs.Count == 0)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"none\">No month of {view.Year} has ended yet.</p></section>");
            return html.ToString();
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Gross jobs of 25.5 hours a week at each month end ({Html.Encode(view.Jobs[0].Result.Definition.ToString())}): no baseline (nulmeting) is known for {Html.Encode(view.Region.Name)}, so these are not extra jobs and no target line is drawn (targets count extra jobs; <code>wsp import baseline</code> records the baseline).</p>");
        if (view.JobTarget is { Value: var goal })
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\" data-job-target=\"{goal.Total}\">Regional target: {goal.Total} extra jobs ({goal.Market} market, {goal.Government} government) by {goal.Deadline:uuuu-MM-dd}; source: {Html.Encode(goal.Source)}. Not comparable with gross jobs.</p>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"none\" data-job-target=\"none\">No regional target for {Html.Encode(view.Region.Name)}.</p>");
        }

        var points = view.Jobs.Select(j => Point(j.Result.Date, ShownCount.Jobs(j.Total))).ToArray();
        html.Append(LineChart.Render("job-agreement", $"Gross job-agreement jobs at each month end of {view.Year}", points, null));
        var rows = view.Jobs.Select(j => (IReadOnlyList<string>)[Date(j.Result.Date), ShownCount.Jobs(j.Total).Text, ShownCount.Of(j.Total).Text]).ToArray();
        html.Append(HtmlTable.Render("job-agreement", "Gross job-agreement jobs and working persons at each month end", ["Date", "Jobs", "Working persons"], rows, "No month ends."));
        html.Append("</section>");
        return html.ToString();
    }

    private static string ExtraJobsSection(DashboardView view, IReadOnlyList<DisclosedFigure<ExtraJobsReport, ExtraJobsCount>> extra)
    {
        var html = new StringBuilder("<section id=\"job-agreement\" data-jobs=\"extra\"><h2>Extra job-agreement jobs over time against the target (H2, H6)</h2>");
        var baseline = extra[0].Result.Baseline;
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\" data-baseline-jobs=\"{Html.Number(extra[0].Result.BaselineJobs)}\">Extra jobs at each month end ({Html.Encode(extra[0].Result.Definition.ToString())}): jobs of 25.5 hours a week ({Html.Encode(extra[0].Result.JobsDefinition.ToString())}) minus the {Html.Encode(Html.Number(extra[0].Result.BaselineJobs))} jobs of the baseline of {baseline.Date:uuuu-MM-dd} (nulmeting; source: {Html.Encode(baseline.Source)}).</p>");
        (decimal, string)? target = null;
        if (view.JobTarget is { Value: var goal })
        {
            target = (goal.Total, $"target {goal.Total.ToString("N0", CultureInfo.InvariantCulture)} extra jobs by {goal.Deadline:uuuu-MM-dd}");
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\" data-job-target=\"{goal.Total}\">Regional target: {goal.Total} extra jobs ({goal.Market} market, {goal.Government} government) by {goal.Deadline:uuuu-MM-dd}; source: {Html.Encode(goal.Source)}.</p>");
        }
        else
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"none\" data-job-target=\"none\">No regional target for {Html.Encode(view.Region.Name)}.</p>");
        }

        // Extra jobs are withheld exactly when the jobs are (the baseline is an input, always shown).
        ShownCount Extra(DisclosedFigure<ExtraJobsReport, ExtraJobsCount> figure) =>
            DisclosedExtraJobs.ExtraJobs(figure) is { } value ? ShownCount.Of(value) : ShownCount.Withhold(figure.Total.Suppression);
        var points = extra.Select(e => Point(e.Result.Date, Extra(e))).ToArray();
        html.Append(LineChart.Render("extra-jobs", $"Extra job-agreement jobs at each month end of {view.Year}", points, target));
        var rows = extra.Select(e => (IReadOnlyList<string>)[Date(e.Result.Date), ShownCount.Jobs(e.Total).Text, Html.Number(e.Result.BaselineJobs), Extra(e).Text, ShownCount.Of(e.Total).Text]).ToArray();
        html.Append(HtmlTable.Render("extra-jobs", "Jobs, baseline jobs, extra jobs and working persons at each month end", ["Date", "Jobs", "Baseline jobs", "Extra jobs", "Working persons"], rows, "No month ends."));
        html.Append("</section>");
        return html.ToString();
    }

    private static string DurabilitySection(DashboardView view)
    {
        var figure = view.Durability;
        var result = figure.Result;
        var html = new StringBuilder("<section id=\"durability\"><h2>Durable placements: still running 6 and 12 months after their start</h2>");
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\" data-measuring-date=\"{result.MeasuringDate:uuuu-MM-dd}\">Placements started in {view.Year} in {Html.Encode(view.Region.Name)} ({Html.Encode(result.Definition.ToString())}), measured on {result.MeasuringDate:uuuu-MM-dd}: running at a mark (the start plus 6 or 12 months) when the end date is empty or on or after it; a mark after the measuring date is not measured yet, so each share is of the placements measured.</p>");
        var rows = figure.Groups.Select(g => Durability(g.Group.SectorCode ?? "", g)).Append(Durability("All sectors", figure.Total)).ToArray();
        html.Append(HtmlTable.Render(
            "durability",
            $"Placements started in {view.Year} per sector, measured and still running at 6 and 12 months",
            ["Sector", "Started", "Measured at 6 months", "Running at 6 months", "Share at 6 months", "Measured at 12 months", "Running at 12 months", "Share at 12 months"],
            rows,
            "No placements started."));
        html.Append("</section>");
        return html.ToString();
    }

    private static IReadOnlyList<string> Durability(string label, DisclosedDurabilityGroup group) =>
    [
        label,
        ShownCount.Of(group.Started).Text,
        ShownCount.Of(group.MeasuredAtSixMonths).Text,
        ShownCount.Of(group.RunningAtSixMonths).Text,
        DurableShare(group.ShareRunningAtSixMonths, group.RunningAtSixMonths, group.MeasuredAtSixMonths),
        ShownCount.Of(group.MeasuredAtTwelveMonths).Text,
        ShownCount.Of(group.RunningAtTwelveMonths).Text,
        DurableShare(group.ShareRunningAtTwelveMonths, group.RunningAtTwelveMonths, group.MeasuredAtTwelveMonths),
    ];

    /// <summary>A share of durable placements, withheld with a count it is read from; an en dash when none was measured.</summary>
    private static string DurableShare(decimal? share, SuppressedEntry running, SuppressedEntry measured) =>
        running.IsSuppressed || measured.IsSuppressed ? ShownCount.Mark : Html.Percent(share);

    private static LinePoint Point(LocalDate date, ShownCount value) => new(Date(date), date.ToString("MMM", CultureInfo.InvariantCulture), value);

    private static string Date(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string ArrangementSection(DashboardView view)
    {
        var html = new StringBuilder("<section id=\"arrangements\"><h2>National arrangements and the regions that joined (L2)</h2>");
        var rows = view.Arrangements.Select(a =>
        {
            var pending = a.Arrangement.Status == ArrangementStatus.Final ? a.With(RegionParticipation.Pending).Count().ToString(CultureInfo.InvariantCulture) : "–";
            return (IReadOnlyList<string>)
            [
                a.Arrangement.EmployerName,
                a.Arrangement.Kind.ToString(),
                a.Arrangement.Status.ToString(),
                a.Arrangement.Version.ToString(CultureInfo.InvariantCulture),
                a.Arrangement.JobOpportunities.ToString(CultureInfo.InvariantCulture) + (a.Arrangement.MeetsPreferredJobOpportunities ? "" : " (below the preferred 100, L1)"),
                a.ParticipationOf(view.Region.Code)?.ToString() ?? "not asked",
                Names(a.With(RegionParticipation.Joined)),
                Names(a.With(RegionParticipation.Declined)),
                pending,
            ];
        }).ToArray();
        html.Append(HtmlTable.Render(
            "arrangements",
            $"Arrangements of the national desk; the column {view.Region.Code} is this region's participation",
            ["Employer", "Kind", "Status", "Version", "Job opportunities", view.Region.Code.ToString(), "Joined", "Declined", "Pending regions"],
            rows,
            "No arrangements yet."));

        // The regions still to decide, by name (L2: each region decides itself, so the desk needs to know whom to ask).
        foreach (var arrangement in view.Arrangements)
        {
            var pending = arrangement.With(RegionParticipation.Pending).Select(Gazetteer.Default.GetRegion).ToArray();
            if (pending.Length == 0)
            {
                continue;
            }

            html.Append(CultureInfo.InvariantCulture, $"<details data-pending=\"{Html.Encode(arrangement.Arrangement.ArrangementId)}\"><summary>{Html.Encode(arrangement.Arrangement.EmployerName)}: {pending.Length} regions have not decided yet</summary><ul class=\"regions\">");
            foreach (var region in pending)
            {
                html.Append(CultureInfo.InvariantCulture, $"<li data-region=\"{Html.Encode(region.Code.ToString())}\">{Html.Encode(Name(region.Code))}</li>");
            }

            html.Append("</ul></details>");
        }

        html.Append("</section>");
        return html.ToString();
    }

    private static string MonitoringSection(DashboardView view)
    {
        var report = view.Monitoring.Result;
        var year = view.Year.ToString(CultureInfo.InvariantCulture);
        var here = Name(view.Region.Code);
        var html = new StringBuilder("<section id=\"monitoring\"><h2>Placements realised per arrangement per region against its job opportunities (L5)</h2>");
        if (report.Arrangements.Count == 0)
        {
            html.Append("<p class=\"none\">No arrangements yet.</p></section>");
            return html.ToString();
        }

        var scope = view.AllRegions ? $"the bar is every region's, its dark part {here}'s" : $"the bar is {here}'s";
        html.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Placements started in {year} under each arrangement ({Html.Encode(report.Definition.ToString())}), figure {Html.Encode(report.Figure.ToString())}: {Html.Encode(scope)}; the red marker is the arrangement's job opportunities.</p>");
        var bars = report.Arrangements.Select(a =>
        {
            var inRegion = view.Monitoring.GroupsOfRow(a.ArrangementId).FirstOrDefault(r => r.Group.Region == view.Region.Code) is { } here ? ShownCount.Of(here) : ShownCount.Of(0);
            // The employer names the bar (ids are in the table): long labels would not fit left of the bars.
            return new BarRow(a.ArrangementId, a.EmployerName, view.AllRegions ? ShownCount.Of(view.Monitoring.RowTotal(a.ArrangementId)) : inRegion, a.JobOpportunities, view.AllRegions ? inRegion : null);
        }).ToArray();
        html.Append(HorizontalBarChart.Render(
            "arrangement-monitoring",
            $"Placements realised per arrangement in {year} against its job opportunities",
            bars,
            $"One bar per arrangement: placements started in {year} under it ({scope}), against a marker at its job opportunities. The table below has the same numbers per region."));

        var rows = new List<IReadOnlyList<string>>();
        foreach (var result in report.Arrangements)
        {
            var label = $"{result.EmployerName} ({result.ArrangementId})";
            var all = view.Monitoring.GroupsOfRow(result.ArrangementId);
            var regions = view.AllRegions ? all : [.. all.Where(r => r.Group.Region == view.Region.Code)];
            foreach (var region in regions)
            {
                var placements = ShownCount.Of(region);
                rows.Add([label, result.Status.ToString(), Count(result.JobOpportunities), Name(region.Group.Region), region.Group.Participation?.ToString() ?? "not asked", region.Group.SignedVersion?.ToString(CultureInfo.InvariantCulture) ?? "–", placements.Text, Share(placements, result.JobOpportunities)]);
            }

            if (view.AllRegions)
            {
                var placements = ShownCount.Of(view.Monitoring.RowTotal(result.ArrangementId));
                rows.Add([label, result.Status.ToString(), Count(result.JobOpportunities), "All regions", "", "", placements.Text, Share(placements, result.JobOpportunities)]);
            }
            else if (regions.Count == 0)
            {
                rows.Add([label, result.Status.ToString(), Count(result.JobOpportunities), here, "not asked", "–", "0", Share(ShownCount.Of(0), result.JobOpportunities)]);
            }
        }

        html.Append(HtmlTable.Render(
            "arrangement-monitoring",
            $"Placements realised in {year} per arrangement and region against its job opportunities",
            ["Arrangement", "Status", "Job opportunities", "Region", "Participation", "Signed version", $"Placements {year}", "Share of job opportunities"],
            rows,
            "No arrangements yet."));
        html.Append("</section>");
        return html.ToString();
    }

    /// <summary>A partner by name and code, for example "Delft (GM0503)".</summary>
    private static string Describe(PartnerIdentity partner) =>
        partner.Municipality is { } code && Gazetteer.Default.FindMunicipality(code) is { } municipality ? $"{municipality.Name} ({code})" : partner.ToString();

    private static string Describe(BookingPartner partner) =>
        partner.Municipality is { } code && Gazetteer.Default.FindMunicipality(code) is { } municipality ? $"{municipality.Name} ({code})" : partner.ToString();

    /// <summary>A region by name and code, for example "Haaglanden (AM21)".</summary>
    private static string Name(RegionCode code) =>
        Gazetteer.Default.FindRegion(code) is { } region ? $"{region.Name} ({code})" : code.ToString();

    private static string Names(IEnumerable<RegionCode> regions) =>
        regions.Select(Name).ToArray() is { Length: > 0 } names ? string.Join(", ", names) : "–";

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count's share of a target, withheld with the count (a share and its published target give the count away).</summary>
    private static string Share(ShownCount count, int target) =>
        count.Value is { } value ? Html.Percent(target == 0 ? null : value / target) : ShownCount.Mark;
}
