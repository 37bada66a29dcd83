using System.CommandLine;
using System.Globalization;
using Wsp.Cli.Demo;

namespace Wsp.Cli.Commands;

/// <summary>
/// <c>wsp demo [--placements N] [--arrangements N] [--seed S]</c>: deterministic demo data into the configured store, written
/// by the partners through their own <see cref="Wsp.Sdk.WspClient"/>s; the imported placements through the store's import.
/// </summary>
internal static class DemoCommand
{
    public static Command Create(CliConsole console)
    {
        var placements = new Option<int>("--placements") { Description = "How many imported placements to generate (default 2000).", DefaultValueFactory = _ => 2000 };
        placements.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 10_000_000)
            {
                r.AddError("--placements: 0 to 10,000,000.");
            }
        });
        // Three by default: enough that the dashboard, arrangementMonitoring and the imported placements show some
        // (municipal and joint with UWV, two advisors), few enough to read; the perf scripts ask for the 40 they import under.
        var arrangements = new Option<int>("--arrangements") { Description = "How many final national arrangements ARR-000… to make, each joined by every region (default 3).", DefaultValueFactory = _ => 3 };
        arrangements.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 1000)
            {
                r.AddError("--arrangements: 0 to 1,000.");
            }
        });
        var seed = new Option<int>("--seed") { Description = "The seed: the same seed gives the same data (default 2015).", DefaultValueFactory = _ => 2015 };
        var demo = new Command("demo", "Write realistic, deterministic demo data (employers, visits, vacancies, referrals, booked and imported placements over every region) into the store.");
        demo.Options.Add(placements);
        demo.Options.Add(arrangements);
        demo.Options.Add(seed);
        demo.SetAction((parse, cancellationToken) => Actions.RunWithStoreAsync(console, parse, async (open, ct) =>
        {
            // The partners write through their own clients, as through the gateway: the demo decides nothing itself.
            var partners = new DemoPartners(open.Store);
            var data = new DemoData(partners, parse.GetValue(seed));
            var (regions, written) = await data.WriteWorkflowAsync(ct).ConfigureAwait(false);
            console.Output.WriteLine(written
                ? $"Registered per region ({regions}): an employer, a company visit, a filled vacancy with two referrals and a booked placement, and an open vacancy with a referral."
                : "The demo employers, visits and vacancies are in the store already: left as they are.");
            var arrangementCount = parse.GetValue(arrangements);
            if (arrangementCount > 0)
            {
                var made = await new DemoArrangements(partners).WriteAsync(arrangementCount, ct).ConfigureAwait(false);
                console.Output.WriteLine(Describe(made, arrangementCount));
            }

            var count = parse.GetValue(placements);
            if (count > 0)
            {
                var importId = string.Create(CultureInfo.InvariantCulture, $"demo:{parse.GetValue(seed)}:{count}");
                var result = await open.Store.Placements.ImportAsync(importId, Async(data.Placements(count, arrangementCount)), ct).ConfigureAwait(false);
                console.Output.WriteLine(result.AlreadyImported
                    ? $"The {count:N0} demo placements (import {importId}) are in the store already: nothing written."
                    : $"Imported {result.Placements:N0} demo placements as import {importId}.");
            }

            if (open.Charges.Total > 0)
            {
                console.Output.WriteLine($"Cosmos DB request units consumed: {open.Charges.Total:N1} RU.");
            }

            return ExitCodes.Ok;
        }, cancellationToken));
        return demo;
    }

    private static string Describe(DemoArrangementsWritten made, int count)
    {
        var range = count == 1 ? DemoArrangements.Id(0) : $"{DemoArrangements.Id(0)}…{DemoArrangements.Id(count - 1)}";
        if (!made.Any)
        {
            return $"The national desk, the national employer and arrangements {range} are in the store already: left as they are.";
        }

        var parts = new List<string>();
        if (made.Desk)
        {
            parts.Add($"the national desk (a contact per region, {made.Regions}, and two advisors)");
        }

        if (made.Employer)
        {
            parts.Add($"national employer {DemoArrangements.EmployerAccountId} (establishments in four regions)");
        }

        if (made.Arrangements > 0)
        {
            parts.Add($"{made.Arrangements} final arrangement(s) of {range}, each joined by all {made.Regions} regions through their contacts");
        }

        return $"Stored {string.Join(", ", parts)}.";
    }

    private static async IAsyncEnumerable<T> Async<T>(IEnumerable<T> items)
    {
        foreach (var item in items)
        {
            yield return item;
        }

        await Task.CompletedTask.ConfigureAwait(false);
    }
}
