using Wsp.Sdk.Arrangements;
using static Wsp.Sdk.Storage.Contract.DeskWorld;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>The contract of <see cref="INationalDeskStore"/>: the desk's organisation (rule L4) through the store.</summary>
public abstract class NationalDeskStoreContract : StoreContract
{
    private INationalDeskStore DeskStore => Store.Desk;

    [Fact]
    public async Task L4_the_desk_round_trips_its_contacts_and_advisors_with_their_sectors_and_adoption_regions()
    {
        Assert.Null(await DeskStore.FindAsync());
        Assert.Empty((await DeskStore.GetAsync()).Contacts);

        var inserted = await DeskStore.InsertAsync(Desk());
        var found = await DeskStore.FindAsync();

        Assert.NotNull(found);
        Assert.Equal(inserted.ETag, found.ETag);
        Assert.Equal(Desk().Contacts.OrderBy(c => c.Key), found.Value.Contacts.OrderBy(c => c.Key));
        Assert.Equal(["ADV-1", "ADV-2"], found.Value.Advisors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(Desk().Advisors["ADV-2"].SectorCodes, found.Value.Advisors["ADV-2"].SectorCodes);
        Assert.Equal([Amsterdam, Haaglanden], found.Value.Advisors["ADV-1"].AdoptionRegions);
    }

    [Fact]
    public async Task L4_a_region_keeps_exactly_one_contact_when_its_contact_is_replaced()
    {
        await DeskStore.InsertAsync(Desk());
        await DeskStore.UpdateAsync(d => d.WithContact(Haaglanden, OtherContact(Haaglanden)));

        var desk = await DeskStore.GetAsync();
        Assert.Equal(OtherContact(Haaglanden), desk.Contacts[Haaglanden]);
        Assert.Equal(Regions.Length, desk.Contacts.Count);
        Assert.Throws<Rules.RuleViolationException>(() => desk.EnsureContact(Haaglanden, Contact(Haaglanden)));
    }

    [Fact]
    public async Task L4_two_writers_from_the_same_version_cannot_both_name_the_regions_contact()
    {
        var read = await DeskStore.InsertAsync(Desk());
        await DeskStore.ReplaceAsync(read.Value.WithContact(Haaglanden, OtherContact(Haaglanden)), read.ETag);
        var second = await Assert.ThrowsAsync<StoreException>(() => DeskStore.ReplaceAsync(read.Value.WithContact(Haaglanden, Contact(Haaglanden)), read.ETag));

        Assert.Equal(StoreErrorCode.Conflict, second.Code);
        Assert.Equal(OtherContact(Haaglanden), (await DeskStore.GetAsync()).Contacts[Haaglanden]);
        Assert.Equal(StoreErrorCode.AlreadyExists, (await Assert.ThrowsAsync<StoreException>(() => DeskStore.InsertAsync(Desk()))).Code);
    }

    [Fact]
    public async Task L4_eight_regions_naming_their_contact_at_once_lose_none()
    {
        await Task.WhenAll(Regions.Select(region => Task.Run(() => DeskStore.UpdateAsync(d => d.WithContact(region, OtherContact(region))))));

        var desk = await DeskStore.GetAsync();
        Assert.Equal(Regions.Order(), desk.Contacts.Keys.Order());
        Assert.All(Regions, region => Assert.Equal(OtherContact(region), desk.Contacts[region]));
    }

    [Fact]
    public async Task L4_a_contact_whose_municipality_merged_after_it_was_named_still_loads()
    {
        // Rule L4 judges a new contact against the current municipalities; a stored one is restored as it was.
        var former = Geography.Gazetteer.Default.FormerMunicipalities.First(m => m.Region is not null);
        var region = former.Region!.Code;
        await DeskStore.InsertAsync(NationalDesk.Restore([KeyValuePair.Create(region, former.Code.ToString())], Desk().Advisors.Values));

        var desk = await DeskStore.GetAsync();

        Assert.Equal(former.Code.ToString(), desk.Contacts[region]);
        Assert.Equal(["ADV-1", "ADV-2"], desk.Advisors.Keys.Order(StringComparer.Ordinal));
        Assert.Throws<Rules.RuleViolationException>(() => desk.WithContact(region, former.Code.ToString()));
    }

    [Fact]
    public async Task L4_replacing_a_desk_never_written_is_NotFound()
    {
        var error = await Assert.ThrowsAsync<StoreException>(() => DeskStore.ReplaceAsync(Desk(), "1"));
        Assert.Equal(StoreErrorCode.NotFound, error.Code);
        Assert.Null(await DeskStore.FindAsync());
    }
}
