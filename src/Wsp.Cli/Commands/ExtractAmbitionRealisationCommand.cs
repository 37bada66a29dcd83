using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;
using static Wsp.Cli.Extracts.SuppressedCounts;

namespace Wsp.Cli.Commands;

/// <summary><c>wsp extract ambition-realisation --region AMxx --year Y</c>: figure <c>ambition-realisation/1</c> (H4).</summary>
internal static class ExtractAmbitionRealisationCommand
{
    public static Command Create(ExtractContext context)
    {
        var region = ExtractContext.RegionOption("The labour market region of the ambition table (AMxx).", required: true);
        var year = new Option<int>("--year") { Description = "The ambition's year.", Required = true };
        var command = new Command("ambition-realisation", "Placement ambition against realisation per sector and partner in a year (ambition-realisation/1, rule H4), against the table that holds for the region's year: the newest imported (wsp import ambitions), else the SDK's example (Haaglanden AM21, 2015).");
        command.Options.Add(region);
        command.Options.Add(year);
        command.SetAction((parse, cancellationToken) => Actions.RunWithStoreAsync(context.Console, parse, async (open, ct) =>
        {
            var clock = Stopwatch.StartNew();
            var code = ExtractContext.ParseRegion(parse.GetValue(region))!.Value;
            var wanted = parse.GetValue(year);
            var client = context.Client(open, parse);
            var realisation = await client.AmbitionRealisationAsync(code, wanted, ct).ConfigureAwait(false);
            if (realisation is null)
            {
                var tables = await client.PlacementAmbitionsAsync(code, ct).ConfigureAwait(false);
                var known = tables.Count == 0 ? "none; wsp import ambitions FILE imports them" : string.Join(", ", tables.Select(t => t.Value.Year.ToString(CultureInfo.InvariantCulture)));
                return context.Usage($"no placement ambition table is known for region {code} in {wanted.ToString(CultureInfo.InvariantCulture)} (known years: {known}).");
            }

            var report = realisation.Table.Result;
            var period = report.Period;
            var spec = context.Spec(parse, client, "ambition-realisation.csv", AmbitionRealisationTable.Header, PlacementsFlow.Definition, new ManifestPeriod(From: Dates.Format(period.Start), To: Dates.Format(period.End))) with
            {
                Figure = ManagementFigures.AmbitionRealisation,
                Parameters = new Dictionary<string, string> { ["region"] = code.ToString(), ["year"] = wanted.ToString(CultureInfo.InvariantCulture), ["classification"] = report.ClassificationId },
            };
            return await context.WriteAsync(
                parse,
                $"ambition-realisation-{code}-{wanted.ToString(CultureInfo.InvariantCulture)}",
                spec,
                AmbitionRealisationTable.Rows(realisation),
                $"ambition {report.TotalAmbition:N0}, realised {Shown(realisation.Table.Total.Count)}, outside the table {Shown(realisation.OutsideTable.Count)}",
                clock.Elapsed,
                ct).ConfigureAwait(false);
        }, cancellationToken));
        return command;
    }
}
