using NodaTime;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>What every store promises about vacancies: documents written whole, guarded by their ETag.</summary>
public abstract class VacancyStoreContract : StoreContract
{
    [Fact]
    public async Task Round_trip_preserves_every_field_of_the_document()
    {
        var account = World.Account();
        var vacancy = Vacancy.Register(
            World.Registration(
                account,
                "V-full",
                positions: 12,
                targetGroups: TargetGroupSet.Of(TargetGroup.Banenafspraak, TargetGroup.Youth),
                selection: SelectionCriteria.Age,
                coProductionId: "CP-7",
                receivedAt: World.Clock.GetCurrentInstant() - Duration.FromHours(30),
                publication: Publication.Blocked("Only through the WSP: the employer asked for a trial placement first")),
            World.Clock);
        World.Clock.Advance(Duration.FromMinutes(5));
        vacancy = vacancy.Refer(World.Candidate(1), World.Delft, TargetGroupSet.Of(TargetGroup.Banenafspraak), meetsRequirements: true, World.Clock);
        vacancy = vacancy.Refer(World.Candidate(2), World.Delft, TargetGroupSet.Of(TargetGroup.Participatiewet, TargetGroup.Youth), meetsRequirements: true, World.Clock);
        vacancy = vacancy.Refer(World.Candidate(3), World.Uwv, TargetGroupSet.Of(TargetGroup.Youth, TargetGroup.WW), meetsRequirements: true, World.Clock);
        vacancy = vacancy.BookPlacement(World.Booking(1, World.Delft), World.Clock);
        // The arrangement is with the bakery's company (its KvK number, rule L2), as a national employer.
        var arrangement = DeskWorld.Final(World, "ARR-001", DeskWorld.NationalEmployer(World, kvk: "12345678")).Join(DeskWorld.Haaglanden, World);
        vacancy = vacancy.BookPlacement(new PlacementBooking("P-2", World.Candidate(2), World.Delft, new LocalDate(2026, 4, 1), 12.75m, new LocalDate(2026, 9, 30), "ARR-001"), arrangement, World.Clock);
        vacancy = vacancy.HandOver(World.DenHaag, World.Clock);

        var inserted = await Store.Vacancies.InsertAsync(vacancy);
        var read = await Store.Vacancies.FindAsync("V-full");

        Assert.NotNull(read);
        Assert.Equal(World.Describe(vacancy), World.Describe(read.Value));
        Assert.Equal(inserted.ETag, read.ETag);
        Assert.Equal(World.Describe(vacancy), World.Describe(inserted.Value));
    }

    [Fact]
    public async Task Find_of_a_missing_id_is_null()
    {
        Assert.Null(await Store.Vacancies.FindAsync("V-missing"));
    }

