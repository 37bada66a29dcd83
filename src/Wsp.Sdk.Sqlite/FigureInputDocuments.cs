using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

// The figure inputs' stored JSON documents (schema version 9): an import's ambition tables, targets or baseline. Plain
// values only, as in Documents.cs; read back through the domain's constructors, which check them again.

internal sealed record AmbitionCellDocument(string Sector, string Partner, int Placements);

internal sealed record AmbitionTableDocument(string Region, int Year, string Classification, string[] Partners, AmbitionCellDocument[] Cells, int? PreviousYearTotal);

internal sealed record TargetDocument(string Region, LocalDate Deadline, int Market, int Government, bool ConfirmedBySources, string Source);

internal sealed record BaselineCellDocument(string Region, EmployerKind Kind, decimal Jobs);

internal sealed record BaselineDocument(LocalDate Date, string Source, BaselineCellDocument[] Cells);

/// <summary>Maps the figure inputs to their stored documents and back.</summary>
internal static class FigureInputDocuments
{
    public static string ToJson(IReadOnlyList<PlacementAmbitionTable> tables) => Documents.Serialize(tables.Select(t => new AmbitionTableDocument(
        t.Region.ToString(),
        t.Year,
        t.Classification.Id,
        [.. t.Partners.Select(p => p.ToString())],
        [.. t.Cells.Select(c => new AmbitionCellDocument(c.SectorCode, c.Partner.ToString(), c.Placements))],
        t.PreviousYearTotal)).ToArray());

    public static IReadOnlyList<PlacementAmbitionTable> AmbitionsFromJson(string json) =>
        [.. Documents.Deserialize<AmbitionTableDocument[]>(json).Select(d => new PlacementAmbitionTable(
            RegionCode.Parse(d.Region),
            d.Year,
            SectorClassifications.All.FirstOrDefault(c => c.Id == d.Classification)
                ?? throw new StoreException(StoreErrorCode.Unavailable, $"A stored ambition table follows classification '{d.Classification}', which this SDK does not ship: upgrade the package."),
            d.Partners.Select(BookingPartner.Parse),
            d.Cells.Select(c => new PlacementAmbition(c.Sector, BookingPartner.Parse(c.Partner), c.Placements)),
            d.PreviousYearTotal))];

    public static string ToJson(IReadOnlyList<JobAgreementTarget> targets) => Documents.Serialize(targets.Select(t => new TargetDocument(
        t.Region!.Value.ToString(), t.Deadline, t.Market, t.Government, t.ConfirmedBySources, t.Source)).ToArray());

    public static IReadOnlyList<JobAgreementTarget> TargetsFromJson(string json) =>
        [.. Documents.Deserialize<TargetDocument[]>(json).Select(d => new JobAgreementTarget(RegionCode.Parse(d.Region), d.Deadline, d.Market, d.Government, d.ConfirmedBySources, d.Source))];

    public static string ToJson(JobAgreementBaselineTable baseline) => Documents.Serialize(new BaselineDocument(
        baseline.Date, baseline.Source, [.. baseline.Cells.Select(c => new BaselineCellDocument(c.Region.ToString(), c.EmployerKind, c.Jobs))]));

    public static JobAgreementBaselineTable BaselineFromJson(string json)
    {
        var d = Documents.Deserialize<BaselineDocument>(json);
        return new JobAgreementBaselineTable(d.Source, d.Cells.Select(c => new JobAgreementBaselineCell(RegionCode.Parse(c.Region), c.Kind, c.Jobs)), d.Date);
    }
}
