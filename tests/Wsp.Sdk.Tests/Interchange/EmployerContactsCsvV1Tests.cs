using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Interchange;

namespace Wsp.Sdk.Tests.Interchange;

public sealed class EmployerContactsCsvV1Tests
{
    [Fact]
    public void H5_a_good_row_becomes_an_employer_in_contact()
    {
        var contact = EmployerContactsCsvV1.ParseRow(["12345678", "RETAIL", "25"], 2).Value;

        Assert.Equal(new EmployerContact(KvkNumber.Parse("12345678"), "RETAIL", 25), contact);
    }

    [Fact]
    public void The_header_names_the_v1_columns_in_order()
    {
        Assert.Empty(EmployerContactsCsvV1.CheckHeader(["\uFEFFkvk", " sector_code", "employees "]));
        var error = Assert.Single(EmployerContactsCsvV1.CheckHeader(["kvk", "employees", "sector_code"]));
        Assert.Equal((1L, ""), (error.Line, error.Column));
        Assert.Contains("kvk,sector_code,employees", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "1234567", "kvk")]
    [InlineData(0, "", "kvk")]
    [InlineData(1, "", "sector_code")]
    [InlineData(2, "-1", "employees")]
    [InlineData(2, "2.5", "employees")]
    [InlineData(2, "veel", "employees")]
    public void H5_a_bad_field_is_reported_with_its_line_column_and_value(int column, string value, string name)
    {
        string[] fields = ["12345678", "RETAIL", "25"];
        fields[column] = value;

        var result = EmployerContactsCsvV1.ParseRow(fields, 9);

        var error = Assert.Single(result.Errors);
        Assert.Equal((9L, name, value), (error.Line, error.Column, error.Value));
        Assert.Throws<FormatException>(() => result.Value);
    }

    [Fact]
    public void H5_every_error_of_a_row_is_reported_not_only_the_first() =>
        Assert.Equal(["kvk", "sector_code", "employees"], EmployerContactsCsvV1.ParseRow(["K1", " ", "x"], 3).Errors.Select(e => e.Column));

    [Fact]
    public void H5_a_sector_the_totals_lack_is_still_an_employer_in_contact_counted_apart_by_the_coverage() =>
        Assert.Equal("MINING", EmployerContactsCsvV1.ParseRow(["12345678", " MINING ", "0"], 2).Value.SectorCode);

    [Fact]
    public void A_row_with_the_wrong_number_of_columns_is_refused_as_a_whole() =>
        Assert.Equal("", Assert.Single(EmployerContactsCsvV1.ParseRow(["12345678", "RETAIL"], 2).Errors).Column);

    [Fact]
    public void Writing_a_contact_and_reading_it_back_gives_the_same_contact()
    {
        var contact = new EmployerContact(KvkNumber.Parse("87654321"), "ICT", 1200);

        Assert.Equal(contact, EmployerContactsCsvV1.ParseRow(EmployerContactsCsvV1.FormatRow(contact), 2).Value);
    }

    [Fact]
    public void Line_numbers_start_after_the_header() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => EmployerContactsCsvV1.ParseRow(["12345678", "RETAIL", "25"], 1));
}
