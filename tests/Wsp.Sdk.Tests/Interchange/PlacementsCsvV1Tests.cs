using CsCheck;
using NodaTime;
using Wsp.Sdk.Interchange;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Tests.Support;

namespace Wsp.Sdk.Tests.Interchange;

public sealed class PlacementsCsvV1Tests
{
    private static readonly string[] s_good =
        ["P-1", "V-1", "12345678", "GM0503", "RETAIL", "cand-1", "GM0503", "PARTICIPATIEWET;BANENAFSPRAAK", "2026-01-05", "", "25.5", "MARKET", ""];

    private static string[] With(int column, string value)
    {
        var fields = (string[])s_good.Clone();
        fields[column] = value;
        return fields;
    }

    [Fact]
    public void A_good_row_becomes_a_placement()
    {
        var result = PlacementsCsvV1.Default.ParseRow(s_good, 2);
        Assert.True(result.Success);
        var placement = result.Value;
        Assert.Equal(("P-1", "AM21", 25.5m, new LocalDate(2026, 1, 5)), (placement.Id, placement.Region.Code.ToString(), placement.HoursPerWeek, placement.Start));
        Assert.Null(placement.End);
        Assert.Null(placement.ArrangementId);
    }

    [Fact]
    public void The_header_names_the_v1_columns_in_order()
    {
        Assert.Empty(PlacementsCsvV1.CheckHeader([.. PlacementsCsvV1.Columns]));
        Assert.Empty(PlacementsCsvV1.CheckHeader(["\uFEFFplacement_id", .. PlacementsCsvV1.Columns.Skip(1)]));
        Assert.Single(PlacementsCsvV1.CheckHeader([.. PlacementsCsvV1.Columns.Reverse()]));
        Assert.Equal(1, PlacementsCsvV1.CheckHeader(["placement_id"])[0].Line);
    }

    [Theory]
    [InlineData(0, "", "placement_id")]
    [InlineData(2, "1234567", "employer_kvk")]
    [InlineData(3, "GM9999", "municipality_code")]
    [InlineData(3, "GM0305", "municipality_code")]
    [InlineData(3, "Delft", "municipality_code")]
    [InlineData(4, "MINING", "sector_code")]
    [InlineData(5, "111222333", "candidate_ref")]
    [InlineData(6, "SW", "booking_partner")]
    [InlineData(6, "uwv", "booking_partner")]
    [InlineData(7, "PARTICIPATIEWET;UNKNOWN", "target_groups")]
    [InlineData(8, "2026-02-30", "start_date")]
    [InlineData(8, "05-01-2026", "start_date")]
    [InlineData(9, "2026-01-04", "end_date")]
    [InlineData(10, "0", "hours_per_week")]
    [InlineData(10, "60.5", "hours_per_week")]
    [InlineData(10, "25,5", "hours_per_week")]
    [InlineData(10, "-3", "hours_per_week")]
    [InlineData(11, "market", "employer_kind")]
    public void A_bad_field_is_reported_with_its_line_column_and_value(int column, string value, string name)
    {
        var result = PlacementsCsvV1.Default.ParseRow(With(column, value), 7);
        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal((7L, name, value), (error.Line, error.Column, error.Value));
        Assert.Contains(name, error.ToString(), StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => result.Value);
    }

    [Fact]
    public void Every_error_of_a_row_is_reported_not_only_the_first()
    {
        var fields = With(2, "x");
        fields[10] = "99";
        fields[11] = "NONE";
        Assert.Equal(["employer_kvk", "hours_per_week", "employer_kind"], PlacementsCsvV1.Default.ParseRow(fields, 3).Errors.Select(e => e.Column));
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_columns_is_refused_as_a_whole()
    {
        var error = Assert.Single(PlacementsCsvV1.Default.ParseRow(s_good[..12], 4).Errors);
        Assert.Equal("", error.Column);
        Assert.Contains("12 columns", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("UWV", "PARTICIPATIEWET")]
    [InlineData("UWV", "WSW;BANENAFSPRAAK")]
    [InlineData("GM0503", "WW")]
    [InlineData("GM0503", "WAJONG;YOUTH")]
    public void H15_a_booking_partner_not_allowed_for_the_target_groups_is_refused(string partner, string groups)
    {
        var fields = With(6, partner);
        fields[7] = groups;
        var error = Assert.Single(PlacementsCsvV1.Default.ParseRow(fields, 5).Errors);
        Assert.Equal(("booking_partner", RuleId.H15), (error.Column, error.Rule));
    }

    [Fact]
    public void A_former_municipality_places_the_row_in_the_region_it_had() =>
        Assert.Equal("AM18", PlacementsCsvV1.Default.ParseRow(With(3, "GM0457"), 2).Value.Region.Code.ToString());

    [Fact]
    public void A_one_day_placement_ends_on_its_start_date() =>
        Assert.True(PlacementsCsvV1.Default.ParseRow(With(9, "2026-01-05"), 2).Success);

    [Fact]
    public void Writing_a_placement_and_reading_it_back_gives_the_same_placement() =>
        Check.Sample(Generators.Placement, placement =>
        {
            var fields = PlacementsCsvV1.FormatRow(placement);
            var parsed = PlacementsCsvV1.Default.ParseRow([.. fields], 2);
            Assert.True(parsed.Success, string.Join("; ", parsed.Errors));
            Assert.Equal(fields, PlacementsCsvV1.FormatRow(parsed.Value));
        });

    [Fact]
    public void Line_numbers_start_after_the_header() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => PlacementsCsvV1.Default.ParseRow(s_good, 1));

    [Fact]
    public void A_date_is_read_exactly_as_NodaTimes_ISO_pattern_reads_it() =>
        Check.Sample(
            Gen.OneOf(
                Gen.Int[-1, 4_000_000].Select(d => new NodaTime.LocalDate(2000, 1, 1).PlusDays(d % 3_000_000 - 700_000).ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
                Gen.String[Gen.Char["0123456789-+ /T:"], 8, 12],
                Gen.Select(Gen.Int[0, 9999], Gen.Int[0, 13], Gen.Int[0, 32], (y, m, d) => $"{y:D4}-{m:D2}-{d:D2}")),
            text =>
            {
                var noda = NodaTime.Text.LocalDatePattern.Iso.Parse(text);
                var ours = InterchangeRow.TryParseDate(text, out var date);
                Assert.Equal(noda.Success, ours);
                if (ours)
                {
                    Assert.Equal(noda.Value, date);
                }
            },
            iter: 20_000);
}
