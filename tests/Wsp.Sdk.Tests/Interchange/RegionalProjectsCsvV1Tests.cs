using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Interchange;
using Wsp.Sdk.RegionalProjects;

namespace Wsp.Sdk.Tests.Interchange;

public sealed class RegionalProjectsCsvV1Tests
{
    private static readonly string[] s_good = ["RP-1", "Haven Rotterdam", "AM21", "2025-01-01", "2025-12-31", "12345678;23456789", "V-1"];

    private static string[] With(int column, string value)
    {
        var fields = (string[])s_good.Clone();
        fields[column] = value;
        return fields;
    }

    [Fact]
    public void H6_a_good_row_becomes_a_project_with_its_employers_and_vacancies()
    {
        var project = RegionalProjectsCsvV1.Default.ParseRow(s_good, 2).Value;

        Assert.Equal(("RP-1", "Haven Rotterdam", "AM21"), (project.Id, project.Name, project.Region.ToString()));
        Assert.Equal(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)), project.Period);
        Assert.Equal(["12345678", "23456789"], project.Employers.Select(e => e.ToString()));
        Assert.Equal(["V-1"], project.VacancyIds);
    }

    [Fact]
    public void The_header_names_the_v1_columns_in_order()
    {
        Assert.Empty(RegionalProjectsCsvV1.CheckHeader([.. RegionalProjectsCsvV1.Columns]));
        Assert.Empty(RegionalProjectsCsvV1.CheckHeader(["\uFEFF project_id ", .. RegionalProjectsCsvV1.Columns.Skip(1)]));
        var error = Assert.Single(RegionalProjectsCsvV1.CheckHeader(["kvk", "sector_code", "employees"]));
        Assert.Equal(1, error.Line);
        Assert.Contains("Regional projects CSV v1", error.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, "", "project_id")]
    [InlineData(0, "RP 1", "project_id")]
    [InlineData(1, " ", "name")]
    [InlineData(2, "AM99", "region_code")]
    [InlineData(2, "AM04", "region_code")]
    [InlineData(2, "Haaglanden", "region_code")]
    [InlineData(3, "2025-02-30", "from")]
    [InlineData(4, "31-12-2025", "to")]
    [InlineData(4, "2024-12-31", "to")]
    [InlineData(5, "1234567;23456789", "employer_kvks")]
    public void H6_a_bad_field_is_reported_with_its_line_column_and_value(int column, string value, string name)
    {
        var result = RegionalProjectsCsvV1.Default.ParseRow(With(column, value), 7);

        Assert.False(result.Success);
        var error = Assert.Single(result.Errors);
        Assert.Equal((7L, name), (error.Line, error.Column));
        Assert.Equal(value.Trim(), error.Value);
        Assert.StartsWith($"line 7, {name}", error.ToString(), StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => result.Value);
    }

    [Fact]
    public void H6_every_error_of_a_row_is_reported_not_only_the_first()
    {
        var fields = With(2, "AM99");
        fields[3] = "gisteren";
        fields[5] = "x;12345678;y";

        Assert.Equal(
            ["region_code", "from", "employer_kvks", "employer_kvks"],
            RegionalProjectsCsvV1.Default.ParseRow(fields, 3).Errors.Select(e => e.Column));
    }

    [Fact]
    public void H6_a_project_that_names_no_employer_and_no_vacancy_is_refused_on_its_id()
    {
        var fields = With(5, " ");
        fields[6] = ";";

        var error = Assert.Single(RegionalProjectsCsvV1.Default.ParseRow(fields, 4).Errors);

        Assert.Equal(("project_id", "RP-1"), (error.Column, error.Value));
        Assert.Contains("nothing could count for it", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Fields_and_list_items_are_read_without_their_surrounding_spaces()
    {
        var project = RegionalProjectsCsvV1.Default.ParseRow([" RP-2 ", " Zorg ", " AM21 ", " 2025-01-01", "2025-06-30 ", " 12345678 ; ", " V-1 ; V-2 "], 2).Value;

        Assert.Equal(("RP-2", "Zorg", "AM21"), (project.Id, project.Name, project.Region.ToString()));
        Assert.Equal(["V-1", "V-2"], project.VacancyIds);
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_columns_is_refused_as_a_whole()
    {
        var error = Assert.Single(RegionalProjectsCsvV1.Default.ParseRow(s_good[..6], 4).Errors);

        Assert.Equal(("", 4L), (error.Column, error.Line));
        Assert.Contains("6 columns", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_one_day_project_ends_on_its_start_date() =>
        Assert.True(RegionalProjectsCsvV1.Default.ParseRow(With(4, "2025-01-01"), 2).Success);

    [Fact]
    public void Writing_a_project_and_reading_it_back_gives_the_same_project()
    {
        var project = new RegionalProject("RP.3_x", "Bouw, \"groot\"", RegionCode.Parse("AM13"), new DateInterval(new LocalDate(2024, 3, 1), new LocalDate(2026, 2, 28)), [KvkNumber.Parse("34567890")], ["V-9", "V-10"]);

        var fields = RegionalProjectsCsvV1.FormatRow(project);
        var read = RegionalProjectsCsvV1.Default.ParseRow(fields, 2).Value;

        Assert.Equal(fields, RegionalProjectsCsvV1.FormatRow(read));
    }

    [Fact]
    public void Line_numbers_start_after_the_header() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => RegionalProjectsCsvV1.Default.ParseRow(s_good, 1));
}
