using NodaTime;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Sectors;
using static Wsp.Sdk.Storage.Contract.DeskWorld;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>The contract of <see cref="ISectorEmployerTotalsStore"/>: the coverage ratio's input data (rule H5) with source and date.</summary>
public abstract class SectorEmployerTotalsStoreContract : StoreContract
{
    private static SectorEmployerTotals Totals(LocalDate date, int retail, Geography.RegionCode? region = null) =>
        new(region ?? Haaglanden, date, $"KvK handelsregister, extract {date:uuuu-MM-dd}", new Dictionary<string, int> { ["RETAIL"] = retail, ["ICT"] = 8, ["UNNAMED"] = 0 });

    [Fact]
    public async Task H5_totals_round_trip_with_their_source_and_date_newest_first_per_region()
    {
        await Store.EmployerTotals.InsertAsync(Totals(new LocalDate(2014, 1, 1), 35));
        await Store.EmployerTotals.InsertAsync(Totals(new LocalDate(2015, 1, 1), 40));
        await Store.EmployerTotals.InsertAsync(Totals(new LocalDate(2015, 1, 1), 400, Amsterdam));

        var listed = await Store.EmployerTotals.ListAsync(Haaglanden);

        Assert.Equal([new LocalDate(2015, 1, 1), new LocalDate(2014, 1, 1)], listed.Select(t => t.Date));
        Assert.Equal("KvK handelsregister, extract 2015-01-01", listed[0].Source);
        Assert.Equal(new Dictionary<string, int> { ["ICT"] = 8, ["RETAIL"] = 40, ["UNNAMED"] = 0 }, listed[0].EmployersBySector);
        Assert.Equal(400, Assert.Single(await Store.EmployerTotals.ListAsync(Amsterdam)).EmployersBySector["RETAIL"]);
        Assert.Empty(await Store.EmployerTotals.ListAsync(Utrecht));
    }

    [Fact]
    public async Task H5_a_second_set_at_the_same_date_is_AlreadyExists_and_the_latest_as_of_a_date_is_found()
    {
        await Store.EmployerTotals.InsertAsync(Totals(new LocalDate(2014, 1, 1), 35));
        await Store.EmployerTotals.InsertAsync(Totals(new LocalDate(2015, 1, 1), 40));
        var error = await Assert.ThrowsAsync<StoreException>(() => Store.EmployerTotals.InsertAsync(Totals(new LocalDate(2015, 1, 1), 41)));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        Assert.Equal(35, (await Store.EmployerTotals.FindLatestAsync(Haaglanden, new LocalDate(2014, 12, 31)))!.EmployersBySector["RETAIL"]);
        Assert.Equal(40, (await Store.EmployerTotals.FindLatestAsync(Haaglanden, new LocalDate(2016, 1, 1)))!.EmployersBySector["RETAIL"]);
        Assert.Null(await Store.EmployerTotals.FindLatestAsync(Haaglanden, new LocalDate(2013, 1, 1)));
    }

    [Fact]
    public async Task H5_the_coverage_ratio_is_computed_from_the_stored_totals_and_names_them()
    {
        await Store.EmployerTotals.InsertAsync(Totals(new LocalDate(2015, 1, 1), 40));
        var totals = (await Store.EmployerTotals.FindLatestAsync(Haaglanden, new LocalDate(2015, 6, 30)))!;
        var report = CoverageBySector.Compute(totals, [new Counting.EmployerContact(Employers.KvkNumber.Parse("12345678"), "RETAIL", 12)]);

        Assert.Equal(1m / 40, report.Sectors.Single(s => s.SectorCode == "RETAIL").Ratio);
        Assert.Equal((new LocalDate(2015, 1, 1), "KvK handelsregister, extract 2015-01-01"), (report.TotalsDate, report.TotalsSource));
    }
}
