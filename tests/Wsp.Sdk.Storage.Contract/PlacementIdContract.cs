using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// A placement id is unique across the whole store, whichever way the placement came in (booked on a vacancy through
/// the workflow, or imported from a partner's own system) and whichever region it is in: a second placement with a
/// taken id is refused with <see cref="StoreErrorCode.AlreadyExists"/>, nothing of it is written, and the region's
/// list and count keep the id once (docs/storage.md). Each collision the Cosmos DB store once let through has a test.
/// </summary>
public abstract class PlacementIdContract : StoreContract
{
    private static readonly BookingPartner s_amsterdam = BookingPartner.Parse("GM0363");

    public static TheoryData<string> Regions => ["the same region", "another region"];

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task A_booking_whose_id_was_imported_is_AlreadyExists_and_writes_nothing(string where)
    {
        await Store.Placements.ImportAsync("import-1", World.Async([Imported("P-1", where == "the same region" ? "GM0503" : "GM0363")]));
        await Store.Vacancies.InsertAsync(World.Refer(World.Vacancy("V-1"), 1));

        var error = await Assert.ThrowsAsync<StoreException>(() => Book("V-1", 1, "P-1"));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        await AssertUnbookedAsync("V-1");
        await AssertHeldOnceAsync("P-1", where == "the same region" ? "AM21" : "AM18", vacancyId: "V-EXT");
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task A_booking_whose_id_is_booked_on_another_vacancy_is_AlreadyExists_and_writes_nothing(string where)
    {
        await Store.Vacancies.InsertAsync(World.Refer(World.Vacancy("V-1"), 1));
        await Book("V-1", 1, "P-1");
        var other = where == "the same region" ? World.Vacancy("V-2") : InAmsterdam("V-2");
        await Store.Vacancies.InsertAsync(World.Refer(other, 2));

        var error = await Assert.ThrowsAsync<StoreException>(() => Book("V-2", 2, "P-1"));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        await AssertUnbookedAsync("V-2");
        await AssertHeldOnceAsync("P-1", "AM21", vacancyId: "V-1");
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public async Task An_import_naming_an_id_booked_on_a_vacancy_writes_nothing_and_keeps_its_import_id_free(string where)
    {
        await Store.Vacancies.InsertAsync(World.Refer(World.Vacancy("V-1"), 1));
        await Book("V-1", 1, "P-1");
        var others = World.Placements(20, "A");

        // The taken id last, so a store that writes as it goes has written the rest: it must take them back.
        var error = await Assert.ThrowsAsync<StoreException>(() =>
            Store.Placements.ImportAsync("import-1", World.Async(others.Append(Imported("P-1", where == "the same region" ? "GM0518" : "GM0363")))));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        await AssertHeldOnceAsync("P-1", "AM21", vacancyId: "V-1");
        Assert.Single(await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All)));
        Assert.Equal(20, (await Store.Placements.ImportAsync("import-1", World.Async(others))).Placements);
    }

