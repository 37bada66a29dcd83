using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// <see cref="WspClient.AddEstablishmentAsync"/> through the store: the national desk adds an employer's establishment in
/// any region (it keeps the national employers, rule L1), a partner in the establishment's own region; anyone else is
/// refused before anything is written.
/// </summary>
public abstract class EstablishmentClientContract : StoreContract
{
    private static readonly PartnerIdentity s_amsterdam = PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0363")!);
    private static readonly PartnerIdentity s_utrecht = PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0344")!);

    [Fact]
    public async Task L1_the_national_desk_adds_establishments_in_any_region_until_the_employer_is_national()
    {
        await Store.Accounts.InsertAsync(World.Account());
        var desk = Client(PartnerIdentity.NationalDesk);

        await desk.AddEstablishmentAsync("EA-1", World.EstablishmentIn("GM0363", "1012 AB"));
        await desk.AddEstablishmentAsync("EA-1", World.EstablishmentIn("GM0344", "3511 AC"));
        var account = await desk.AddEstablishmentAsync("EA-1", World.EstablishmentIn("GM0014", "9711 AD"));

        Assert.True(account.IsNationalEmployer);
        var stored = (await Store.Accounts.FindAsync("EA-1"))!.Value;
        Assert.Equal(["2611 AB", "1012 AB", "3511 AC", "9711 AD"], stored.Establishments.Select(e => e.Postcode.ToString()));
        Assert.Equal("AM21", stored.Region.Code.ToString());
        Assert.Equal(World.Delft, stored.Owner);
    }

    [Fact]
    public async Task Security_a_municipality_adds_an_establishment_in_its_own_region_to_another_regions_employer_and_UWV_in_any()
    {
        await Store.Accounts.InsertAsync(World.Account());

        await Client(s_amsterdam).AddEstablishmentAsync("EA-1", World.EstablishmentIn("GM0363", "1012 AB"));
        var account = await Client(PartnerIdentity.Uwv).AddEstablishmentAsync("EA-1", World.EstablishmentIn("GM0344", "3511 AC"));

        Assert.Equal(3, account.Establishments.Count);
    }

    [Fact]
    public async Task Security_a_partner_of_another_region_the_ministry_and_the_operator_are_refused_and_nothing_is_written()
    {
        var inserted = await Store.Accounts.InsertAsync(World.Account());
        var inAmsterdam = World.EstablishmentIn("GM0363", "1012 AB");

        foreach (var caller in new[] { s_utrecht, PartnerIdentity.Ministry, PartnerIdentity.Operator })
        {
            var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => Client(caller).AddEstablishmentAsync("EA-1", inAmsterdam));
            Assert.Equal((caller.ToString(), inAmsterdam.Region.Code), (refused.Partner, refused.Region));
        }

        Assert.Equal(inserted.ETag, (await Store.Accounts.FindAsync("EA-1"))!.ETag);
    }

    [Fact]
    public async Task An_establishment_at_a_postcode_the_account_has_is_refused_and_nothing_is_written()
    {
        var inserted = await Store.Accounts.InsertAsync(World.Account());

        await Assert.ThrowsAsync<ArgumentException>(() => Client(PartnerIdentity.NationalDesk).AddEstablishmentAsync("EA-1", World.EstablishmentIn("GM0363", "2611 AB")));

        Assert.Equal(inserted.ETag, (await Store.Accounts.FindAsync("EA-1"))!.ETag);
    }

    [Fact]
    public async Task An_account_that_does_not_exist_is_not_found()
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => Client(PartnerIdentity.NationalDesk).AddEstablishmentAsync("EA-404", World.EstablishmentIn("GM0363", "1012 AB")));

        Assert.Equal(StoreErrorCode.NotFound, error.Code);
    }

    private WspClient Client(PartnerIdentity caller) => new(Store, caller, new WspClientOptions { Clock = World.Clock });
}
