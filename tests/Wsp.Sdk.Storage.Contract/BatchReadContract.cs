using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// What every store promises about batch reads: several accounts or vacancies in one call, each with the version a
/// point read gives, duplicates read once and unknown ids left out (the gateway's batch loader relies on it).
/// </summary>
public abstract class BatchReadContract : StoreContract
{
    [Fact]
    public async Task FindMany_reads_the_accounts_asked_for_with_their_versions_and_leaves_unknown_ids_out()
    {
        await Store.Accounts.InsertAsync(World.Account("EA-1"));
        await Store.Accounts.InsertAsync(World.Account("EA-2", "Drukkerij Het Anker", "2612 CD"));
        await Store.Accounts.InsertAsync(World.Account("EA-3", "Garage Vlietzicht", "2613 EF"));

        var found = await Store.Accounts.FindManyAsync(["EA-3", "EA-1", "EA-1", "EA-missing"]);

        Assert.Equal(["EA-1", "EA-3"], found.Select(a => a.Value.Id).Order(StringComparer.Ordinal));
        foreach (var account in found)
        {
            Assert.Equal((await Store.Accounts.FindAsync(account.Value.Id))!.ETag, account.ETag);
        }
    }

    [Fact]
    public async Task FindMany_reads_the_vacancies_asked_for_and_answers_an_empty_batch_with_nothing()
    {
        var account = World.Account();
        await Store.Vacancies.InsertAsync(Vacancy.Register(World.Registration(account, "V-1"), World.Clock));
        await Store.Vacancies.InsertAsync(Vacancy.Register(World.Registration(account, "V-2"), World.Clock));

        var found = await Store.Vacancies.FindManyAsync(["V-2", "V-1", "V-9"]);
        var none = await Store.Vacancies.FindManyAsync([]);

        Assert.Equal(["V-1", "V-2"], found.Select(v => v.Value.Id).Order(StringComparer.Ordinal));
        Assert.Equal(World.Describe((await Store.Vacancies.FindAsync("V-2"))!.Value), World.Describe(found.Single(v => v.Value.Id == "V-2").Value));
        Assert.Empty(none);
    }
}
