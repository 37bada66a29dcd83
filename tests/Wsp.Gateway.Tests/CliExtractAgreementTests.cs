using System.Globalization;
using System.Text;
using System.Text.Json;
using Wsp.Sdk.Partners;
using Wsp.Testing.Cosmos;

namespace Wsp.Gateway.Tests;

/// <summary>
/// "The same numbers in GraphQL and in extracts" (issue 7): the <c>wsp</c> tool (run as a real process, as a user runs
/// it) imports placements into a SQLite file and extracts a management figure; the gateway over the same file answers
/// the same figure through GraphQL, group for group; for the ministry (<c>--for ministry</c>) with the same counts withheld
/// (DESIGN.md, Security model). Extra jobs and durability agree on both stores: the SQLite file, and a database on the
/// Cosmos DB stand-in the tool and the gateway are configured for. The tool is referenced only so its build sits next to the tests.
/// </summary>
public sealed class CliExtractAgreementTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("wsp-gateway-cli-").FullName;

    private string Database => Path.Combine(_directory, "wsp.db");

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task H6_the_job_agreement_breakdown_extract_equals_the_gateways_answer_over_the_same_store()
    {
        var csv = Path.Combine(_directory, "placements.csv");
        await File.WriteAllTextAsync(csv, Placements(400), new UTF8Encoding(false));
        await RunToolAsync("import", "placements", csv);
        await RunToolAsync("extract", "job-agreement-breakdown", "--at", "2025-06-30", "--by", "sector,partner", "--out", "extract");
        var extracted = File.ReadAllLines(Path.Combine(_directory, "extract", "job-agreement-breakdown.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        using var gateway = new SharedFileGateway(Database);
        var answer = await gateway.PostAsync("{ jobAgreementBreakdown(at: \"2025-06-30\", by: [SECTOR, PARTNER]) { figure jobs workingPersons groups { items { sectorCode partner workingPersons hoursPerWeek jobs } } } }", null, PartnerIdentity.NationalDesk);

        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
        var figure = answer.Data.GetProperty("jobAgreementBreakdown");
        Assert.Equal("job-agreement-breakdown/1", figure.GetProperty("figure").GetString());
        var groups = figure.GetProperty("groups").GetProperty("items").EnumerateArray().ToList();
        var cells = extracted.Where(r => r[0] != "TOTAL" && r[1] != "TOTAL").ToList();
        Assert.True(groups.Count > 5);
        Assert.Equal(
            groups.Select(g => $"{g.GetProperty("sectorCode").GetString()}|{g.GetProperty("partner").GetString()}|{g.GetProperty("workingPersons").GetInt32()}|{Hours(g.GetProperty("hoursPerWeek").GetDouble())}|{Jobs(g.GetProperty("jobs").GetDouble())}"),
            cells.Select(r => $"{r[0]}|{r[1]}|{r[2]}|{r[3]}|{r[4]}"));
        var total = extracted.Single(r => r[0] == "TOTAL" && r[1] == "TOTAL");
        Assert.Equal(figure.GetProperty("workingPersons").GetInt32(), int.Parse(total[2], CultureInfo.InvariantCulture));
        Assert.Equal(Jobs(figure.GetProperty("jobs").GetDouble()), total[4]);
    }

    [Fact]
    public async Task Security_the_ministrys_job_agreement_breakdown_in_GraphQL_equals_its_extract_group_for_group()
    {
        var csv = Path.Combine(_directory, "placements.csv");
        await File.WriteAllTextAsync(csv, Placements(400), new UTF8Encoding(false));
        await RunToolAsync("import", "placements", csv);
        await RunToolAsync("extract", "job-agreement-breakdown", "--at", "2025-06-30", "--by", "region,employer", "--for", "ministry", "--out", "extract");
        var extracted = File.ReadAllLines(Path.Combine(_directory, "extract", "job-agreement-breakdown.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        using var gateway = new SharedFileGateway(Database);
        var answer = await gateway.PostAsync("{ jobAgreementBreakdown(at: \"2025-06-30\", by: [REGION, EMPLOYER]) { jobs workingPersons suppressed groups { items { region employerKvk workingPersons hoursPerWeek jobs suppressed } } } }", null, PartnerIdentity.Ministry);

        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
        var figure = answer.Data.GetProperty("jobAgreementBreakdown");
        var groups = figure.GetProperty("groups").GetProperty("items").EnumerateArray().ToList();
        var cells = extracted.Where(r => r[0] != "TOTAL" && r[1] != "TOTAL").ToList();
        // A group is listed only when its count is published (cell-key/1): no count below 5 is in either.
        Assert.All(cells, r => Assert.True(r[2].Length == 0 || int.Parse(r[2], CultureInfo.InvariantCulture) >= 5, string.Join(',', r)));
        Assert.Equal(
            groups.Select(g => $"{g.GetProperty("region").GetString()}|{g.GetProperty("employerKvk").GetString()}|{Count(g.GetProperty("workingPersons"))}|{Hours(g.GetProperty("hoursPerWeek"))}|{Jobs(g.GetProperty("jobs"))}|{Mark(g)}"),
            cells.Select(r => string.Join('|', r)));
        var total = extracted.Single(r => r[0] == "TOTAL" && r[1] == "TOTAL");
        Assert.Equal($"{Count(figure.GetProperty("workingPersons"))}|{Jobs(figure.GetProperty("jobs"))}|{Mark(figure)}", $"{total[2]}|{total[4]}|{total[5]}");
    }

    [Fact]
    public async Task Security_the_ministrys_job_agreement_breakdown_read_a_page_at_a_time_withholds_as_the_whole_figure()
    {
        // The ministry's groups are recorded page by page, not all at once; every page must carry the whole table's choices.
        var csv = Path.Combine(_directory, "placements.csv");
        await File.WriteAllTextAsync(csv, Placements(400), new UTF8Encoding(false));
        await RunToolAsync("import", "placements", csv);
        const string Query = "query($first: Int, $after: String) { jobAgreementBreakdown(at: \"2025-06-30\", by: [REGION, SECTOR]) { groups(first: $first, after: $after) { pageInfo { hasNextPage endCursor } items { region sectorCode workingPersons hoursPerWeek suppressed } } } }";
        using var gateway = new SharedFileGateway(Database);
        var whole = Items((await gateway.PostAsync(Query, null, PartnerIdentity.Ministry)).Data);

        var paged = new List<string>();
        string? after = null;
        do
        {
            var answer = await gateway.PostAsync(Query, new { first = 3, after }, PartnerIdentity.Ministry);
            Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
            paged.AddRange(Items(answer.Data));
            var pageInfo = answer.Data.GetProperty("jobAgreementBreakdown").GetProperty("groups").GetProperty("pageInfo");
            after = pageInfo.GetProperty("hasNextPage").GetBoolean() ? pageInfo.GetProperty("endCursor").GetString() : null;
        }
        while (after is not null);

        Assert.True(whole.Count > 3, string.Join('\n', whole));
        Assert.Equal(whole, paged);

        static List<string> Items(JsonElement data) =>
        [
            .. data.GetProperty("jobAgreementBreakdown").GetProperty("groups").GetProperty("items").EnumerateArray()
                .Select(g => $"{g.GetProperty("region").GetString()}|{g.GetProperty("sectorCode").GetString()}|{Count(g.GetProperty("workingPersons"))}|{Hours(g.GetProperty("hoursPerWeek"))}|{Mark(g)}"),
        ];
    }

    [Fact]
    public async Task Security_the_ministrys_placements_flow_in_GraphQL_equals_its_placements_extract()
    {
        var csv = Path.Combine(_directory, "placements.csv");
        await File.WriteAllTextAsync(csv, Placements(400), new UTF8Encoding(false));
        await RunToolAsync("import", "placements", csv);
        await RunToolAsync("extract", "placements", "--from", "2024-01-01", "--to", "2024-03-31", "--for", "ministry", "--out", "extract");
        var extracted = File.ReadAllLines(Path.Combine(_directory, "extract", "placements.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        using var gateway = new SharedFileGateway(Database);
        var answer = await gateway.PostAsync("{ placementsFlow(from: \"2024-01-01\", to: \"2024-03-31\", by: [REGION, SECTOR]) { total suppressed groups { items { region sectorCode placements suppressed } } } }", null, PartnerIdentity.Ministry);

        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
        var flow = answer.Data.GetProperty("placementsFlow");
        var cells = extracted.Where(r => r[0] != "TOTAL" && r[1] != "TOTAL").ToList();
        Assert.All(cells, r => Assert.True(r[2].Length == 0 || int.Parse(r[2], CultureInfo.InvariantCulture) >= 5, string.Join(',', r)));
        Assert.Equal(
            flow.GetProperty("groups").GetProperty("items").EnumerateArray().Select(g => $"{g.GetProperty("region").GetString()}|{g.GetProperty("sectorCode").GetString()}|{Count(g.GetProperty("placements"))}|{Mark(g)}"),
            cells.Select(r => string.Join('|', r)));
        var total = extracted.Single(r => r[0] == "TOTAL" && r[1] == "TOTAL");
        Assert.Equal($"{Count(flow.GetProperty("total"))}|{Mark(flow)}", $"{total[2]}|{total[3]}");
    }

    [Theory]
    [InlineData("sqlite", false)]
    [InlineData("sqlite", true)]
    [InlineData("cosmos", false)]
    [InlineData("cosmos", true)]
    public async Task Extra_jobs_extract_against_the_imported_baseline_equals_GraphQLs_extraJobs_for_a_partner_and_the_ministry(string store, bool ministry)
    {
        using var tool = ToolStore.Of(store, _directory, Database);
        // Haaglanden has a government cell without jobs (listed for its baseline); Amsterdam a few government jobs (a small count).
        var csv = Path.Combine(_directory, "placements.csv");
        await File.WriteAllTextAsync(csv, Placements(400) + GovernmentRows("GM0363", 2), new UTF8Encoding(false));
        var baseline = Path.Combine(_directory, "baseline.csv");
        await File.WriteAllTextAsync(baseline, "region_code,employer_kind,jobs\nAM21,MARKET,25.5\nAM21,GOVERNMENT,1.25\nAM18,MARKET,12\nAM18,GOVERNMENT,0\n", new UTF8Encoding(false));
        await tool.RunAsync("import", "placements", csv);
        await tool.RunAsync("import", "baseline", baseline);
        await tool.RunAsync(["extract", "extra-jobs", "--at", "2025-06-30", "--out", "extract", .. ministry ? new[] { "--for", "ministry" } : []]);
        var extracted = File.ReadAllLines(Path.Combine(_directory, "extract", "extra-jobs.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        using var gateway = tool.Gateway();
        var answer = await gateway.PostAsync(
            "{ extraJobs(at: \"2025-06-30\") { definition jobsDefinition baselineSource jobs baselineJobs extraJobs marketExtraJobs governmentExtraJobs suppressed disclosure { method } groups { region employerKind jobs baselineJobs extraJobs suppressed } } }",
            null,
            ministry ? PartnerIdentity.Ministry : PartnerIdentity.NationalDesk);

        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
        var figure = answer.Data.GetProperty("extraJobs");
        Assert.Equal(("extra-jobs/1", "job-agreement-jobs/2", ministry ? "cell-key/1" : "exact"), (figure.GetProperty("definition").GetString(), figure.GetProperty("jobsDefinition").GetString(), figure.GetProperty("disclosure").GetProperty("method").GetString()));
        Assert.StartsWith("baseline.csv sha256:", figure.GetProperty("baselineSource").GetString(), StringComparison.Ordinal);
        var groups = figure.GetProperty("groups").EnumerateArray().ToList();
        var cells = extracted.Where(r => r[0] != "TOTAL" && r[1] != "TOTAL").ToList();
        Assert.Contains(cells, r => r[0] == "AM21" && r[1] == "GOVERNMENT" && r[3] == "1.25");
        if (ministry)
        {
            Assert.Contains(cells, r => r[0] == "AM18" && r[1] == "GOVERNMENT" && r[2] == "" && r[4] == "" && r[5] == "small-count");
        }

        Assert.Equal(
            groups.Select(g => $"{g.GetProperty("region").GetString()}|{g.GetProperty("employerKind").GetString()}|{Jobs(g.GetProperty("jobs"))}|{Jobs(g.GetProperty("baselineJobs"))}|{Jobs(g.GetProperty("extraJobs"))}|{Mark(g)}").Order(StringComparer.Ordinal),
            cells.Select(r => string.Join('|', r)).Order(StringComparer.Ordinal));
        var total = extracted.Single(r => r[0] == "TOTAL" && r[1] == "TOTAL");
        Assert.Equal($"{Jobs(figure.GetProperty("jobs"))}|{Jobs(figure.GetProperty("baselineJobs"))}|{Jobs(figure.GetProperty("extraJobs"))}|{Mark(figure)}", string.Join('|', total[2..]));
        Assert.Equal(Jobs(figure.GetProperty("marketExtraJobs")), extracted.Single(r => r[0] == "TOTAL" && r[1] == "MARKET")[4]);
        Assert.Equal(Jobs(figure.GetProperty("governmentExtraJobs")), extracted.SingleOrDefault(r => r[0] == "TOTAL" && r[1] == "GOVERNMENT")?[4] ?? "");
    }

    [Theory]
    [InlineData("sqlite", false)]
    [InlineData("sqlite", true)]
    [InlineData("cosmos", false)]
    [InlineData("cosmos", true)]
    public async Task Durability_extract_equals_GraphQLs_placementDurability_for_a_partner_and_the_ministry(string store, bool ministry)
    {
        using var tool = ToolStore.Of(store, _directory, Database);
        var csv = Path.Combine(_directory, "placements.csv");
        await File.WriteAllTextAsync(csv, Placements(400) + GovernmentRows("GM0363", 2), new UTF8Encoding(false));
        await tool.RunAsync("import", "placements", csv);
        await tool.RunAsync(["extract", "durability", "--from", "2024-01-01", "--to", "2024-12-31", "--at", "2025-06-30", "--by", "region,target-group", "--out", "extract", .. ministry ? new[] { "--for", "ministry" } : []]);
        var extracted = File.ReadAllLines(Path.Combine(_directory, "extract", "durability.csv")).Skip(1).Select(l => l.Split(',')).ToList();

        using var gateway = tool.Gateway();
        var answer = await gateway.PostAsync(
            "{ placementDurability(from: \"2024-01-01\", to: \"2024-12-31\", measuringDate: \"2025-06-30\", by: [REGION, TARGET_GROUP]) { definition measuringDate disclosure { method } total { ...counts } groups { region targetGroup ...counts } } } fragment counts on PlacementDurabilityGroup { started measuredAtSixMonths runningAtSixMonths shareRunningAtSixMonths measuredAtTwelveMonths runningAtTwelveMonths shareRunningAtTwelveMonths suppressed }",
            null,
            ministry ? PartnerIdentity.Ministry : PartnerIdentity.NationalDesk);

        Assert.True(answer.Status == 200 && answer.ErrorCodes.Count == 0, answer.ToString());
        var figure = answer.Data.GetProperty("placementDurability");
        Assert.Equal(("placement-durability/1", "2025-06-30", ministry ? "cell-key/1" : "exact"), (figure.GetProperty("definition").GetString(), figure.GetProperty("measuringDate").GetString(), figure.GetProperty("disclosure").GetProperty("method").GetString()));
        var groups = figure.GetProperty("groups").EnumerateArray().ToList();
        Assert.True(groups.Count >= 4);
        Assert.Equal(
            [.. groups.Select(g => $"{g.GetProperty("region").GetString()}|{g.GetProperty("targetGroup").GetString()}|{Durability(g)}"), $"TOTAL|TOTAL|{Durability(figure.GetProperty("total"))}"],
            extracted.Select(r => string.Join('|', r)));

        // A quarter of Haaglanden's and Amsterdam's placements end after 90 days: the shares are below 1 and the same both ways.
        Assert.InRange(figure.GetProperty("total").GetProperty("shareRunningAtSixMonths").GetDouble(), 0.5, 0.99);
    }

    private static string Durability(JsonElement g) => string.Join(
        '|',
        Count(g.GetProperty("started")),
        Count(g.GetProperty("measuredAtSixMonths")),
        Count(g.GetProperty("runningAtSixMonths")),
        Jobs(g.GetProperty("shareRunningAtSixMonths")),
        Count(g.GetProperty("measuredAtTwelveMonths")),
        Count(g.GetProperty("runningAtTwelveMonths")),
        Jobs(g.GetProperty("shareRunningAtTwelveMonths")),
        Mark(g));

    /// <summary>Banenafspraak placements at government employers in one municipality (placements CSV v1 rows, no header), running from 2024.</summary>
    private static string GovernmentRows(string municipality, int count) => string.Concat(Enumerable.Range(0, count).Select(i =>
        $"G-{i:D5},VG-{i:D4},{20_000_000 + i:D8},{municipality},PUBLIC_ADMINISTRATION_EDUCATION,KG-{i:D6},{municipality},PARTICIPATIEWET;BANENAFSPRAAK,2024-03-0{i + 1},,25.5,GOVERNMENT,\n"));

    private static string Count(JsonElement value) => value.ValueKind == JsonValueKind.Null ? "" : value.GetInt32().ToString(CultureInfo.InvariantCulture);

    private static string Hours(JsonElement value) => value.ValueKind == JsonValueKind.Null ? "" : Hours(value.GetDouble());

    private static string Jobs(JsonElement value) => value.ValueKind == JsonValueKind.Null ? "" : Jobs(value.GetDouble());

    private static string Mark(JsonElement value) => value.GetProperty("suppressed").GetString() switch
    {
        "SMALL_COUNT" => "small-count",
        _ => "",
    };

    private static string Hours(double hours) => ((decimal)hours).ToString("0.######", CultureInfo.InvariantCulture);

    private static string Jobs(double jobs) => Math.Round((decimal)jobs, 4, MidpointRounding.AwayFromZero).ToString("0.0###", CultureInfo.InvariantCulture);

    /// <summary>Placements CSV v1: banenafspraak placements (and some without) over Haaglanden and Amsterdam, 2024–2025.</summary>
    private static string Placements(int count)
    {
        var text = new StringBuilder("placement_id,vacancy_id,employer_kvk,municipality_code,sector_code,candidate_ref,booking_partner,target_groups,start_date,end_date,hours_per_week,employer_kind,arrangement_id\n");
        string[] municipalities = ["GM0518", "GM0503", "GM0363"];
        string[] sectors = ["RETAIL", "ICT", "CARE_WELFARE_CLEANING", "SECURITY"];
        for (var i = 0; i < count; i++)
        {
            var municipality = municipalities[i % 3];
            var byUwv = i % 4 == 0;
            var groups = (i % 5) switch
            {
                0 => byUwv ? "WW" : "PARTICIPATIEWET",
                _ => byUwv ? "WAJONG;BANENAFSPRAAK" : "PARTICIPATIEWET;BANENAFSPRAAK",
            };
            var start = new DateOnly(2024, 1, 1).AddDays(i * 2);
            var end = i % 7 == 0 ? start.AddDays(90).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
            text.Append(CultureInfo.InvariantCulture, $"P-{i:D5},V-{i % 50:D4},{10_000_000 + (i % 37):D8},{municipality},{sectors[i % 4]},K-{i:D6},{(byUwv ? "UWV" : municipality)},{groups},{start:yyyy-MM-dd},{end},{12.75m + (i % 9 * 2.25m)},MARKET,\n");
        }

        return text.ToString();
    }

    private async Task RunToolAsync(params string[] args)
    {
        var run = await ToolProcess.RunAsync(_directory, new Dictionary<string, string?>(), [.. args, "--sqlite-path", Database]);
        Assert.True(run.Exit == 0, run.ToString());
    }

    /// <summary>The partner gateway (development tokens) over a SQLite file the test chose.</summary>
    private sealed class SharedFileGateway(string path) : PartnerGateway(new Dictionary<string, string?> { ["Wsp:Sqlite:Path"] = path });

    /// <summary>The partner gateway configured for the store the tool wrote (a SQLite file, or a database on the Cosmos DB stand-in).</summary>
    private sealed class ConfiguredGateway(IReadOnlyDictionary<string, string?> settings) : PartnerGateway(settings);

    /// <summary>
    /// The store the tool and the gateway share, configured as an operator configures them: a SQLite file (<c>--sqlite-path</c>)
    /// or a fresh database on the Cosmos DB stand-in (environment variables for the tool, settings for the gateway).
    /// </summary>
    private sealed class ToolStore : IDisposable
    {
        private readonly string _directory;
        private readonly IReadOnlyDictionary<string, string?> _settings;
        private readonly string[] _arguments;
        private readonly CosmosStandIn? _standIn;

        private ToolStore(string directory, IReadOnlyDictionary<string, string?> settings, string[] arguments, CosmosStandIn? standIn)
        {
            _directory = directory;
            _settings = settings;
            _arguments = arguments;
            _standIn = standIn;
        }

        public static ToolStore Of(string store, string directory, string database)
        {
            if (store == "sqlite")
            {
                return new ToolStore(directory, new Dictionary<string, string?> { ["Wsp:Sqlite:Path"] = database }, ["--sqlite-path", database], null);
            }

            var standIn = SharedCosmosStandIn.Acquire();
            return new ToolStore(directory, standIn.Settings($"wsp-cli-agreement-{Guid.NewGuid():N}"), [], standIn);
        }

        public async Task RunAsync(params string[] args)
        {
            var environment = _standIn is null ? new Dictionary<string, string?>() : _settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
            var run = await ToolProcess.RunAsync(_directory, environment, [.. args, .. _arguments]);
            Assert.True(run.Exit == 0, run.ToString());
        }

        public ConfiguredGateway Gateway() => new(_settings);

        public void Dispose()
        {
            if (_standIn is null)
            {
                return;
            }

            try
            {
                using var client = _standIn.CreateClient();
                using var response = client.GetDatabase(_settings["Wsp:Cosmos:Database"]).DeleteStreamAsync().GetAwaiter().GetResult();
            }
            finally
            {
                SharedCosmosStandIn.Release();
            }
        }
    }
}
