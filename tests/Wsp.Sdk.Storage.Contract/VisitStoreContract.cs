using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Visits;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>What every store promises about company visits and their reports (rule H9).</summary>
public abstract class VisitStoreContract : StoreContract
{
    [Fact]
    public async Task H9_a_visit_is_stored_with_its_full_report_and_listed_for_its_account_newest_first()
    {
        await Store.Visits.InsertAsync(World.Visit("VI-1", "EA-1", new LocalDate(2026, 1, 5)));
        await Store.Visits.InsertAsync(World.Visit("VI-3", "EA-1", new LocalDate(2026, 2, 20), World.Uwv));
        await Store.Visits.InsertAsync(World.Visit("VI-2", "EA-1", new LocalDate(2026, 1, 28)));
        await Store.Visits.InsertAsync(World.Visit("VI-9", "EA-9", new LocalDate(2026, 2, 1)));

        var visits = await Store.Visits.ListForAccountAsync("EA-1");

        Assert.Equal(["VI-3", "VI-2", "VI-1"], visits.Select(v => v.Id));
        Assert.Equal(World.Visit("VI-3", "EA-1", new LocalDate(2026, 2, 20), World.Uwv), visits[0]);
        Assert.Equal("Two trial places from April", visits[0].Report.Agreements);
    }

    [Fact]
    public async Task The_visits_of_every_account_are_counted_in_one_read()
    {
        Assert.Empty(await Store.Visits.CountPerAccountAsync());
        await Store.Visits.InsertAsync(World.Visit("VI-1", "EA-1", new LocalDate(2026, 1, 5)));
        await Store.Visits.InsertAsync(World.Visit("VI-2", "EA-1", new LocalDate(2026, 1, 28)));
        await Store.Visits.InsertAsync(World.Visit("VI-3", "EA-1", new LocalDate(2026, 2, 20), World.Uwv));
        await Store.Visits.InsertAsync(World.Visit("VI-9", "EA-9", new LocalDate(2026, 2, 1)));

        var counts = await Store.Visits.CountPerAccountAsync();

        Assert.Equal([("EA-1", 3), ("EA-9", 1)], counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, c.Value)));
        Assert.Equal(counts["EA-1"], (await Store.Visits.ListForAccountAsync("EA-1")).Count);
    }

    [Fact]
    public async Task Listing_an_account_without_visits_is_empty()
    {
        Assert.Empty(await Store.Visits.ListForAccountAsync("EA-none"));
    }

    [Fact]
    public async Task Insert_of_an_existing_visit_id_is_AlreadyExists()
    {
        await Store.Visits.InsertAsync(World.Visit("VI-1", "EA-1", new LocalDate(2026, 1, 5)));

        var error = await Assert.ThrowsAsync<StoreException>(() => Store.Visits.InsertAsync(World.Visit("VI-1", "EA-1", new LocalDate(2026, 1, 6))));

        Assert.Equal(StoreErrorCode.AlreadyExists, error.Code);
        Assert.Equal(new LocalDate(2026, 1, 5), Assert.Single(await Store.Visits.ListForAccountAsync("EA-1")).Date);
    }

    [Fact]
    public async Task H7_H9_a_visit_registers_an_employer_and_its_report_is_recorded_in_the_accounts_audit_trail_from_its_date()
    {
        var registration = World.AccountRegistration(reason: RegistrationReason.Visited);
        var account = EmployerAccount.Register(registration, await Store.Accounts.FindByNameOrPostcodeAsync(registration.Name, registration.Establishment.Postcode), World.Clock).Account!;
        await Store.Accounts.InsertAsync(account);
        var visit = World.Visit("VI-1", account.Id, new LocalDate(2026, 3, 2));
        await Store.Visits.InsertAsync(visit);
        World.Clock.Advance(Duration.FromHours(1));

        await Store.Accounts.UpdateAsync(account.Id, a => visit.RecordOn(a, World.Clock));

        var read = (await Store.Accounts.FindAsync(account.Id))!.Value;
        // H7: the visit counts from its date, typed in an hour later; the registration that morning stays the last contact.
        Assert.Equal(ContactKind.Visit, read.AuditTrail[^1].Kind);
        Assert.Equal(Calendar.DutchCalendar.StartOf(new LocalDate(2026, 3, 2)), read.AuditTrail[^1].ContactAt);
        Assert.Equal(account.LastContact, read.LastContact);
        Assert.Single(await Store.Visits.ListForAccountAsync(account.Id));
    }

    [Fact]
    public void H9_a_visit_without_agreements_is_refused_before_anything_reaches_the_store()
    {
        var error = Assert.Throws<RuleViolationException>(() => new VisitReport("Introduction", "Bakes bread", " "));

        Assert.Equal(RuleId.H9, error.Rule);
    }
}
