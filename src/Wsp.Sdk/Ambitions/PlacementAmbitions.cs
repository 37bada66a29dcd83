using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Sectors;

namespace Wsp.Sdk.Ambitions;

/// <summary>The placement ambitions (plaatsingsambities) shipped with the SDK.</summary>
public static class PlacementAmbitions
{
    /// <summary>
    /// Gets the placement ambition 2015 of WSP Haaglanden (rule H4, figure 2 of the regional plan): columns Den Haag,
    /// Delft, Rijswijk, Westland and UWV; 4,935 placements in all, against 3,666 in 2014. The row whose sector name
    /// was lost from the source is kept under <c>UNNAMED</c>.
    /// </summary>
    public static PlacementAmbitionTable Haaglanden2015 { get; } = CreateHaaglanden2015();

    /// <summary>
    /// Gets every placement ambition table shipped with the SDK, the one list the gateway, the dashboard and the tool
    /// look a region's year up in (today only <see cref="Haaglanden2015"/>, the one table in the seeds).
    /// </summary>
    public static IReadOnlyList<PlacementAmbitionTable> All { get; } = [Haaglanden2015];

    private static PlacementAmbitionTable CreateHaaglanden2015()
    {
        BookingPartner[] partners =
        [
            BookingPartner.Parse("GM0518"), // 's-Gravenhage (Den Haag)
            BookingPartner.Parse("GM0503"), // Delft
            BookingPartner.Parse("GM0603"), // Rijswijk
            BookingPartner.Parse("GM1783"), // Westland
            BookingPartner.Uwv,
        ];
        (string Sector, int[] Placements)[] rows =
        [
            ("RETAIL", [210, 50, 50, 8, 115]),
            ("PUBLIC_ADMINISTRATION_EDUCATION", [30, 20, 5, 15, 40]),
            ("TRANSPORT_LOGISTICS_WHOLESALE", [208, 50, 50, 29, 318]),
            ("UNNAMED", [155, 120, 120, 36, 703]),
            ("CONSTRUCTION_ENGINEERING", [265, 30, 60, 26, 587]),
            ("HOSPITALITY_LEISURE", [245, 30, 50, 10, 146]),
            ("CARE_WELFARE_CLEANING", [420, 80, 60, 41, 148]),
            ("SECURITY", [180, 10, 35, 0, 10]),
            ("ICT", [0, 0, 15, 0, 90]),
            ("AGRICULTURE_HORTICULTURE", [15, 10, 5, 15, 20]),
        ];
        var cells = rows.SelectMany(row => row.Placements.Select((placements, column) => new PlacementAmbition(row.Sector, partners[column], placements)));
        return new PlacementAmbitionTable(RegionCode.Parse("AM21"), 2015, SectorClassifications.Haaglanden2015, partners, cells, previousYearTotal: 3666);
    }
}
