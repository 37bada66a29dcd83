namespace Wsp.Sdk.Sectors;

/// <summary>The sector classifications (sectorindelingen) shipped with the SDK.</summary>
public static class SectorClassifications
{
    /// <summary>
    /// Gets the classification of the regional plan of WSP Haaglanden 2015 (rule H4, figure 1 of the plan). One
    /// sector's name was lost from the source: it is kept as <c>UNNAMED</c> with no name, never guessed.
    /// </summary>
    public static SectorClassification Haaglanden2015 { get; } = new(
        "haaglanden-2015",
        2015,
        "Sectorindeling Haaglanden, Regionaal plan WSP Haaglanden 2015",
        [
            new Sector("RETAIL", "Detailhandel"),
            new Sector("PUBLIC_ADMINISTRATION_EDUCATION", "Openbaar bestuur (overheid) en onderwijs"),
            new Sector("TRANSPORT_LOGISTICS_WHOLESALE", "Transport, logistiek, groothandel"),
            new Sector("UNNAMED", null),
            new Sector("CONSTRUCTION_ENGINEERING", "Bouw en techniek"),
            new Sector("HOSPITALITY_LEISURE", "Horeca en leisure"),
            new Sector("CARE_WELFARE_CLEANING", "Zorg, welzijn, schoonmaak"),
            new Sector("SECURITY", "Beveiliging"),
            new Sector("ICT", "ICT"),
            new Sector("AGRICULTURE_HORTICULTURE", "Land- en tuinbouw"),
        ]);

    /// <summary>Gets every classification the SDK ships, the list an imported ambition table's <c>classification</c> is looked up in.</summary>
    public static IReadOnlyList<SectorClassification> All { get; } = [Haaglanden2015];
}
