using System.CommandLine;
using System.Globalization;
using NodaTime;
using Spectre.Console;
using Wsp.Cli.Arrangements;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Commands;

/// <summary>
/// <c>wsp arrangements list|show|export</c>: the national desk's arrangements (L2–L6) as the store keeps them, read
/// through the operator's client (<see cref="PartnerIdentity.Operator"/>: every arrangement, every region's part).
/// Read-only: the desk's changes go through the gateway, where the lifecycle and who may take each step are checked.
/// </summary>
internal static class ArrangementsCommand
{
    private static readonly string[] s_statuses = ["draft", "concept", "final", "ended"];

    public static Command Create(CliConsole console)
    {
        var arrangements = new Command("arrangements", "The national desk's arrangements (read-only): list, show one, export all as JSON.");
        arrangements.Subcommands.Add(List(console));
        arrangements.Subcommands.Add(Show(console));
        arrangements.Subcommands.Add(Export(console));
        return arrangements;
    }

    private static Command List(CliConsole console)
    {
        var status = new Option<string?>("--status") { Description = "Only arrangements with this status: draft, concept, final or ended." };
        status.AcceptOnlyFromAmong(s_statuses);
        var region = ExtractContext.RegionOption("Only arrangements this region decided on or is asked to decide on (AMxx), with its participation.");
        var list = new Command("list", "List the arrangements: status, employer, advisor, current version and job opportunities, the regions that joined and declined.");
        list.Options.Add(status);
        list.Options.Add(region);
        list.SetAction((parse, cancellationToken) => Actions.RunWithStoreAsync(console, parse, async (open, ct) =>
        {
            var only = ExtractContext.ParseRegion(parse.GetValue(region));
            var wanted = parse.GetValue(status) is { } s ? Enum.Parse<ArrangementStatus>(s, ignoreCase: true) : (ArrangementStatus?)null;
            var found = await open.ClientFor(PartnerIdentity.Operator).ListArrangementsAsync(new ArrangementFilter(Status: wanted, Region: only), ct).ConfigureAwait(false);
            var table = new Table()
                .AddColumn("Id").AddColumn("Employer").AddColumn("Kind").AddColumn("Status").AddColumn("Advisor")
                .AddColumn(new TableColumn("Version").RightAligned()).AddColumn(new TableColumn("Job opportunities").RightAligned())
                .AddColumn("Joined").AddColumn("Declined");
            if (only is not null)
            {
                table.AddColumn($"{only}");
            }

            foreach (var view in found)
            {
                var a = view.Arrangement;
                List<string> cells =
                [
                    a.Id, a.EmployerName, ArrangementExport.Name(a.Kind), ArrangementExport.Name(a.Status), a.AdvisorId,
                    Number(a.Current.Number), Number(a.Current.JobOpportunities) + (a.MeetsPreferredJobOpportunities ? "" : " (< 100, L1)"),
                    Regions(view, RegionParticipation.Joined), Regions(view, RegionParticipation.Declined),
                ];
                if (only is { } code)
                {
                    cells.Add(view.Standings.FirstOrDefault(s => s.Region == code) is { } standing ? ArrangementExport.Name(standing.Participation) : "NOT_ASKED");
                }

                table.AddRow([.. cells.Select(Markup.Escape)]);
            }

            console.Out.Write(table);
            console.Output.WriteLine($"{found.Count:N0} arrangement(s).");
            return ExitCodes.Ok;
        }, cancellationToken));
        return list;
    }

    private static Command Show(CliConsole console)
    {
        var id = new Argument<string>("ID") { Description = "The arrangement's id." };
        var show = new Command("show", "Show one arrangement: its versions and job opportunities, each region's standing and the version it signed, the regions' input, linked regional agreements and UWV references.");
        show.Arguments.Add(id);
        show.SetAction((parse, cancellationToken) => Actions.RunWithStoreAsync(console, parse, async (open, ct) =>
        {
            var wanted = parse.GetRequiredValue(id);
            var found = await open.ClientFor(PartnerIdentity.Operator).FindArrangementAsync(wanted, ct).ConfigureAwait(false);
            if (found is null)
            {
                console.Fail($"wsp: no arrangement has id '{wanted}' (wsp arrangements list shows them).");
                return ExitCodes.Refused;
            }

            Write(console, found);
            return ExitCodes.Ok;
        }, cancellationToken));
        return show;
    }

