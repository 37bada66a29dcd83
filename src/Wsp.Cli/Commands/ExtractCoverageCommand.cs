using System.CommandLine;
using System.Diagnostics;
using Wsp.Cli.Extracts;
using Wsp.Sdk.Counting;
using Wsp.Sdk.ManagementInformation;

namespace Wsp.Cli.Commands;

/// <summary>
/// <c>wsp extract coverage --region AMxx --as-of D [--contacts FILE]</c>: figure <c>sector-coverage/1</c> (H5). The
/// denominators are the totals stored for the region (the newest on or before the date); the employers in contact are
/// derived by the SDK from the records (accounts in contact and vacancies in the twelve months up to the date, with their
/// recorded staff counts), or given in a CSV file for a what-if.
/// </summary>
internal static class ExtractCoverageCommand
{
    public static Command Create(ExtractContext context)
    {
        var region = ExtractContext.RegionOption("The labour market region (AMxx).", required: true);
        var asOf = Dates.Option("--as-of", "The stored sector totals used are the newest on or before this date (yyyy-MM-dd).");
        var contacts = ExtractInputFile.Option("--contacts", $"Use these employers in contact instead of those derived from the records (a what-if): CSV with the header {string.Join(",", FigureInputs.ContactsHeader)}.");
        var command = new Command("coverage", "Coverage ratio per sector: employers with at least 10 employees in contact against the stored totals, with their source and date (sector-coverage/1 from coverage-ratio/1, rule H5).");
        command.Options.Add(region);
        command.Options.Add(asOf);
        command.Options.Add(contacts);
        command.SetAction((parse, cancellationToken) => Actions.Guard(context.Console, async () =>
        {
            IReadOnlyList<EmployerContact>? read = null;
            var input = "derived from the records: accounts in contact and vacancies in the 12 months up to the date, with their recorded staff counts";
            if (parse.GetValue(contacts) is { } file)
            {
                (read, var exit, input) = await ExtractInputFile.ReadAsync(context.Console, file, "--contacts", FigureInputs.ReadContacts, cancellationToken).ConfigureAwait(false);
                if (read is null)
                {
                    return exit;
                }
            }

            var code = ExtractContext.ParseRegion(parse.GetValue(region))!.Value;
            var date = parse.GetValue(asOf);
            return await Actions.RunWithStoreAsync(context.Console, parse, async (open, ct) =>
            {
                var clock = Stopwatch.StartNew();
                var client = context.Client(open, parse);
                var disclosed = await client.CoverageAsync(code, date, read, ct).ConfigureAwait(false);
                if (disclosed is not { Result: var report })
                {
                    context.Console.Fail($"wsp: no sector employer totals are stored for region {code} on or before {Dates.Format(date)} (the gateway's recordSectorEmployerTotals records them).");
                    return ExitCodes.Refused;
                }

                // Employers are counted like people: for the ministry the client withheld and perturbed them (cell key method).
                var spec = context.Spec(parse, client, "coverage.csv", CoverageTable.Header, CoverageRatio.Definition, new ManifestPeriod(At: Dates.Format(date))) with
                {
                    Figure = ManagementFigures.SectorCoverage,
                    Parameters = new Dictionary<string, string>
                    {
                        ["region"] = code.ToString(),
                        ["contacts"] = input,
                        ["totalsDate"] = Dates.Format(report.TotalsDate),
                        ["totalsSource"] = report.TotalsSource,
                    },
                };
                return await context.WriteAsync(
                    parse,
                    $"coverage-{code}-{Dates.Format(date)}",
                    spec,
                    CoverageTable.Rows(disclosed),
                    $"{report.Sectors.Count:N0} sectors, totals of {Dates.Format(report.TotalsDate)} ({report.TotalsSource})",
                    clock.Elapsed,
                    ct).ConfigureAwait(false);
            }, cancellationToken).ConfigureAwait(false);
        }));
        return command;
    }
}
