using System.CommandLine;
using Spectre.Console;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Storage;

namespace Wsp.Cli.Commands;

/// <summary>
/// <c>wsp stats</c>: what the store holds, per kind and region, as a table.
/// </summary>
/// <remarks>
/// Operator statistics, not a partner's read: the store's holder counts every record of every region (accounts, visits,
/// vacancies, placements), which no client method answers (a client lists a page of records for a caller, or counts a
/// figure). So the command scans the store directly, and shows counts of records only, never a record.
/// </remarks>
internal static class StatsCommand
{
    private const int PageSize = 500;

    public static Command Create(CliConsole console)
    {
        var stats = new Command("stats", "Show what the store holds: employer accounts, visits, vacancies and placements per region.");
        stats.SetAction((parse, cancellationToken) => Actions.RunWithStoreAsync(console, parse, async (open, ct) =>
        {
            var rows = new SortedDictionary<string, int[]>(StringComparer.Ordinal);
            int[] Row(string region) => rows.TryGetValue(region, out var row) ? row : rows[region] = new int[4];

            // One read of the visit counts for every account, not a read per account.
            var visits = await open.Store.Visits.CountPerAccountAsync(ct).ConfigureAwait(false);
            string? continuation = null;
            do
            {
                var page = await open.Store.Accounts.QueryAsync(new AccountsInRegions(regions: null, take: PageSize), continuation, ct).ConfigureAwait(false);
                foreach (var account in page.Items)
                {
                    Row(account.RegionCode)[0]++;
                    Row(account.RegionCode)[1] += visits.GetValueOrDefault(account.Id);
                }

                continuation = page.ContinuationToken;
            }
            while (continuation is not null);

            do
            {
                var page = await open.Store.Vacancies.QueryAsync(new VacanciesInRegions(regions: null, take: PageSize), continuation, ct).ConfigureAwait(false);
                foreach (var vacancy in page.Items)
                {
                    Row(vacancy.RegionCode)[2]++;
                }

                continuation = page.ContinuationToken;
            }
            while (continuation is not null);

            await foreach (var placement in open.Store.Placements.StreamAsync(PlacementFilter.All, ct).ConfigureAwait(false))
            {
                Row(placement.Region.Code.ToString())[3]++;
            }

            var table = new Table().Title($"Store: {Markup.Escape(StoreOptions.Describe(StoreOptions.Configuration(parse, console)))}")
                .AddColumn("Region").AddColumn("Name")
                .AddColumn(new TableColumn("Employer accounts").RightAligned())
                .AddColumn(new TableColumn("Visits").RightAligned())
                .AddColumn(new TableColumn("Vacancies").RightAligned())
                .AddColumn(new TableColumn("Placements").RightAligned());
            var totals = new int[4];
            foreach (var (region, counts) in rows)
            {
                var name = Gazetteer.Default.FindRegion(region)?.Name ?? "";
                table.AddRow([Markup.Escape(region), Markup.Escape(name), .. counts.Select(c => c.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))]);
                for (var i = 0; i < 4; i++)
                {
                    totals[i] += counts[i];
                }
            }

            table.AddRow(["Total", "", .. totals.Select(c => c.ToString("N0", System.Globalization.CultureInfo.InvariantCulture))]);
            console.Out.Write(table);
            return ExitCodes.Ok;
        }, cancellationToken));
        return stats;
    }
}