    private static Command Export(CliConsole console)
    {
        var output = new Option<string>("--out") { Description = "The JSON file to write (format wsp-arrangements/1, docs/arrangements-export.md).", Required = true };
        var export = new Command("export", "Write every arrangement as the store keeps it (versions, input, decisions, regional agreements, UWV references) to a JSON file, atomically.");
        export.Options.Add(output);
        export.SetAction((parse, cancellationToken) => Actions.RunWithStoreAsync(console, parse, async (open, ct) =>
        {
            // The operator's view of an arrangement is the whole record: every region's decisions, input and agreements.
            var all = (await open.ClientFor(PartnerIdentity.Operator).ListArrangementsAsync(ArrangementFilter.All, ct).ConfigureAwait(false)).Select(v => v.Arrangement).ToList();
            var path = console.PathOf(parse.GetRequiredValue(output));
            var directory = Path.GetDirectoryName(path)!;
            Directory.CreateDirectory(directory);
            var temporary = Path.Combine(directory, "." + Path.GetFileName(path) + ".tmp-" + Guid.NewGuid().ToString("N"));
            try
            {
                await File.WriteAllTextAsync(temporary, ArrangementExport.Of(all, SystemClock.Instance.GetCurrentInstant(), ExtractWriter.SdkVersion).ToJson(), ct).ConfigureAwait(false);
                File.Move(temporary, path, overwrite: true);
            }
            finally
            {
                File.Delete(temporary);
            }

            console.Output.WriteLine($"Wrote {path} ({all.Count:N0} arrangement(s), {ArrangementExport.CurrentFormat}).");
            return ExitCodes.Ok;
        }, cancellationToken));
        return export;
    }

    private static void Write(CliConsole console, ArrangementView view)
    {
        var a = view.Arrangement;
        var output = console.Out;
        output.WriteLine($"Arrangement {a.Id}: {a.EmployerName}{(a.Employer is { } kvk ? $" (KvK {kvk})" : "")}, account {a.AccountId}");
        output.WriteLine($"Kind {ArrangementExport.Name(a.Kind)}, status {ArrangementExport.Name(a.Status)}, managed by advisor {a.AdvisorId}");
        output.WriteLine($"Job opportunities (current version {Number(a.Current.Number)}): {Number(a.Current.JobOpportunities)}; the desk prefers at least {Number(Arrangement.PreferredJobOpportunities)} (L1, shown, not enforced): {(a.MeetsPreferredJobOpportunities ? "met" : "not met")}");

        var versions = new Table().Title("Versions").AddColumn(new TableColumn("Version").RightAligned()).AddColumn("Written at").AddColumn(new TableColumn("Job opportunities").RightAligned()).AddColumn("Terms");
        foreach (var v in a.Versions)
        {
            versions.AddRow(Number(v.Number), Markup.Escape(ArrangementExport.Instant(v.At)), Number(v.JobOpportunities), Markup.Escape(v.Terms));
        }

        output.Write(versions);

        var regions = new Table().Title("Regions").AddColumn("Region").AddColumn("Name").AddColumn("Standing").AddColumn(new TableColumn("Signed version").RightAligned())
            .AddColumn(new TableColumn("Job opportunities signed").RightAligned()).AddColumn("Decided by").AddColumn("At");
        foreach (var standing in view.Standings.Where(s => s.Decision is not null))
        {
            var signed = a.Versions.FirstOrDefault(v => v.Number == standing.SignedVersion);
            regions.AddRow(
                standing.Region.ToString(),
                Markup.Escape(Gazetteer.Default.FindRegion(standing.Region)?.Name ?? ""),
                ArrangementExport.Name(standing.Participation),
                signed is null ? "" : Number(signed.Number),
                signed is null ? "" : Number(signed.JobOpportunities),
                Markup.Escape(standing.Decision!.DecidedBy),
                Markup.Escape(ArrangementExport.Instant(standing.Decision.At)));
        }

        output.Write(regions);
        output.WriteLine(a.Status == ArrangementStatus.Final
            ? "Every other region: PENDING (the arrangement is final; each region decides for itself, L2)."
            : $"The regions decide once the arrangement is final (now {ArrangementExport.Name(a.Status)}).");

        if (view.Inputs.Count > 0)
        {
            var inputs = new Table().Title("Regions' input").AddColumn("Region").AddColumn(new TableColumn("On version").RightAligned()).AddColumn("At").AddColumn("Input");
            foreach (var i in view.Inputs)
            {
                inputs.AddRow(i.Region.ToString(), Number(i.OnVersion), Markup.Escape(ArrangementExport.Instant(i.At)), Markup.Escape(i.Input));
            }

            output.Write(inputs);
        }

        output.WriteLine(view.RegionalAgreements.Count == 0
            ? "Linked regional agreements (L3): none"
            : "Linked regional agreements (L3): " + string.Join("; ", view.RegionalAgreements.Select(r => $"{r.Region} {r.Reference}")));
        output.WriteLine(a.UwvReferences.Count == 0
            ? "UWV references (L6): none"
            : "UWV references (L6): " + string.Join(", ", a.UwvReferences));
    }

    private static string Regions(ArrangementView view, RegionParticipation participation) =>
        string.Join(" ", view.Standings.Where(s => s.Participation == participation).Select(s => s.Region.ToString()));

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
