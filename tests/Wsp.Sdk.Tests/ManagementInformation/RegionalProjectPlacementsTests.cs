using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.RegionalProjects;

namespace Wsp.Sdk.Tests.ManagementInformation;

public sealed class RegionalProjectPlacementsTests
{
    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");

    [Fact]
    public async Task H6_placements_per_regional_project_are_those_in_its_region_and_period_at_its_employers_or_on_its_vacancies()
    {
        var placements = RandomPlacements.Generate(3000, seed: 2016);
        var greenhouses = new RegionalProject("P-1", "Kassen Westland", s_haaglanden, new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2015, 6, 30)), [KvkNumber.Parse("12345678")], []);
        var hospital = new RegionalProject("P-2", "Ziekenhuis co-productie", s_haaglanden, new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2016, 12, 31)), [], ["V-3", "V-4"]);

        var counts = RegionalProjectPlacements.Count([hospital, greenhouses], placements);
        var streamed = await RegionalProjectPlacements.CountAsync([hospital, greenhouses], placements.ToAsyncEnumerable());

        Assert.Equal(["P-1", "P-2"], counts.Select(c => c.ProjectId));
        foreach (var (project, count) in new[] { greenhouses, hospital }.Zip(counts))
        {
            var independent = placements.Where(p => p.Region.Code == s_haaglanden && project.Period.Contains(p.Start)
                && (project.Employers.Contains(p.Employer) || project.VacancyIds.Contains(p.VacancyId))).ToArray();
            Assert.Equal(independent.Length, count.Placements);
            Assert.True(count.Placements > 0);
            Assert.Equal(independent.GroupBy(p => p.BookingPartner).ToDictionary(g => g.Key, g => g.Count()), count.ByPartner);
        }

        Assert.Equal(counts.Select(c => c.Placements), streamed.Select(c => c.Placements));
        Assert.Equal("regional-project-placements/1", counts[0].Figure.ToString());
    }

    [Fact]
    public void H6_a_project_names_an_employer_or_a_vacancy()
    {
        var period = new DateInterval(new LocalDate(2015, 1, 1), new LocalDate(2015, 12, 31));
        Assert.Throws<ArgumentException>(() => new RegionalProject("P-3", "Empty", s_haaglanden, period, [], []));
        var project = new RegionalProject("P-4", "Bakery", s_haaglanden, period, [KvkNumber.Parse("12345678")], []);
        Assert.Throws<ArgumentException>(() => RegionalProjectPlacements.Count([project, project], []));
        Assert.Equal(0, RegionalProjectPlacements.Count([project], [])[0].Placements);
    }
}
