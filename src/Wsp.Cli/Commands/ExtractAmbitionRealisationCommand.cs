using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;

namespace Wsp.Cli.Commands;

/// <summary><c>wsp extract ambition-realisation --region AMxx --year Y</c>: figure <c>ambition-realisation/1</c> (H4).</summary>
internal static class ExtractAmbitionRealisationCommand
{
    public static Command Create(ExtractContext context)
    {
        var region = ExtractContext.RegionOption("The labour market region of the ambition table (AMxx).", required: true);
        var year = new Option<int>("--year") { Description = "The ambition's year.", Required = true };
        var command = new Command("ambition-realisation", "Placement ambition against realisation per sector and partner in a year (ambition-realisation/1, rule H4), for the ambition tables the SDK ships (Haaglanden AM21, 2015).");
        command.Options.Add(region);
        command.Options.Add(year);
        command.SetAction((parse, cancellationToken) =>
        {
            var code = ExtractContext.ParseRegion(parse.GetValue(region))!.Value;
            var wanted = parse.GetValue(year);
            var table = PlacementAmbitions.All.FirstOrDefault(t => t.Region == code && t.Year == wanted);
            if (table is null)
            {
                var known = string.Join(", ", PlacementAmbitions.All.Select(t => $"{t.Region} {t.Year.ToString(CultureInfo.InvariantCulture)}"));
                return Task.FromResult(context.Usage($"no placement ambition table is known for region {code} in {wanted.ToString(CultureInfo.InvariantCulture)} (known: {known})."));
            }

            return Actions.RunWithStoreAsync(context.Console, parse, async (open, ct) =>
            {
                var clock = Stopwatch.StartNew();
                var report = await new ManagementFigureSource(open.Store).AmbitionRealisationAsync(table, ct).ConfigureAwait(false);
                var (suppression, manifestSuppression) = context.Suppression(parse);
                var period = AmbitionRealisation.PeriodOf(table);
                var spec = new ExtractSpec("ambition-realisation.csv", AmbitionRealisationTable.Header, PlacementsFlow.Definition, new ManifestPeriod(From: Dates.Format(period.Start), To: Dates.Format(period.End)), context.AudienceOf(parse), manifestSuppression)
                {
                    Figure = ManagementFigures.AmbitionRealisation,
                    Parameters = new Dictionary<string, string> { ["region"] = code.ToString(), ["year"] = wanted.ToString(CultureInfo.InvariantCulture), ["classification"] = report.ClassificationId },
                };
                return await context.WriteAsync(
                    parse,
                    $"ambition-realisation-{code}-{wanted.ToString(CultureInfo.InvariantCulture)}",
                    spec,
                    AmbitionRealisationTable.Rows(report, suppression),
                    $"ambition {report.TotalAmbition:N0}, realised {report.TotalRealised:N0}, outside the table {report.OutsideTable:N0}",
                    clock.Elapsed,
                    ct).ConfigureAwait(false);
            }, cancellationToken);
        });
        return command;
    }
}
