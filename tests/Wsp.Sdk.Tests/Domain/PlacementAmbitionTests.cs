using Snapshooter.Xunit;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Sectors;

namespace Wsp.Sdk.Tests.Domain;

public sealed class PlacementAmbitionTests
{
    private static readonly PlacementAmbitionTable s_table = PlacementAmbitions.Haaglanden2015;

    [Theory]
    [InlineData("GM0518", 1728)]
    [InlineData("GM0503", 400)]
    [InlineData("GM0603", 450)]
    [InlineData("GM1783", 180)]
    [InlineData("UWV", 2177)]
    public void H4_the_partner_totals_reproduce_the_seed(string partner, int total) =>
        Assert.Equal(total, s_table.TotalFor(BookingPartner.Parse(partner)));

    [Fact]
    public void H4_the_region_aims_for_4935_placements_against_3666_in_2014()
    {
        Assert.Equal(4935, s_table.Total);
        Assert.Equal(3666, s_table.PreviousYearTotal);
        Assert.Equal(2015, s_table.Year);
        Assert.Equal("AM21", s_table.Region.ToString());
    }

    [Theory]
    [InlineData("RETAIL", 433)]
    [InlineData("PUBLIC_ADMINISTRATION_EDUCATION", 110)]
    [InlineData("TRANSPORT_LOGISTICS_WHOLESALE", 655)]
    [InlineData("UNNAMED", 1134)]
    [InlineData("CONSTRUCTION_ENGINEERING", 968)]
    [InlineData("HOSPITALITY_LEISURE", 481)]
    [InlineData("CARE_WELFARE_CLEANING", 749)]
    [InlineData("SECURITY", 235)]
    [InlineData("ICT", 105)]
    [InlineData("AGRICULTURE_HORTICULTURE", 65)]
    public void H4_the_sector_totals_reproduce_the_seed(string sector, int total) =>
        Assert.Equal(total, s_table.TotalForSector(sector));

    [Fact]
    public void H4_the_unnamed_row_is_155_120_120_36_703()
    {
        Assert.Equal(
            [155, 120, 120, 36, 703],
            s_table.Partners.Select(p => s_table.For("UNNAMED", p)));
        Assert.Null(s_table.Classification.Get("UNNAMED").Name);
    }

    [Fact]
    public void H1_the_columns_are_the_partners_of_WSP_Haaglanden_all_in_region_AM21()
    {
        Assert.Equal(["GM0518", "GM0503", "GM0603", "GM1783", "UWV"], s_table.Partners.Select(p => p.ToString()));
        foreach (var municipality in s_table.Partners.Where(p => p.Side == PartnerSide.Municipality))
        {
            Assert.Equal(s_table.Region, Gazetteer.Default.GetMunicipality(municipality.Municipality!.Value).Region!.Code);
        }
    }

    [Fact]
    public void H4_the_table_matches_its_snapshot()
    {
        var rows = s_table.Classification.Sectors.Select(sector => new
        {
            sector.Code,
            sector.Name,
            Placements = s_table.Partners.ToDictionary(p => p.ToString(), p => s_table.For(sector.Code, p)),
            Total = s_table.TotalForSector(sector.Code),
        });
        rows.MatchSnapshot();
    }

    [Fact]
    public void A_table_refuses_missing_repeated_or_foreign_cells()
    {
        var classification = new SectorClassification("t", 2026, "test", [new Sector("A", "a"), new Sector("B", "b")]);
        var region = RegionCode.Parse("AM21");
        BookingPartner[] partners = [BookingPartner.Uwv];
        PlacementAmbition[] complete = [new("A", BookingPartner.Uwv, 1), new("B", BookingPartner.Uwv, 2)];
        Assert.Equal(3, new PlacementAmbitionTable(region, 2026, classification, partners, complete).Total);

        Assert.Throws<ArgumentException>(() => new PlacementAmbitionTable(region, 2026, classification, partners, complete[..1]));
        Assert.Throws<ArgumentException>(() => new PlacementAmbitionTable(region, 2026, classification, partners, [.. complete, complete[0]]));
        Assert.Throws<ArgumentException>(() => new PlacementAmbitionTable(region, 2026, classification, partners, [complete[0], new("C", BookingPartner.Uwv, 2)]));
        Assert.Throws<ArgumentException>(() => new PlacementAmbitionTable(region, 2026, classification, partners, [complete[0], new("B", BookingPartner.Parse("GM0503"), 2)]));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PlacementAmbition("B", BookingPartner.Uwv, -1));
        Assert.Throws<ArgumentException>(() => new PlacementAmbitionTable(default, 2026, classification, partners, complete));
        Assert.Throws<ArgumentException>(() => s_table.For("MINING", BookingPartner.Uwv));
        Assert.Throws<ArgumentException>(() => s_table.TotalFor(BookingPartner.Parse("GM0363")));
    }
}
