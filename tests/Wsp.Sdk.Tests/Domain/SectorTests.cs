using Wsp.Sdk.Sectors;

namespace Wsp.Sdk.Tests.Domain;

public sealed class SectorTests
{
    [Fact]
    public void H4_the_Haaglanden_2015_classification_has_ten_sectors_with_the_design_codes()
    {
        var classification = SectorClassifications.Haaglanden2015;
        Assert.Equal("haaglanden-2015", classification.Id);
        Assert.Equal(2015, classification.Year);
        Assert.Equal(
            [
                "RETAIL", "PUBLIC_ADMINISTRATION_EDUCATION", "TRANSPORT_LOGISTICS_WHOLESALE", "UNNAMED",
                "CONSTRUCTION_ENGINEERING", "HOSPITALITY_LEISURE", "CARE_WELFARE_CLEANING", "SECURITY", "ICT",
                "AGRICULTURE_HORTICULTURE",
            ],
            classification.Sectors.Select(s => s.Code));
        Assert.Equal("Zorg, welzijn, schoonmaak", classification.Get("CARE_WELFARE_CLEANING").Name);
    }

    [Fact]
    public void H4_the_sector_whose_name_was_lost_stays_unnamed()
    {
        var unnamed = SectorClassifications.Haaglanden2015.Get("UNNAMED");
        Assert.Null(unnamed.Name);
        Assert.Equal("UNNAMED", unnamed.ToString());
    }

    [Fact]
    public void An_unknown_sector_is_not_found_and_Get_refuses_it()
    {
        Assert.Null(SectorClassifications.Haaglanden2015.Find("retail"));
        Assert.Throws<ArgumentException>(() => SectorClassifications.Haaglanden2015.Get("MINING"));
        Assert.Throws<ArgumentNullException>(() => SectorClassifications.Haaglanden2015.Find(null!));
    }

    [Theory]
    [InlineData("")]
    [InlineData("retail")]
    [InlineData("RETAIL SHOPS")]
    public void A_sector_code_is_upper_case_letters_digits_and_underscores(string code) =>
        Assert.ThrowsAny<ArgumentException>(() => new Sector(code, "x"));

    [Fact]
    public void A_classification_refuses_duplicate_codes_and_no_sectors()
    {
        Assert.Throws<ArgumentException>(() => new SectorClassification("x", 2026, "test", [new Sector("A", "a"), new Sector("A", "b")]));
        Assert.Throws<ArgumentException>(() => new SectorClassification("x", 2026, "test", []));
        Assert.Throws<ArgumentException>(() => new Sector("A", " "));
    }
}
