using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// A lost update is a defect: concurrent writers on one document each either win with their change applied to the
/// latest state, or get a typed <see cref="StoreErrorCode.Conflict"/> once their retries are exhausted.
/// </summary>
public abstract class ConcurrencyContract : StoreContract
{
    [Theory]
    [InlineData(16)]
    [InlineData(64)]
    public async Task H13_concurrent_bookings_on_one_vacancy_all_succeed_and_lose_no_update(int writers)
    {
        // A co-production may grow past 9 workplaces (rule H13); every candidate is referred first (rule H16).
        var vacancy = World.Vacancy(positions: writers, coProductionId: "CP-1");
        for (var i = 1; i <= writers; i++)
        {
            vacancy = World.Refer(vacancy, i);
        }

        await Store.Vacancies.InsertAsync(vacancy);

        // The default retry (ConflictRetry.Default) is bound to let up to 64 concurrent writers of one document all
        // succeed, whatever the timing: no booking may be refused for contention alone.
        var outcomes = await Concurrently(writers, async candidate =>
        {
            await Store.Vacancies.UpdateAsync("V-1", v => v.BookPlacement(World.Booking(candidate), World.Clock));
        });

        Assert.All(outcomes, o => Assert.Null(o));
        var stored = (await Store.Vacancies.FindAsync("V-1"))!.Value;
        var booked = Enumerable.Range(1, writers).Select(i => $"P-{i}").Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(booked, stored.Placements.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Equal(writers, stored.Workplaces);
        Assert.Equal(writers, stored.Placements.Select(p => p.Candidate).Distinct().Count());
        var streamed = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All));
        Assert.Equal(booked, streamed.Select(p => p.Id).Order(StringComparer.Ordinal));
        var summary = Assert.Single((await Store.Vacancies.QueryAsync(new VacanciesOwnedBy(World.Delft.ToString()))).Items);
        Assert.Equal(VacancySummary.Of(stored), summary);
    }

    [Fact]
    public async Task H13_concurrent_bookings_of_one_candidate_are_refused_by_the_rule_never_by_contention()
    {
        const int Writers = 16;
        var vacancy = World.Refer(World.Vacancy(positions: Writers, coProductionId: "CP-1"), 1);
        await Store.Vacancies.InsertAsync(vacancy);

        // Sixteen partners' screens book the same candidate at once, each under its own placement id.
        var outcomes = await Concurrently(Writers, async n =>
        {
            await Store.Vacancies.UpdateAsync("V-1", v => v.BookPlacement(World.Booking(1, id: $"P-{n}"), World.Clock));
        });

        Assert.Single(outcomes, o => o is null);
        Assert.All(outcomes.Where(o => o is not null), o => Assert.Equal(Rules.RuleId.H13, Assert.IsType<Rules.RuleViolationException>(o).Rule));
        var stored = (await Store.Vacancies.FindAsync("V-1"))!.Value;
        Assert.Single(stored.Placements);
        Assert.Equal(1, stored.Workplaces);
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

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Vacancies.UpdateAsync("V-1", Interfering, new ConflictRetry { Attempts = 3 }));

        Assert.Equal(StoreErrorCode.Conflict, error.Code);
        Assert.Equal(3, interfered);
        var stored = (await Store.Vacancies.FindAsync("V-1"))!.Value;
        Assert.Empty(stored.Placements);
        Assert.Equal(5, stored.Referrals.Count);

        // With one more attempt than there is interference, the booking lands on the latest state.
        var calls = 0;
        var written = await Store.Vacancies.UpdateAsync("V-1", v => ++calls == 1 ? Interfering(v) : v.BookPlacement(World.Booking(1), World.Clock), new ConflictRetry { Attempts = 2 });
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

    /// <summary>Runs <paramref name="writers"/> operations released at the same moment; each one's exception, or null.</summary>
    private static async Task<Exception?[]> Concurrently(int writers, Func<int, Task> operation)
    {
        using var start = new SemaphoreSlim(0);

        async Task<Exception?> Run(int n)
        {
            await start.WaitAsync();
            try
            {
                await operation(n);
                return null;
            }
            catch (Exception e) when (e is StoreException or Rules.RuleViolationException)
            {
                return e;
            }
        }

        var runs = Enumerable.Range(1, writers).Select(n => Task.Run(() => Run(n))).ToArray();
        start.Release(writers);
        return await Task.WhenAll(runs);
    }
}
