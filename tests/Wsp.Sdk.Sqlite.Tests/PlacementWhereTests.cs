using System.Text;
using Microsoft.Data.Sqlite;
using NodaTime;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite.Tests;

/// <summary>
/// The stream and the list of placements filter through one builder, with the SQL each had before: a stream's region
/// as a parameter, a list's region scope as literals (<c>RegionScope</c>), the date bounds as parameters of days.
/// </summary>
public sealed class PlacementWhereTests
{
    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");

    [Fact]
    public void A_stream_filter_is_its_region_and_dates_as_parameters()
    {
        using var command = new SqliteCommand();
        var filter = new PlacementFilter(s_haaglanden, StartedOnOrBefore: new LocalDate(2025, 12, 31), StartedOnOrAfter: new LocalDate(2015, 1, 1), EndedOnOrAfter: new LocalDate(2020, 1, 1));

        var sql = PlacementWhere.Append(new StringBuilder(), command, filter).ToString();

        Assert.Equal("1 = 1 AND region = $region AND start_day >= $started_after AND start_day <= $started_before AND (end_day IS NULL OR end_day >= $ended_after)", sql);
        Assert.Equal(["$region", "$started_after", "$started_before", "$ended_after"], command.Parameters.Cast<SqliteParameter>().Select(p => p.ParameterName));
    }

    [Fact]
    public void Security_a_list_filter_is_its_region_scope_and_start_dates_and_an_empty_scope_matches_nothing()
    {
        using var command = new SqliteCommand();
        var query = new PlacementQuery { Regions = [s_haaglanden, RegionCode.Parse("AM18")], StartedOnOrAfter = new LocalDate(2015, 1, 1) };

        Assert.Equal($"1 = 1 AND region IN ({s_haaglanden.Number}, {RegionCode.Parse("AM18").Number}) AND start_day >= $started_after", PlacementWhere.Append(new StringBuilder(), command, query).ToString());
        Assert.Equal("1 = 1 AND 0", PlacementWhere.Append(new StringBuilder(), new SqliteCommand(), new PlacementQuery { Regions = [] }).ToString());
        Assert.Equal("1 = 1", PlacementWhere.Append(new StringBuilder(), new SqliteCommand(), PlacementFilter.All).ToString());
    }
}
