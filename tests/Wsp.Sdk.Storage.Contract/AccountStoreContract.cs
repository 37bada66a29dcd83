using NodaTime;
using Wsp.Sdk.Employers;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>What every store promises about employer accounts: documents written whole, guarded by their ETag.</summary>
public abstract class AccountStoreContract : StoreContract
{
    [Fact]
    public async Task Round_trip_preserves_every_field_of_the_document()
    {
        var account = World.Account()
            .AddEstablishment(World.EstablishmentIn("GM0518", "2511 CV"))
            .RecordContact(World.Uwv, ContactKind.Visit, "Visit V-1: introduction", World.Clock);
        World.Clock.Advance(Duration.FromDays(3));

        // A visit recorded by its step: the entry keeps the visit's id and the day it took place.
        account = new Visits.CompanyVisit("VS-2", account.Id, World.Uwv, new LocalDate(2026, 3, 4), new Visits.VisitReport("Follow-up", "Bakes bread", "A vacancy in May")).RecordOn(account, World.Clock);
        account = account.HandOver(World.Uwv, World.Clock);

        var inserted = await Store.Accounts.InsertAsync(account);
        var read = await Store.Accounts.FindAsync(account.Id);

        Assert.NotNull(read);
        Assert.Equal(World.Describe(account), World.Describe(read.Value));
        Assert.Equal(inserted.ETag, read.ETag);
    }

    [Fact]
    public async Task An_account_without_KvK_number_round_trips_without_one()
    {
        var registration = new EmployerRegistration("EA-2", "Kwekerij Het Westland", World.EstablishmentIn("GM1783", "2671 AA"), World.Uwv, EmployerKind.Market, RegistrationReason.Visited);
        var account = EmployerAccount.Register(registration, [], World.Clock).Account!;

        await Store.Accounts.InsertAsync(account);

        var read = await Store.Accounts.FindAsync("EA-2");
        Assert.Null(read!.Value.Kvk);
        Assert.Equal(World.Describe(account), World.Describe(read.Value));
    }

    [Fact]
    public async Task Find_of_a_missing_id_is_null()
    {
        Assert.Null(await Store.Accounts.FindAsync("EA-missing"));
    }

    [Fact]
    public async Task Insert_of_an_existing_id_is_AlreadyExists()
    {
        await Store.Accounts.InsertAsync(World.Account());

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Accounts.InsertAsync(World.Account(name: "Other B.V.")));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        Assert.Equal("Bakkerij De Korenbloem B.V.", (await Store.Accounts.FindAsync("EA-1"))!.Value.Name);
    }

    [Fact]
    public async Task Replace_with_a_stale_ETag_is_Conflict_and_writes_nothing()
    {
        var inserted = await Store.Accounts.InsertAsync(World.Account());
        await Store.Accounts.ReplaceAsync(inserted.Value.RecordContact(World.Delft, ContactKind.Other, "phone call", World.Clock), inserted.ETag);

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Accounts.ReplaceAsync(inserted.Value.HandOver(World.Uwv, World.Clock), inserted.ETag));

        Assert.Equal(StoreErrorCode.Conflict, error.Code);
        var read = await Store.Accounts.FindAsync("EA-1");
        Assert.Equal(World.Delft, read!.Value.Owner);
        Assert.Equal(2, read.Value.AuditTrail.Count);
    }

    [Fact]
    public async Task Replace_of_a_missing_account_is_NotFound()
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Accounts.ReplaceAsync(World.Account("EA-never"), "1"));

        Assert.Equal(StoreErrorCode.NotFound, error.Code);
    }

    [Fact]
    public async Task H8_FindByNameOrPostcode_returns_accounts_with_the_same_name_key_or_an_establishment_at_the_postcode()
    {
        await Store.Accounts.InsertAsync(World.Account("EA-1", "Bakkerij De Korenbloem B.V.", "2611 AB"));
        await Store.Accounts.InsertAsync(World.Account("EA-2", "Slagerij Van Dam", "2612 CD").AddEstablishment(World.EstablishmentIn("GM0503", "2613 EF")));
        await Store.Accounts.InsertAsync(World.Account("EA-3", "Groenteboer Jansen", "2614 GH"));

        var byName = await Store.Accounts.FindByNameOrPostcodeAsync("bakkerij dekorenbloem", Postcode.Parse("9999 ZZ"));
        var bySecondEstablishment = await Store.Accounts.FindByNameOrPostcodeAsync("Nieuwe Zaak", Postcode.Parse("2613 EF"));

        Assert.Equal(["EA-1"], byName.Select(a => a.Id));
        Assert.Equal(["EA-2"], bySecondEstablishment.Select(a => a.Id));
        Assert.Equal(World.Describe((await Store.Accounts.FindAsync("EA-2"))!.Value), World.Describe(Assert.Single(bySecondEstablishment)));
    }

    [Fact]
    public async Task Query_pages_account_summaries_exactly_once_in_order()
    {
        for (var i = 0; i < 11; i++)
        {
            await Store.Accounts.InsertAsync(World.Account($"EA-{i:D2}", $"Werkgever {10 - i:D2}", $"26{i:D2} AB"));
        }

        await Store.Accounts.InsertAsync(World.Account("EA-uwv", "UWV-werkgever", "2699 ZZ", World.Uwv));
        var seen = new List<EmployerAccountSummary>();
        string? token = null;
        do
        {
            var page = await Store.Accounts.QueryAsync(new AccountsOwnedBy("GM0503", pageSize: 4), token);
            seen.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        Assert.Equal(Enumerable.Range(0, 11).Reverse().Select(i => $"EA-{i:D2}"), seen.Select(a => a.Id));
        Assert.Equal(EmployerAccountSummary.Of((await Store.Accounts.FindAsync("EA-03"))!.Value), seen.Single(a => a.Id == "EA-03"));
    }
}
