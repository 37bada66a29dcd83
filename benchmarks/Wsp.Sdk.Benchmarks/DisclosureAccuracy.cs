using System.Globalization;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Sqlite;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Benchmarks;

/// <summary>
/// What the ministry's disclosure (cell-key/1) costs in accuracy (issue 16, item 2): every figure of its query space is
/// counted exactly and disclosed, and each group with records is compared with what the ministry is shown. Not a
/// benchmark (nothing is timed): <c>dotnet run -c Release --project benchmarks/Wsp.Sdk.Benchmarks -- accuracy</c> over
/// 1,000,000 generated placements, and with <c>--sqlite FILE</c> over the placements of a store file (the demo's).
/// </summary>
internal static class DisclosureAccuracy
{
    private static readonly DateInterval s_year = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31));
    private static readonly DateInterval s_month = new(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30));
    private static readonly LocalDate s_monthEnd = new(2025, 12, 31);

    public static async Task<int> RunAsync(string[] args)
    {
        var sqlite = args.SkipWhile(a => a != "--sqlite").Skip(1).FirstOrDefault();
        IReadOnlyList<Placement> placements;
        string source;
        if (sqlite is null)
        {
            placements = PlacementData.Generate(1_000_000);
            source = "1,000,000 generated placements (PlacementData, seed 20151400)";
        }
        else
        {
            using var store = new SqliteWspStore(new SqliteStoreOptions { Path = sqlite });
            await store.InitializeAsync();
            placements = await store.Placements.StreamAsync(PlacementFilter.All).ToListAsync();
            source = string.Create(CultureInfo.InvariantCulture, $"the {placements.Count:N0} placements of {Path.GetFileName(sqlite)}");
        }

        Console.WriteLine($"Disclosure accuracy of {FigureDisclosure.CellKeyMethod} (threshold {FigureDisclosure.DefaultThreshold}) over {source}.");
        Console.WriteLine();
        Console.WriteLine("| figure | entries with records (groups and totals) | withheld (not listed) | records in withheld entries | published exact | mean abs. error | max abs. error | mean rel. error | total: exact → published |");
        Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        var ministry = FigureDisclosure.CellKey();
        var exact = FigureDisclosure.Exact;
        foreach (var by in new[] { PlacementDimensions.None, PlacementDimensions.Region, PlacementDimensions.Sector, PlacementDimensions.TargetGroup, PlacementDimensions.Region | PlacementDimensions.Sector, PlacementDimensions.Region | PlacementDimensions.Partner, PlacementDimensions.Employer })
        {
            var flow = PlacementsFlow.Count(placements, s_year, by);
            Row($"placements-flow/1, 2025, by {by}", exact.Disclose(flow).Entries, ministry.Disclose(flow).Entries);
        }

        var month = PlacementsFlow.Count(placements, s_month, PlacementDimensions.Region);
        Row("placements-flow/1, June 2025, by Region", exact.Disclose(month).Entries, ministry.Disclose(month).Entries);

        var stock = JobAgreementJobs.Count(placements, s_monthEnd);
        Row("job-agreement-jobs/2 at 2025-12-31, region × kind", exact.Disclose(stock).Entries, ministry.Disclose(stock).Entries);
        foreach (var by in new[] { PlacementDimensions.Sector, PlacementDimensions.Region | PlacementDimensions.Sector, PlacementDimensions.Region | PlacementDimensions.Employer })
        {
            var breakdown = JobAgreementBreakdown.Count(placements, s_monthEnd, by);
            Row($"job-agreement-breakdown/1 at 2025-12-31, by {by}", exact.Disclose(breakdown).Entries, ministry.Disclose(breakdown).Entries);
        }

        var durability = PlacementDurability.Count(placements, new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31)), s_monthEnd, PlacementDimensions.Region);
        Row("placement-durability/1, 2024, by Region (started)", exact.Disclose(durability).Groups.Select(g => g.Started).ToArray(), ministry.Disclose(durability).Groups.Select(g => g.Started).ToArray(), exact.Disclose(durability).Total.Started, ministry.Disclose(durability).Total.Started);
        Row("placement-durability/1, 2024, by Region (running at 12 months)", exact.Disclose(durability).Groups.Select(g => g.RunningAtTwelveMonths).ToArray(), ministry.Disclose(durability).Groups.Select(g => g.RunningAtTwelveMonths).ToArray(), exact.Disclose(durability).Total.RunningAtTwelveMonths, ministry.Disclose(durability).Total.RunningAtTwelveMonths);
        return 0;
    }

    // Entries are the groups, the row and column totals and the grand total (row and column both null); groups and totals
    // alike are compared, the grand total shown apart.
    private static void Row(string figure, IReadOnlyList<SuppressedEntry> exact, IReadOnlyList<SuppressedEntry> disclosed)
    {
        var total = exact.Single(e => e.Row is null && e.Column is null);
        var shown = disclosed.Single(e => e.Row is null && e.Column is null);
        Row(figure, [.. exact.Where(e => e.Row is not null || e.Column is not null)], [.. disclosed.Where(e => e.Row is not null || e.Column is not null)], total, shown);
    }

    private static void Row(string figure, IReadOnlyList<SuppressedEntry> exact, IReadOnlyList<SuppressedEntry> disclosed, SuppressedEntry total, SuppressedEntry shown)
    {
        var published = disclosed.Where(e => !e.IsSuppressed).ToDictionary(e => (e.Row, e.Column), e => e.Count!.Value);
        int groups = 0, withheld = 0, exactCount = 0;
        long records = 0, withheldRecords = 0, absolute = 0, max = 0;
        double relative = 0;
        foreach (var entry in exact.Where(e => e.Count > 0))
        {
            groups++;
            records += entry.Count!.Value;
            if (!published.TryGetValue((entry.Row, entry.Column), out var count))
            {
                withheld++;
                withheldRecords += entry.Count.Value;
                continue;
            }

            var error = Math.Abs(count - entry.Count.Value);
            exactCount += error == 0 ? 1 : 0;
            absolute += error;
            max = Math.Max(max, error);
            relative += (double)error / entry.Count.Value;
        }

        var publishedGroups = groups - withheld;
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| {figure} | {groups:N0} | {withheld:N0} ({Share(withheld, groups)}) | {withheldRecords:N0} ({Share(withheldRecords, records)}) | {Share(exactCount, publishedGroups)} | {(publishedGroups == 0 ? 0 : (double)absolute / publishedGroups):F2} | {max} | {(publishedGroups == 0 ? 0 : relative / publishedGroups * 100):F2} % | {total.Count:N0} → {(shown.Count is { } c ? c.ToString("N0", CultureInfo.InvariantCulture) : "withheld")} |"));
    }

    private static string Share(long part, long whole) => whole == 0 ? "—" : ((double)part / whole).ToString("P1", CultureInfo.InvariantCulture);
}
