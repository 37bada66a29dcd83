using Snapshooter.Xunit;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Tests.Geography;

public sealed class GazetteerTests
{
    private static readonly Gazetteer s_gazetteer = Gazetteer.Default;

    [Fact]
    public void Ships_35_labour_market_regions_AM01_to_AM38_without_AM04_AM16_AM31()
    {
        Assert.Equal(35, s_gazetteer.Regions.Count);
        var numbers = s_gazetteer.Regions.Select(r => r.Code.Number).ToArray();
        Assert.Equal(Enumerable.Range(1, 38).Except([4, 16, 31]), numbers);
    }

    [Fact]
    public void Ships_the_342_municipalities_of_2026_and_127_former_ones()
    {
        Assert.Equal(2026, s_gazetteer.ReferenceYear);
        Assert.Equal(342, s_gazetteer.Municipalities.Count);
        Assert.All(s_gazetteer.Municipalities, m => Assert.True(m.IsCurrent));
        Assert.All(s_gazetteer.Municipalities, m => Assert.NotNull(m.Region));

        // 127 former names, 6 of which are renames that kept their code (Rijswijk → Rijswijk (ZH.)).
        var renamed = s_gazetteer.Municipalities.SelectMany(m => m.FormerNames).ToArray();
        Assert.Equal(127, s_gazetteer.FormerMunicipalities.Count + renamed.Length);
        Assert.Equal(["Beek", "Hengelo", "Laren", "Middelburg", "Rijswijk", "Stein"], renamed.Order(StringComparer.Ordinal));
        Assert.All(s_gazetteer.FormerMunicipalities, m => Assert.False(m.IsCurrent));
    }

    [Fact]
    public void Every_current_municipality_lies_in_exactly_one_region_and_every_region_has_some()
    {
        var fromRegions = s_gazetteer.Regions.SelectMany(r => r.Municipalities).ToArray();
        Assert.Equal(s_gazetteer.Municipalities.Count, fromRegions.Length);
        Assert.Equal(s_gazetteer.Municipalities.OrderBy(m => m.Code), fromRegions.Distinct().OrderBy(m => m.Code));
        Assert.All(s_gazetteer.Regions, r => Assert.NotEmpty(r.Municipalities));
    }

    [Fact]
    public void The_region_list_matches_its_snapshot()
    {
        var regions = s_gazetteer.Regions.Select(r => new
        {
            Code = r.Code.ToString(),
            r.Name,
            Provinces = r.Provinces.Select(p => p.Name).ToArray(),
            Municipalities = r.Municipalities.Select(m => $"{m.Code} {m.Name}").ToArray(),
        });
        regions.MatchSnapshot();
    }

    [Fact]
    public void H1_Haaglanden_holds_its_partner_municipalities()
    {
        var haaglanden = s_gazetteer.FindRegion("AM21");
        Assert.NotNull(haaglanden);
        Assert.Equal("Haaglanden", haaglanden.Name);
        var names = haaglanden.Municipalities.Select(m => m.Name).ToArray();
        Assert.Contains("'s-Gravenhage", names);
        Assert.Contains("Delft", names);
        Assert.Contains("Rijswijk (ZH.)", names);
        Assert.Contains("Westland", names);
    }

    [Theory]
    [InlineData("GM0363", "Amsterdam", "AM18")]
    [InlineData("gm0518", "'s-Gravenhage", "AM21")]
    [InlineData("GM0457", "Weesp", "AM18")]
    public void Finds_a_municipality_by_code_current_or_former(string code, string name, string region)
    {
        var municipality = s_gazetteer.FindMunicipality(code);
        Assert.NotNull(municipality);
        Assert.Equal(name, municipality.Name);
        Assert.Equal(region, municipality.Region?.Code.ToString());
    }

    [Theory]
    [InlineData("GM9999")]
    [InlineData("GM363")]
    [InlineData("AM0363")]
    [InlineData("")]
    [InlineData("GM03630")]
    public void An_unknown_or_malformed_code_finds_nothing(string code) =>
        Assert.Null(s_gazetteer.FindMunicipality(code));

