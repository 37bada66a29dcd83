using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// The SDK's named specifications (the partner's lists: region scope, status, owner, employer, order, paging) give the
/// same answer on every store as in memory: each test compares a store's page with Ardalis's in-memory evaluation of
/// the same specification over every summary the store holds.
/// </summary>
public abstract class NamedSpecificationContract : StoreContract
{
    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");
    private static readonly RegionCode s_grootAmsterdam = RegionCode.Parse("AM18");
    private static readonly RegionCode s_middenUtrecht = RegionCode.Parse("AM13");

    private readonly List<VacancySummary> _vacancies = [];
    private readonly List<EmployerAccountSummary> _accounts = [];

    public static TheoryData<string> VacancyLists => [.. s_vacancyLists.Keys];

    public static TheoryData<string> AccountLists => [.. s_accountLists.Keys];

    private static readonly Dictionary<string, Func<VacanciesInRegions>> s_vacancyLists = new(StringComparer.Ordinal)
    {
        ["every region"] = () => new VacanciesInRegions(null),
        ["one region"] = () => new VacanciesInRegions([s_haaglanden]),
        ["two regions"] = () => new VacanciesInRegions([s_haaglanden, s_grootAmsterdam]),
        ["no region"] = () => new VacanciesInRegions([]),
        ["open"] = () => new VacanciesInRegions(null, VacancyStatus.Open),
        ["closed in one region"] = () => new VacanciesInRegions([s_haaglanden], VacancyStatus.Closed),
        ["owner UWV"] = () => new VacanciesInRegions(null, owner: World.Uwv),
        ["owner Delft in two regions"] = () => new VacanciesInRegions([s_haaglanden, s_middenUtrecht], owner: World.Delft),
        ["employer"] = () => new VacanciesInRegions(null, employerAccountId: "EA-2"),
        ["open of an employer and owner"] = () => new VacanciesInRegions([s_haaglanden], VacancyStatus.Open, World.Delft, "EA-1"),
        ["second page of three"] = () => new VacanciesInRegions(null, skip: 3, take: 3),
        ["last page, short"] = () => new VacanciesInRegions([s_haaglanden], skip: 4, take: 10),
    };

    private static readonly Dictionary<string, Func<AccountsInRegions>> s_accountLists = new(StringComparer.Ordinal)
    {
        ["every region"] = () => new AccountsInRegions(null),
        ["one region"] = () => new AccountsInRegions([s_haaglanden]),
        ["two regions"] = () => new AccountsInRegions([s_grootAmsterdam, s_middenUtrecht]),
        ["no region"] = () => new AccountsInRegions([]),
        ["owner UWV"] = () => new AccountsInRegions(null, World.Uwv),
        ["owner Den Haag in one region"] = () => new AccountsInRegions([s_haaglanden], World.DenHaag),
        ["second page of two"] = () => new AccountsInRegions(null, skip: 2, take: 2),
    };

    protected override async Task SeedAsync(IWspStore store)
    {
        // Names out of id order, two accounts of one name: the order is by name, then id.
        EmployerAccount[] accounts =
        [
            Register("EA-1", "Zorggroep Delft", "GM0503", World.Delft),
            Register("EA-2", "Bouwbedrijf Hofstad", "GM0518", World.Uwv),
            Register("EA-3", "Bouwbedrijf Hofstad", "GM0518", World.DenHaag),
            Register("EA-4", "Café De Jordaan", "GM0363", World.Uwv),
            Register("EA-5", "Administratiekantoor Domstad", "GM0344", World.Delft),
        ];
        foreach (var account in accounts)
        {
            await store.Accounts.InsertAsync(account);
            _accounts.Add(EmployerAccountSummary.Of(account));
        }

        // Two vacancies in each minute, registered at the same instant: the order is newest first, then id.
        var n = 0;
        foreach (var (account, closed) in new[] { (0, false), (1, false), (2, true), (3, false), (4, false), (0, true), (1, false), (3, true), (0, false) })
        {
            if (n % 2 == 0)
            {
                World.Clock.Advance(Duration.FromMinutes(1));
            }

            var vacancy = Vacancy.Register(World.Registration(accounts[account], $"V-{9 - n}"), World.Clock);
            vacancy = closed ? vacancy.Close() : vacancy;
            await store.Vacancies.InsertAsync(vacancy);
            _vacancies.Add(VacancySummary.Of(vacancy));
            n++;
        }
    }

    [Theory]
    [MemberData(nameof(VacancyLists))]
    public async Task A_vacancy_list_is_the_specified_page(string list)
    {
        var specification = s_vacancyLists[list]();

        var page = await Store.Vacancies.QueryAsync(specification);

        var expected = specification.Evaluate(_vacancies).Select(v => v.Id).ToArray();
        Assert.Equal(expected, page.Items.Select(v => v.Id));
        Assert.Equal(specification.Skip + expected.Length < _vacancies.Count(specification.IsSatisfiedBy), page.ContinuationToken is not null);
    }

