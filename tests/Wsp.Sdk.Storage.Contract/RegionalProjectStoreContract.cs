using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.RegionalProjects;
using static Wsp.Sdk.Storage.Contract.DeskWorld;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>The contract of <see cref="IRegionalProjectStore"/>: the regional projects of rule H6, stored per region and corrected over their ETag.</summary>
public abstract class RegionalProjectStoreContract : StoreContract
{
    private static readonly DateInterval s_year2026 = new(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

    public static RegionalProject Project(string id = "P-1", string name = "Haven Rotterdam-Delft", Geography.RegionCode? region = null, DateInterval? period = null, string[]? employers = null, string[]? vacancies = null) =>
        new(id, name, region ?? Haaglanden, period ?? s_year2026, (employers ?? ["12345678"]).Select(KvkNumber.Parse), vacancies ?? ["V-1"]);

    [Fact]
    public async Task H6_a_project_round_trips_with_its_scope_and_period_and_is_listed_per_region_by_id()
    {
        await Store.Projects.InsertAsync(Project("P-2", employers: ["87654321", "12345678"], vacancies: []));
        await Store.Projects.InsertAsync(Project("P-1", period: new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 1))));
        await Store.Projects.InsertAsync(Project("P-3", region: Amsterdam));

        var found = await Store.Projects.FindAsync(Haaglanden, "P-2");
        var listed = await Store.Projects.ListAsync(Haaglanden);

        Assert.NotNull(found);
        Assert.Equal(("P-2", "Haven Rotterdam-Delft", Haaglanden, s_year2026), (found.Value.Id, found.Value.Name, found.Value.Region, found.Value.Period));
        Assert.Equal(["12345678", "87654321"], found.Value.Employers.Select(e => e.ToString()));
        Assert.Empty(found.Value.VacancyIds);
        Assert.Equal(["P-1", "P-2"], listed.Select(p => p.Value.Id));
        Assert.Equal(new DateInterval(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 1)), listed[0].Value.Period);
        Assert.Equal(["V-1"], listed[0].Value.VacancyIds);
        Assert.Equal(found.ETag, listed[1].ETag);
        Assert.Equal("P-3", Assert.Single(await Store.Projects.ListAsync(Amsterdam)).Value.Id);
        Assert.Empty(await Store.Projects.ListAsync(Utrecht));
        Assert.Null(await Store.Projects.FindAsync(Amsterdam, "P-2"));
    }

    [Fact]
    public async Task H6_a_project_id_is_unique_within_its_region_and_may_recur_in_another()
    {
        await Store.Projects.InsertAsync(Project("P-1"));

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Projects.InsertAsync(Project("P-1", name: "Another")));
        await Store.Projects.InsertAsync(Project("P-1", region: Amsterdam, name: "Amsterdam's own"));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        Assert.Equal("Haven Rotterdam-Delft", (await Store.Projects.FindAsync(Haaglanden, "P-1"))!.Value.Name);
        Assert.Equal("Amsterdam's own", (await Store.Projects.FindAsync(Amsterdam, "P-1"))!.Value.Name);
    }

    [Fact]
    public async Task H6_a_correction_is_written_over_the_version_read_and_a_stale_one_is_Conflict()
    {
        var first = await Store.Projects.InsertAsync(Project());
        var corrected = await Store.Projects.ReplaceAsync(Project(name: "Haven Delft", vacancies: ["V-1", "V-2"]), first.ETag);

        var stale = await Assert.ThrowsAsync<StoreException>(() => Store.Projects.ReplaceAsync(Project(name: "Lost update"), first.ETag));
        var missing = await Assert.ThrowsAsync<StoreException>(() => Store.Projects.ReplaceAsync(Project("P-9"), first.ETag));
        var read = await Store.Projects.FindAsync(Haaglanden, "P-1");

        Assert.Equal(StoreErrorCode.Conflict, stale.Code);
        Assert.Equal(StoreErrorCode.NotFound, missing.Code);
        Assert.NotEqual(first.ETag, corrected.ETag);
        Assert.Equal(corrected.ETag, read!.ETag);
        Assert.Equal(("Haven Delft", 2), (read.Value.Name, read.Value.VacancyIds.Count));
    }

    [Fact]
    public async Task H6_placements_count_for_the_stored_projects_of_the_region()
    {
        var account = World.Account();
        await Store.Accounts.InsertAsync(account);
        var vacancy = await Store.Vacancies.InsertAsync(World.ReferAndBook(World.Vacancy(account: account), 1));
        await Store.Projects.InsertAsync(Project("P-employer", vacancies: []));
        await Store.Projects.InsertAsync(Project("P-vacancy", employers: [], vacancies: [vacancy.Value.Id]));
        await Store.Projects.InsertAsync(Project("P-other", employers: ["87654321"], vacancies: ["V-9"]));

        var projects = (await Store.Projects.ListAsync(Haaglanden)).Select(p => p.Value);
        var counts = await RegionalProjectPlacements.CountAsync(projects, Store.Placements.StreamAsync(new PlacementFilter(Haaglanden)));

        Assert.Equal([("P-employer", 1), ("P-other", 0), ("P-vacancy", 1)], counts.Select(c => (c.ProjectId, c.Placements)));
        var read = await new ManagementInformationReader(Store).RegionalProjectPlacementsAsync(Haaglanden);
        Assert.Equal(counts.Select(c => (c.ProjectId, c.Placements)), read.Select(c => (c.ProjectId, c.Placements)));
        Assert.Empty(await new ManagementInformationReader(Store).RegionalProjectPlacementsAsync(Utrecht));
    }
}