    [Fact]
    public void A_former_municipality_keeps_the_region_of_its_last_year()
    {
        var weesp = s_gazetteer.FindMunicipality("GM0457")!;
        Assert.False(weesp.IsCurrent);
        Assert.Equal(2022, weesp.LastYear);
        Assert.Equal("AM18", weesp.Region!.Code.ToString());
        Assert.DoesNotContain(weesp, weesp.Region.Municipalities);
    }

    [Fact]
    public void A_municipality_merged_away_before_the_regions_existed_has_no_region()
    {
        var abcoude = s_gazetteer.FindMunicipality("GM0305")!;
        Assert.Equal("Abcoude", abcoude.Name);
        Assert.Null(abcoude.Region);
        Assert.Equal("Utrecht", abcoude.Province.Name);
        Assert.Equal(37, s_gazetteer.FormerMunicipalities.Count(m => m.Region is null));
    }

    [Fact]
    public void A_rename_keeps_the_code_and_remembers_the_former_name()
    {
        var rijswijk = s_gazetteer.FindMunicipality("GM0603")!;
        Assert.Equal("Rijswijk (ZH.)", rijswijk.Name);
        Assert.True(rijswijk.IsCurrent);
        Assert.Equal(["Rijswijk"], rijswijk.FormerNames);
    }

    [Theory]
    [InlineData("Amsterdam", "GM0363")]
    [InlineData("AMSTERDAM", "GM0363")]
    [InlineData("  amsterdam ", "GM0363")]
    [InlineData("'s-Gravenhage", "GM0518")]
    [InlineData("s gravenhage", "GM0518")]
    [InlineData("’s-Gravenhage", "GM0518")]
    [InlineData("Den Haag", "GM0518")]
    [InlineData("den-haag", "GM0518")]
    [InlineData("denhaag", "GM0518")]
    [InlineData("Den Bosch", "GM0796")]
    [InlineData("'s-Hertogenbosch", "GM0796")]
    [InlineData("Súdwest-Fryslân", "GM1900")]
    [InlineData("sudwest fryslan", "GM1900")]
    [InlineData("Zuidwest-Friesland", "GM1900")]
    [InlineData("Alphen aan den Rijn", "GM0484")]
    [InlineData("alphenaandenrijn", "GM0484")]
    [InlineData("Alphen-Chaam", "GM1723")]
    [InlineData("Rijswijk", "GM0603")]
    [InlineData("Rijswijk (ZH.)", "GM0603")]
    [InlineData("rijswijk zh", "GM0603")]
    [InlineData("Hengelo", "GM0164")]
    [InlineData("Nuenen", "GM0820")]
    [InlineData("Nuenen, Gerwen en Nederwetten", "GM0820")]
    [InlineData("Weesp", "GM0457")]
    [InlineData("Haaren", "GM0788")]
    [InlineData("Bergen (NH)", "GM0373")]
    [InlineData("Bergen NH.", "GM0373")]
    [InlineData("Alphen a/d Rijn", "GM0484")]
    [InlineData("Alphen", "GM0484")]
    [InlineData("Capelle a/d IJssel", "GM0502")]
    [InlineData("Krimpen a/d Ijssel", "GM0542")]
    [InlineData("Valkenburg", "GM0994")]
    [InlineData("St. Michielsgestel", "GM0845")]
    [InlineData("st michielsgestel", "GM0845")]
    [InlineData("Nuenen c.a.", "GM0820")]
    public void H8_finds_a_municipality_by_the_name_people_type(string name, string code)
    {
        var match = s_gazetteer.MatchMunicipality(name);
        Assert.Equal(MatchStatus.Found, match.Status);
        Assert.Equal(code, match.Value!.Code.ToString());
    }

    [Fact]
    public void An_ambiguous_name_lists_its_candidates_and_picks_none()
    {
        var match = s_gazetteer.MatchMunicipality("Bergen");
        Assert.Equal(MatchStatus.Ambiguous, match.Status);
        Assert.False(match.IsFound);
        Assert.Null(match.Value);
        Assert.Equal(["Bergen (L.)", "Bergen (NH.)"], match.Candidates.Select(m => m.Name));
    }