    [Theory]
    [MemberData(nameof(AccountLists))]
    public async Task An_account_list_is_the_specified_page(string list)
    {
        var specification = s_accountLists[list]();

        var page = await Store.Accounts.QueryAsync(specification);

        Assert.Equal(specification.Evaluate(_accounts).Select(a => a.Id), page.Items.Select(a => a.Id));
    }

    [Fact]
    public void The_in_memory_answers_the_stores_are_held_to_are_not_trivial()
    {
        Assert.Equal(["V-1", "V-2", "V-3", "V-4", "V-5", "V-6", "V-7", "V-8", "V-9"], new VacanciesInRegions(null).Evaluate(_vacancies).Select(v => v.Id).Order(StringComparer.Ordinal));
        Assert.Equal(["V-1", "V-2", "V-3", "V-4", "V-5"], new VacanciesInRegions(null).Evaluate(_vacancies).Take(5).Select(v => v.Id));
        Assert.Empty(new VacanciesInRegions([]).Evaluate(_vacancies));
        Assert.Equal(["V-3", "V-8"], new VacanciesInRegions(null, employerAccountId: "EA-2").Evaluate(_vacancies).Select(v => v.Id));
        Assert.Equal(["EA-5", "EA-2", "EA-3", "EA-4", "EA-1"], new AccountsInRegions(null).Evaluate(_accounts).Select(a => a.Id));
    }

    [Fact]
    public async Task A_vacancy_list_pages_by_continuation_in_its_order()
    {
        var seen = new List<string>();
        string? token = null;
        do
        {
            var page = await Store.Vacancies.QueryAsync(new VacanciesInRegions([s_haaglanden, s_grootAmsterdam], take: 2), token);
            Assert.InRange(page.Items.Count, 1, 2);
            seen.AddRange(page.Items.Select(v => v.Id));
            token = page.ContinuationToken;
        }
        while (token is not null && seen.Count < 20);

        Assert.Equal(new VacanciesInRegions([s_haaglanden, s_grootAmsterdam]).Evaluate(_vacancies).Select(v => v.Id), seen);
    }

    [Fact]
    public async Task H10_vacancies_registered_in_an_interval_of_one_region_or_all()
    {
        var registered = new Interval(_vacancies.Min(v => v.RegisteredAt) + Duration.FromMinutes(1), _vacancies.Max(v => v.RegisteredAt));

        foreach (var specification in new[] { new VacanciesRegisteredIn(registered), new VacanciesRegisteredIn(registered, s_haaglanden, pageSize: 2) })
        {
            var seen = await AllPagesAsync(token => Store.Vacancies.QueryAsync(specification, token));

            Assert.Equal(_vacancies.Where(specification.IsSatisfiedBy).Select(v => v.Id).Order(StringComparer.Ordinal), seen.Select(v => v.Id));
            Assert.All(seen, v => Assert.True(registered.Contains(v.RegisteredAt)));
            Assert.NotEmpty(seen);
            Assert.True(seen.Count < _vacancies.Count);
        }
    }

    [Fact]
    public async Task H7_accounts_in_contact_since_an_instant_of_one_region()
    {
        var later = World.Clock.GetCurrentInstant();
        await Store.Accounts.UpdateAsync("EA-3", a => a.RecordContact(World.DenHaag, ContactKind.Other, "A call about the trial places", World.Clock));

        var seen = await AllPagesAsync(token => Store.Accounts.QueryAsync(new AccountsInContactSince(s_haaglanden, later, pageSize: 1), token));

        Assert.Equal(["EA-3"], seen.Select(a => a.Id));
        Assert.Equal(
            ["EA-1", "EA-2", "EA-3"],
            (await AllPagesAsync(token => Store.Accounts.QueryAsync(new AccountsInContactSince(s_haaglanden, Instant.MinValue), token))).Select(a => a.Id));
    }

    private EmployerAccount Register(string id, string name, string municipality, Sdk.Partners.BookingPartner owner) =>
        EmployerAccount.Register(World.AccountRegistration(id, name, municipality == "GM0503" ? "2611 AB" : "1012 AB", owner, kvk: "1234567" + id[^1], municipality: municipality), [], World.Clock).Account!;

    private static async Task<List<T>> AllPagesAsync<T>(Func<string?, Task<Page<T>>> query)
    {
        var seen = new List<T>();
        string? token = null;
        do
        {
            var page = await query(token);
            seen.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null && seen.Count < 100);

        return seen;
    }
}
