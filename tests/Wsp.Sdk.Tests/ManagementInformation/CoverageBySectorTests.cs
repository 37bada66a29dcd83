using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Sectors;

namespace Wsp.Sdk.Tests.ManagementInformation;

public sealed class CoverageBySectorTests
{
    private static readonly SectorEmployerTotals s_totals = new(
        RegionCode.Parse("AM21"),
        new LocalDate(2015, 1, 1),
        "KvK handelsregister, extract 2015-01-01",
        new Dictionary<string, int> { ["RETAIL"] = 40, ["ICT"] = 8, ["SECURITY"] = 0 });

    [Fact]
    public void H5_coverage_per_sector_counts_distinct_employers_with_10_or_more_staff_against_the_stored_totals()
    {
        EmployerContact[] contacts =
        [
            new(KvkNumber.Parse("12345678"), "RETAIL", 12),
            new(KvkNumber.Parse("12345678"), "RETAIL", 12),
            new(KvkNumber.Parse("23456789"), "RETAIL", 9),
            new(KvkNumber.Parse("34567890"), "RETAIL", 250),
            new(KvkNumber.Parse("45678901"), "ICT", 10),
            new(KvkNumber.Parse("56789012"), "MINING", 60),
        ];

        var report = CoverageBySector.Compute(s_totals, contacts);

        Assert.Equal(["ICT", "RETAIL", "SECURITY"], report.Sectors.Select(s => s.SectorCode));
        var retail = report.Sectors.Single(s => s.SectorCode == "RETAIL");
        Assert.Equal((2, 40, 0.05m), (retail.EmployersInContact, retail.EmployersInRegion, retail.Ratio!.Value));
        Assert.Equal(1m / 8, report.Sectors.Single(s => s.SectorCode == "ICT").Ratio);
        Assert.Null(report.Sectors.Single(s => s.SectorCode == "SECURITY").Ratio);
        Assert.Equal(1, report.ContactsOutsideTotals);
        Assert.Equal(("KvK handelsregister, extract 2015-01-01", new LocalDate(2015, 1, 1)), (report.TotalsSource, report.TotalsDate));
        Assert.Equal("coverage-ratio/1", report.Definition.ToString());
    }

    [Fact]
    public void H5_the_totals_are_input_data_with_a_source_and_never_negative()
    {
        Assert.Throws<ArgumentException>(() => new SectorEmployerTotals(RegionCode.Parse("AM21"), new LocalDate(2015, 1, 1), " ", new Dictionary<string, int>()));
        Assert.Throws<ArgumentException>(() => new SectorEmployerTotals(RegionCode.Parse("AM21"), new LocalDate(2015, 1, 1), "CBS", new Dictionary<string, int> { ["RETAIL"] = -1 }));
        Assert.Equal(["ICT", "RETAIL", "SECURITY"], s_totals.EmployersBySector.Keys);
    }
}
