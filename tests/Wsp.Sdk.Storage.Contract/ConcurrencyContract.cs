using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// A lost update is a defect: concurrent writers on one document each either win with their change applied to the
/// latest state, or get a typed <see cref="StoreErrorCode.Conflict"/> once their retries are exhausted.
/// </summary>
public abstract class ConcurrencyContract : StoreContract
{
    private const int Writers = 16;

    [Fact]
    public async Task H13_sixteen_concurrent_bookings_on_one_vacancy_lose_no_update()
    {
        // A co-production may grow past 9 workplaces (rule H13); every candidate is referred first (rule H16).
        var vacancy = World.Vacancy(positions: Writers, coProductionId: "CP-1");
        for (var i = 1; i <= Writers; i++)
        {
            vacancy = World.Refer(vacancy, i);
        }

        await Store.Vacancies.InsertAsync(vacancy);
        using var start = new SemaphoreSlim(0);

        async Task<StoreErrorCode?> Book(int candidate)
        {
            await start.WaitAsync();
            try
            {
                await Store.Vacancies.UpdateAsync("V-1", v => v.BookPlacement(World.Booking(candidate), World.Clock));
                return null;
            }
            catch (StoreException e)
            {
                return e.Code;
            }
        }

        var bookings = Enumerable.Range(1, Writers).Select(i => Task.Run(() => Book(i))).ToArray();
        start.Release(Writers);
        var outcomes = await Task.WhenAll(bookings);

        var stored = (await Store.Vacancies.FindAsync("V-1"))!.Value;
        var succeeded = Enumerable.Range(1, Writers).Where(i => outcomes[i - 1] is null).Select(i => $"P-{i}").Order(StringComparer.Ordinal).ToArray();
        Assert.All(outcomes, o => Assert.True(o is null or StoreErrorCode.Conflict, $"unexpected {o}"));
        Assert.NotEmpty(succeeded);
        Assert.Equal(succeeded, stored.Placements.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(Math.Max(1, stored.Placements.Count), stored.Workplaces);
        Assert.Equal(succeeded.Length, stored.Placements.Select(p => p.Candidate).Distinct().Count());
        var streamed = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All));
        Assert.Equal(succeeded, streamed.Select(p => p.Id).Order(StringComparer.Ordinal));
        var summary = Assert.Single((await Store.Vacancies.QueryAsync(new VacanciesOwnedBy(World.Delft.ToString()))).Items);
        Assert.Equal(VacancySummary.Of(stored), summary);
    }

    [Fact]
    public async Task A_conflict_surfaces_as_a_typed_StoreException_only_when_every_attempt_met_a_concurrent_change()
    {
        var vacancy = World.Vacancy(positions: 3);
        vacancy = World.Refer(World.Refer(vacancy, 1), 2);
        await Store.Vacancies.InsertAsync(vacancy);
        var interfered = 0;

        // Every time the operation runs, another writer changes the vacancy first: with one attempt this is a conflict.
        Vacancy Interfering(Vacancy v)
        {
            interfered++;
            var current = Store.Vacancies.FindAsync("V-1").GetAwaiter().GetResult()!;
            Store.Vacancies.ReplaceAsync(World.Refer(current.Value, 100 + interfered), current.ETag).GetAwaiter().GetResult();
            return v.BookPlacement(World.Booking(1), World.Clock);
        }

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Vacancies.UpdateAsync("V-1", Interfering, attempts: 3));

        Assert.Equal(StoreErrorCode.Conflict, error.Code);
        Assert.Equal(3, interfered);
        var stored = (await Store.Vacancies.FindAsync("V-1"))!.Value;
        Assert.Empty(stored.Placements);
        Assert.Equal(5, stored.Referrals.Count);

        // With one more attempt than there is interference, the booking lands on the latest state.
        var calls = 0;
        var written = await Store.Vacancies.UpdateAsync("V-1", v => ++calls == 1 ? Interfering(v) : v.BookPlacement(World.Booking(1), World.Clock), attempts: 2);
        Assert.Equal(6, written.Value.Referrals.Count);
        Assert.Single(written.Value.Placements);
    }

    [Fact]
    public async Task Concurrent_inserts_of_one_id_let_exactly_one_win()
    {
        using var start = new SemaphoreSlim(0);

        async Task<bool> Insert(int n)
        {
            await start.WaitAsync();
            try
            {
                await Store.Accounts.InsertAsync(World.Account(name: $"Werkgever {n}"));
                return true;
            }
            catch (StoreException e) when (e.Code == StoreErrorCode.AlreadyExists)
            {
                return false;
            }
        }

        var inserts = Enumerable.Range(0, 8).Select(n => Task.Run(() => Insert(n))).ToArray();
        start.Release(8);
        var won = await Task.WhenAll(inserts);

        Assert.Equal(1, won.Count(w => w));
        Assert.NotNull(await Store.Accounts.FindAsync("EA-1"));
    }
}
