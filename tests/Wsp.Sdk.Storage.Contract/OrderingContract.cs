using Wsp.Sdk.Vacancies;
using static Wsp.Sdk.Storage.Contract.DeskWorld;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// Every ordering a store answers compares text by ordinal (code point) comparison, on every store: upper case before
/// lower case, digits by character not by number, accented letters after z. Text that sorts differently by culture
/// or by number pins it down, so two stores cannot list the same records in two orders.
/// </summary>
public abstract class OrderingContract : StoreContract
{
    private static readonly string[] s_texts = ["apple", "Banana", "Äpfel", "zebra", "Zebra", "éclair", "a10", "a9", "a-1", "A", "ß", "B"];

    [Fact]
    public async Task A_specification_orders_text_by_ordinal_comparison_across_pages()
    {
        var account = World.Account();
        for (var i = 0; i < s_texts.Length; i++)
        {
            await Store.Vacancies.InsertAsync(Vacancy.Register(World.Registration(account, $"V-{i:D2}", title: s_texts[i]), World.Clock));
        }

        var seen = new List<VacancySummary>();
        string? token = null;
        do
        {
            var page = await Store.Vacancies.QueryAsync(new VacanciesInRegion("AM21", pageSize: 5), token);
            seen.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.Equal(s_texts.Order(StringComparer.Ordinal).Reverse(), seen.Select(v => v.Title));
    }

    [Fact]
    public async Task H8_accounts_are_ordered_by_name_by_ordinal_comparison()
    {
        for (var i = 0; i < s_texts.Length; i++)
        {
            await Store.Accounts.InsertAsync(World.Account($"EA-{i:D2}", name: $"{s_texts[i]} B.V.", postcode: $"{2611 + i} AB"));
        }

        var page = await Store.Accounts.QueryAsync(new AccountsOwnedBy(World.Delft.ToString(), pageSize: 50));

        Assert.Equal(s_texts.Select(t => $"{t} B.V.").Order(StringComparer.Ordinal), page.Items.Select(a => a.Name));
    }

    [Fact]
    public async Task H6_L2_lists_by_id_are_in_ordinal_order()
    {
        string[] ids = ["P-10", "P-9", "p-1", "P-1", "P_1", "P.1", "Q-1"];
        foreach (var id in ids)
        {
            await Store.Projects.InsertAsync(RegionalProjectStoreContract.Project(id));
            await Store.Arrangements.InsertAsync(Draft(World, $"ARR-{id}"));
        }

        Assert.Equal(ids.Order(StringComparer.Ordinal), (await Store.Projects.ListAsync(Haaglanden)).Select(p => p.Value.Id));
        Assert.Equal(ids.Select(id => $"ARR-{id}").Order(StringComparer.Ordinal), (await Store.Arrangements.ListAsync(ArrangementFilter.All)).Select(a => a.Id));
    }
}