    [Theory]
    [InlineData("Atlantis")]
    [InlineData("")]
    [InlineData("  -- ")]
    [InlineData("Amsterdamm")]
    public void An_unknown_name_is_not_found(string name)
    {
        var match = s_gazetteer.MatchMunicipality(name);
        Assert.Equal(MatchStatus.NotFound, match.Status);
        Assert.Empty(match.Candidates);
    }

    [Fact]
    public void A_very_long_name_is_looked_up_without_failing() =>
        Assert.Equal(MatchStatus.NotFound, s_gazetteer.MatchMunicipality(new string('a', 10_000)).Status);

    [Fact]
    public void Every_official_name_finds_its_own_municipality_or_lists_it_as_candidate()
    {
        foreach (var municipality in s_gazetteer.Municipalities.Concat(s_gazetteer.FormerMunicipalities))
        {
            var match = s_gazetteer.MatchMunicipality(municipality.Name);
            Assert.Contains(municipality, match.Candidates);
            Assert.Equal(MatchStatus.Found, match.Status);
        }
    }

    [Theory]
    [InlineData("Haaglanden", "AM21")]
    [InlineData("groot amsterdam", "AM18")]
    [InlineData("Groot-Amsterdam", "AM18")]
    [InlineData("zaanstreek waterland", "AM17")]
    [InlineData("Food Valley", "AM38")]
    public void Finds_a_region_by_name(string name, string code) =>
        Assert.Equal(code, s_gazetteer.MatchRegion(name).Value?.Code.ToString());

    [Theory]
    [InlineData("AM21", "Haaglanden")]
    [InlineData("am01", "Groningen")]
    public void Finds_a_region_by_code(string code, string name) =>
        Assert.Equal(name, s_gazetteer.FindRegion(code)?.Name);

    [Theory]
    [InlineData("AM04")]
    [InlineData("AM16")]
    [InlineData("AM31")]
    [InlineData("AM99")]
    [InlineData("GM0363")]
    public void An_unused_or_malformed_region_code_finds_nothing(string code) =>
        Assert.Null(s_gazetteer.FindRegion(code));

    [Fact]
    public void GetRegion_and_GetMunicipality_refuse_unknown_codes_with_a_typed_error()
    {
        Assert.Throws<ArgumentException>(() => s_gazetteer.GetRegion(RegionCode.Parse("AM04")));
        Assert.Throws<ArgumentException>(() => s_gazetteer.GetMunicipality(MunicipalityCode.Parse("GM9999")));
        Assert.Throws<ArgumentException>(() => s_gazetteer.GetMunicipality(default));
        Assert.Equal("Amsterdam", s_gazetteer.GetMunicipality(MunicipalityCode.Parse("GM0363")).Name);
    }

    [Theory]
    [InlineData("PV21", "Fryslân")]
    [InlineData("Friesland", "Fryslân")]
    [InlineData("fryslan", "Fryslân")]
    [InlineData("zuid-holland", "Zuid-Holland")]
    [InlineData("pv28", "Zuid-Holland")]
    public void Finds_a_province_by_code_or_name(string codeOrName, string name) =>
        Assert.Equal(name, s_gazetteer.FindProvince(codeOrName)?.Name);

    [Fact]
    public void Ships_12_provinces_and_the_COROP_areas()
    {
        Assert.Equal(12, s_gazetteer.Provinces.Count);
        Assert.Equal(342, s_gazetteer.Provinces.Sum(p => p.Municipalities.Count));
        Assert.Equal(40, s_gazetteer.CoropAreas.Count);
    }

    [Fact]
    public void Null_arguments_give_ArgumentNullException_never_NullReferenceException()
    {
        Assert.Throws<ArgumentNullException>(() => s_gazetteer.MatchMunicipality(null!));
        Assert.Throws<ArgumentNullException>(() => s_gazetteer.MatchRegion(null!));
        Assert.Throws<ArgumentNullException>(() => s_gazetteer.FindMunicipality((string)null!));
        Assert.Throws<ArgumentNullException>(() => s_gazetteer.FindRegion((string)null!));
        Assert.Throws<ArgumentNullException>(() => s_gazetteer.FindProvince(null!));
    }
}