    [Fact]
    public async Task Insert_of_an_existing_id_is_AlreadyExists_and_keeps_the_stored_document()
    {
        var first = await Store.Vacancies.InsertAsync(World.Vacancy("V-1"));
        var other = Vacancy.Register(World.Registration(id: "V-1", title: "Another title"), World.Clock);

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Vacancies.InsertAsync(other));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        var read = await Store.Vacancies.FindAsync("V-1");
        Assert.Equal("Baker's assistant", read!.Value.Title);
        Assert.Equal(first.ETag, read.ETag);
    }

    [Fact]
    public async Task Replace_with_the_current_ETag_writes_and_gives_a_new_ETag()
    {
        var inserted = await Store.Vacancies.InsertAsync(World.Vacancy());

        var replaced = await Store.Vacancies.ReplaceAsync(inserted.Value.Close(), inserted.ETag);

        Assert.NotEqual(inserted.ETag, replaced.ETag);
        var read = await Store.Vacancies.FindAsync("V-1");
        Assert.Equal(VacancyStatus.Closed, read!.Value.Status);
        Assert.Equal(replaced.ETag, read.ETag);
    }

    [Fact]
    public async Task Replace_with_a_stale_ETag_is_Conflict_and_writes_nothing()
    {
        var inserted = await Store.Vacancies.InsertAsync(World.Vacancy());
        var winner = await Store.Vacancies.ReplaceAsync(World.Refer(inserted.Value, 1), inserted.ETag);

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Vacancies.ReplaceAsync(inserted.Value.Close(), inserted.ETag));

        Assert.Equal(StoreErrorCode.Conflict, error.Code);
        var read = await Store.Vacancies.FindAsync("V-1");
        Assert.Equal(winner.ETag, read!.ETag);
        Assert.Equal(VacancyStatus.Open, read.Value.Status);
        Assert.Single(read.Value.Referrals);
    }

    [Fact]
    public async Task Replace_of_a_missing_vacancy_is_NotFound()
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Vacancies.ReplaceAsync(World.Vacancy("V-never"), "1"));

        Assert.Equal(StoreErrorCode.NotFound, error.Code);
        Assert.Null(await Store.Vacancies.FindAsync("V-never"));
    }

    [Fact]
    public async Task Update_of_a_missing_vacancy_is_NotFound()
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Vacancies.UpdateAsync("V-never", v => v.Close()));

        Assert.Equal(StoreErrorCode.NotFound, error.Code);
    }

    [Fact]
    public async Task The_summary_is_written_with_the_document_and_equals_the_summary_of_the_vacancy()
    {
        var vacancy = World.ReferAndBook(World.Vacancy(), 1);
        await Store.Vacancies.InsertAsync(vacancy);

        var page = await Store.Vacancies.QueryAsync(new VacanciesOwnedBy(World.Delft.ToString()));

        Assert.Equal(VacancySummary.Of(vacancy), Assert.Single(page.Items));
        Assert.Null(page.ContinuationToken);
    }

    [Fact]
    public async Task Paging_by_continuation_returns_every_item_exactly_once_in_the_specified_order()
    {
        var account = World.Account();
        for (var i = 0; i < 23; i++)
        {
            await Store.Vacancies.InsertAsync(Vacancy.Register(World.Registration(account, $"V-{i:D2}", title: $"Title {i % 5}"), World.Clock));
        }

        var seen = new List<VacancySummary>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await Store.Vacancies.QueryAsync(new VacanciesInRegion("AM21", pageSize: 5), token);
            Assert.True(page.Items.Count <= 5);
            seen.AddRange(page.Items);
            token = page.ContinuationToken;
            pages++;
            Assert.True(pages <= 10, "paging does not end");
        }
        while (token is not null);

        Assert.Equal(23, seen.Count);
        Assert.Equal(23, seen.Select(v => v.Id).Distinct().Count());
        var expected = seen.OrderByDescending(v => v.Title, StringComparer.Ordinal).ThenBy(v => v.Id, StringComparer.Ordinal).Select(v => v.Id);
        Assert.Equal(expected, seen.Select(v => v.Id));
    }

    [Fact]
    public async Task Paging_without_ordering_still_returns_every_item_exactly_once()
    {
        var account = World.Account();
        for (var i = 0; i < 12; i++)
        {
            await Store.Vacancies.InsertAsync(Vacancy.Register(World.Registration(account, $"V-{i:D2}"), World.Clock));
        }

        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await Store.Vacancies.QueryAsync(new OpenVacanciesWithWorkplaces(1, pageSize: 5), token);
            seen.AddRange(page.Items.Select(v => v.Id));
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(0, 12).Select(i => $"V-{i:D2}").Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_query_that_matches_nothing_is_one_empty_page()
    {
        await Store.Vacancies.InsertAsync(World.Vacancy());

        var page = await Store.Vacancies.QueryAsync(new VacanciesOwnedBy("GM0599"));

        Assert.Empty(page.Items);
        Assert.Null(page.ContinuationToken);
    }
}