    [Fact]
    public async Task An_import_naming_an_id_imported_in_another_region_writes_nothing()
    {
        await Store.Placements.ImportAsync("import-1", World.Async([Imported("P-1", "GM0363")]));

        var error = await Assert.ThrowsAsync<StoreException>(() =>
            Store.Placements.ImportAsync("import-2", World.Async(World.Placements(20, "B").Append(Imported("P-1", "GM0503")))));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        await AssertHeldOnceAsync("P-1", "AM18", vacancyId: "V-EXT");
        Assert.Single(await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All)));
    }

    [Fact]
    public async Task An_import_naming_one_id_twice_in_two_regions_writes_nothing()
    {
        var twice = World.Placements(20, "C").Append(Imported("P-1", "GM0503")).Append(Imported("P-1", "GM0363"));

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Placements.ImportAsync("import-1", World.Async(twice)));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        Assert.Empty(await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All)));
    }

    [Fact]
    public async Task An_id_freed_by_rolling_its_import_back_can_be_booked()
    {
        await Store.Placements.ImportAsync("import-1", World.Async([Imported("P-1", "GM0363")]));
        await Store.Vacancies.InsertAsync(World.Refer(World.Refer(World.Vacancy("V-1", positions: 2), 1), 2));
        Assert.Equal(StoreErrorCode.AlreadyExists, (await Assert.ThrowsAsync<StoreException>(() => Book("V-1", 1, "P-1"))).Code);

        // The refused booking reserved nothing: another id books at once, and the id itself once its import is gone.
        await Book("V-1", 2, "P-2");
        Assert.Equal(1, await Store.Placements.RollbackImportAsync("import-1"));
        await Book("V-1", 1, "P-1");

        await AssertHeldOnceAsync("P-1", "AM21", vacancyId: "V-1");
        Assert.Equal(["P-1", "P-2"], (await Store.Vacancies.FindAsync("V-1"))!.Value.Placements.Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_booking_that_lost_a_race_leaves_its_id_free_for_another_vacancy()
    {
        await Store.Vacancies.InsertAsync(World.Refer(World.Vacancy("V-1"), 1));
        await Store.Vacancies.InsertAsync(World.Refer(InAmsterdam("V-2"), 2));
        var read = (await Store.Vacancies.FindAsync("V-1"))!;

        // Another writer changes V-1 first, so the booking over the version read is a Conflict and writes nothing.
        await Store.Vacancies.ReplaceAsync(World.Refer(read.Value, 3), read.ETag);
        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Vacancies.ReplaceAsync(read.Value.BookPlacement(World.Booking(1, id: "P-1"), World.Clock), read.ETag));

        Assert.Equal(StoreErrorCode.Conflict, error.Code);
        await Book("V-2", 2, "P-1");
        await AssertHeldOnceAsync("P-1", "AM18", vacancyId: "V-2");
        await AssertUnbookedAsync("V-1");
    }

    private Task<Versioned<Vacancy>> Book(string vacancyId, int candidate, string placementId) =>
        Store.Vacancies.UpdateAsync(vacancyId, v => v.BookPlacement(World.Booking(candidate, v.Owner, placementId), World.Clock));

    /// <summary>A vacancy of an Amsterdam employer (region AM18, Groot Amsterdam), owned by the municipality.</summary>
    private Vacancy InAmsterdam(string id)
    {
        var account = EmployerAccount.Register(World.AccountRegistration("EA-2", "Zaagmolen De Otter B.V.", "1011 AB", s_amsterdam, municipality: "GM0363"), [], World.Clock).Account!;
        return World.Vacancy(id, account: account);
    }

    /// <summary>A placement from a partner's own system, in the municipality's region, booked by the municipality.</summary>
    private static Placement Imported(string id, string municipality)
    {
        var place = Gazetteer.Default.FindMunicipality(municipality)!;
        return new Placement(id, "V-EXT", KvkNumber.Parse("87654321"), place, "RETAIL", CandidateReference.Create("K0000001"), BookingPartner.ForMunicipality(place.Code), World.Participatiewet, new LocalDate(2026, 1, 5), null, 25.5m, EmployerKind.Market);
    }

    private async Task AssertUnbookedAsync(string vacancyId)
    {
        var vacancy = (await Store.Vacancies.FindAsync(vacancyId))!.Value;
        Assert.Empty(vacancy.Placements);
        Assert.Equal(1, vacancy.Workplaces);
    }

    /// <summary>The id is in the store once, in its region, held by the placement that came first; lists and counts agree.</summary>
    private async Task AssertHeldOnceAsync(string id, string region, string vacancyId)
    {
        var streamed = (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Where(p => p.Id == id).ToList();
        var held = Assert.Single(streamed);
        Assert.Equal(region, held.Region.Code.ToString());
        Assert.Equal(vacancyId, held.VacancyId);
        var inRegion = new PlacementQuery { Regions = [RegionCode.Parse(region)], PageSize = PlacementQuery.MaxPageSize };
        var page = await Store.Placements.QueryAsync(inRegion);
        Assert.Single(page.Items, p => p.Id == id);
        Assert.Equal(page.Items.Count, await Store.Placements.CountAsync(inRegion));
    }
}
