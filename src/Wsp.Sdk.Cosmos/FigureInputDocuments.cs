using Newtonsoft.Json;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Cosmos;

/// <summary>
/// One import of figure inputs, partitioned by kind (<c>ambitions</c>, <c>targets</c>, <c>baseline</c>); its id is the
/// version, so two imports that claim the same version are a 409 and one of them takes the next.
/// </summary>
internal sealed class FigureInputDocument
{
    [JsonProperty("id")] public string Id { get; set; } = "";
    [JsonProperty("kind")] public string Kind { get; set; } = "";
    [JsonProperty("version")] public int Version { get; set; }
    [JsonProperty("importedAt")] public string ImportedAt { get; set; } = "";
    [JsonProperty("source")] public string Source { get; set; } = "";
    [JsonProperty("ambitions")] public List<AmbitionTableDocument>? Ambitions { get; set; }
    [JsonProperty("targets")] public List<TargetDocument>? Targets { get; set; }
    [JsonProperty("baseline")] public BaselineDocument? Baseline { get; set; }
}

/// <summary>The version of an import, as the next version is found from.</summary>
internal sealed class FigureInputVersionDocument
{
    [JsonProperty("version")] public int Version { get; set; }
}

/// <summary>A region's ambition table of a year (H4).</summary>
internal sealed class AmbitionTableDocument
{
    [JsonProperty("region")] public string Region { get; set; } = "";
    [JsonProperty("year")] public int Year { get; set; }
    [JsonProperty("classification")] public string Classification { get; set; } = "";
    [JsonProperty("partners")] public List<string> Partners { get; set; } = [];
    [JsonProperty("cells")] public List<AmbitionCellDocument> Cells { get; set; } = [];
    [JsonProperty("previousYearTotal")] public int? PreviousYearTotal { get; set; }
}

/// <summary>A cell of an ambition table: placements a partner means to make in a sector.</summary>
internal sealed class AmbitionCellDocument
{
    [JsonProperty("sector")] public string Sector { get; set; } = "";
    [JsonProperty("partner")] public string Partner { get; set; } = "";
    [JsonProperty("placements")] public int Placements { get; set; }
}

/// <summary>A region's job-agreement target at a deadline (H2).</summary>
internal sealed class TargetDocument
{
    [JsonProperty("region")] public string Region { get; set; } = "";
    [JsonProperty("deadline")] public string Deadline { get; set; } = "";
    [JsonProperty("market")] public int Market { get; set; }
    [JsonProperty("government")] public int Government { get; set; }
    [JsonProperty("confirmedBySources")] public bool ConfirmedBySources { get; set; }
    [JsonProperty("source")] public string Source { get; set; } = "";
}

/// <summary>The baseline (nulmeting) per region and employer kind.</summary>
internal sealed class BaselineDocument
{
    [JsonProperty("date")] public string Date { get; set; } = "";
    [JsonProperty("source")] public string Source { get; set; } = "";
    [JsonProperty("cells")] public List<BaselineCellDocument> Cells { get; set; } = [];
}

/// <summary>A baseline cell: a region's jobs of one employer kind.</summary>
internal sealed class BaselineCellDocument
{
    [JsonProperty("region")] public string Region { get; set; } = "";
    [JsonProperty("kind")] public string Kind { get; set; } = "";
    [JsonProperty("jobs")] public decimal Jobs { get; set; }
}

/// <summary>Maps the figure inputs to their documents and back; read back through the domain's constructors, which check them again.</summary>
internal static class FigureInputMapping
{
    public static List<AmbitionTableDocument> ToDocuments(IReadOnlyList<PlacementAmbitionTable> tables) =>
        [.. tables.Select(t => new AmbitionTableDocument
        {
            Region = t.Region.ToString(),
            Year = t.Year,
            Classification = t.Classification.Id,
            Partners = [.. t.Partners.Select(p => p.ToString())],
            Cells = [.. t.Cells.Select(c => new AmbitionCellDocument { Sector = c.SectorCode, Partner = c.Partner.ToString(), Placements = c.Placements })],
            PreviousYearTotal = t.PreviousYearTotal,
        })];

    public static IReadOnlyList<PlacementAmbitionTable> ToAmbitions(FigureInputDocument d) =>
        [.. (d.Ambitions ?? []).Select(t => new PlacementAmbitionTable(
            RegionCode.Parse(t.Region),
            t.Year,
            SectorClassifications.All.FirstOrDefault(c => c.Id == t.Classification)
                ?? throw new StoreException(StoreErrorCode.Unavailable, $"A stored ambition table follows classification '{t.Classification}', which this SDK does not ship: upgrade the package."),
            t.Partners.Select(BookingPartner.Parse),
            t.Cells.Select(c => new PlacementAmbition(c.Sector, BookingPartner.Parse(c.Partner), c.Placements)),
            t.PreviousYearTotal))];

    public static List<TargetDocument> ToDocuments(IReadOnlyList<JobAgreementTarget> targets) =>
        [.. targets.Select(t => new TargetDocument
        {
            Region = t.Region!.Value.ToString(),
            Deadline = Mapping.Format(t.Deadline),
            Market = t.Market,
            Government = t.Government,
            ConfirmedBySources = t.ConfirmedBySources,
            Source = t.Source,
        })];

    public static IReadOnlyList<JobAgreementTarget> ToTargets(FigureInputDocument d) =>
        [.. (d.Targets ?? []).Select(t => new JobAgreementTarget(RegionCode.Parse(t.Region), Mapping.ParseDate(t.Deadline), t.Market, t.Government, t.ConfirmedBySources, t.Source))];

    public static BaselineDocument ToDocument(JobAgreementBaselineTable baseline) => new()
    {
        Date = Mapping.Format(baseline.Date),
        Source = baseline.Source,
        Cells = [.. baseline.Cells.Select(c => new BaselineCellDocument { Region = c.Region.ToString(), Kind = c.EmployerKind.ToString(), Jobs = c.Jobs })],
    };

    public static JobAgreementBaselineTable ToBaseline(FigureInputDocument d)
    {
        var b = d.Baseline ?? throw new StoreException(StoreErrorCode.Unavailable, $"The baseline import {d.Version} holds no baseline.");
        return new JobAgreementBaselineTable(
            b.Source,
            b.Cells.Select(c => new JobAgreementBaselineCell(RegionCode.Parse(c.Region), Enum.Parse<EmployerKind>(c.Kind), c.Jobs)),
            Mapping.ParseDate(b.Date));
    }
}
