using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Sectors;
using static Wsp.Sdk.Storage.Contract.DeskWorld;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// The contract of the coverage ratio's numerator from the records (rule H5): staff counts kept on the employer
/// account, and the employers in contact derived from accounts and vacancies by <see cref="EmployerContacts"/>.
/// </summary>
public abstract class EmployerContactsContract : StoreContract
{
    private static EmployerStaffCount Staff(int employees, LocalDate? date = null, string sector = "RETAIL") =>
        new(date ?? new LocalDate(2026, 1, 1), employees, sector, "KvK handelsregister, extract 2026-01-01");

    [Fact]
    public async Task H5_staff_counts_are_kept_on_the_account_with_their_date_and_source()
    {
        var inserted = await Store.Accounts.InsertAsync(World.Account().RecordStaff(Staff(8, new LocalDate(2025, 1, 1))));
        var changed = inserted.Value.RecordStaff(Staff(12)).RecordStaff(Staff(14, sector: "ICT"));
        await Store.Accounts.ReplaceAsync(changed, inserted.ETag);

        var read = (await Store.Accounts.FindAsync("EA-1"))!.Value;

        Assert.Equal([(new LocalDate(2025, 1, 1), 8, "RETAIL"), (new LocalDate(2026, 1, 1), 14, "ICT")], read.StaffCounts.Select(c => (c.Date, c.Employees, c.SectorCode)));
        Assert.Equal("KvK handelsregister, extract 2026-01-01", read.StaffCounts[1].Source);
        Assert.Equal(8, read.StaffAt(new LocalDate(2025, 12, 31))!.Employees);
        Assert.Null(read.StaffAt(new LocalDate(2024, 12, 31)));
        Assert.Equal(read.AuditTrail.Count, inserted.Value.AuditTrail.Count);
    }

    [Fact]
    public void H5_a_staff_count_needs_the_accounts_KvK_number()
    {
        var withoutKvk = EmployerAccount.Register(
            new EmployerRegistration("EA-2", "Zonder KvK", World.EstablishmentIn(), World.Delft, EmployerKind.Market, RegistrationReason.Visited, null),
            [],
            World.Clock).Account!;

        var error = Assert.Throws<RuleViolationException>(() => withoutKvk.RecordStaff(Staff(12)));

        Assert.Equal(RuleId.H5, error.Rule);
    }

    [Fact]
    public async Task H5_employers_in_contact_are_derived_from_the_accounts_and_vacancies_of_the_last_twelve_months()
    {
        // Registered on 2026-03-02 and not heard of since, except through a vacancy in 2027.
        var lapsed = World.Account("EA-LAPSED", "Drukkerij Van Dam", "2612 AA");
        await Store.Accounts.InsertAsync(RecordKvk(lapsed, "11111111").RecordStaff(Staff(40, sector: "ICT")));
        var quiet = RecordKvk(World.Account("EA-QUIET", "Garage Jansen", "2613 AA"), "22222222").RecordStaff(Staff(15));
        await Store.Accounts.InsertAsync(quiet);
        World.Clock.Advance(Duration.FromDays(400));
        await Store.Vacancies.InsertAsync(World.Vacancy("V-LAPSED", account: lapsed));

        // Registered in the window: with 12 staff, with 9 staff, without a count; and one in Amsterdam.
        await Store.Accounts.InsertAsync(RecordKvk(World.Account("EA-BIG", "Bouwbedrijf Groot", "2614 AA"), "33333333").RecordStaff(Staff(12)));
        await Store.Accounts.InsertAsync(RecordKvk(World.Account("EA-SMALL", "Kapper Klein", "2615 AA"), "44444444").RecordStaff(Staff(9)));
        await Store.Accounts.InsertAsync(RecordKvk(World.Account("EA-UNKNOWN", "Onbekend B.V.", "2616 AA"), "55555555"));
        await Store.Accounts.InsertAsync(EmployerAccount.Register(World.AccountRegistration("EA-AMS", "Amsterdam B.V.", "1011 AA", kvk: "66666666", municipality: "GM0363"), [], World.Clock).Account!.RecordStaff(Staff(50)));
        var asOf = Sdk.Calendar.DutchCalendar.Today(World.Clock);

        var derived = await EmployerContacts.DeriveAsync(Store, Haaglanden, asOf);

        Assert.Equal(
            [("11111111", "ICT", 40), ("33333333", "RETAIL", 12), ("44444444", "RETAIL", 9)],
            derived.Contacts.Select(c => (c.Employer.ToString(), c.SectorCode, c.Employees)));
        Assert.Equal(["EA-UNKNOWN"], derived.AccountsWithoutStaffCount);
        Assert.Empty((await EmployerContacts.DeriveAsync(Store, Haaglanden, asOf.PlusYears(2))).Contacts);

        await Store.EmployerTotals.InsertAsync(new SectorEmployerTotals(Haaglanden, new LocalDate(2026, 1, 1), "KvK handelsregister, extract 2026-01-01", new Dictionary<string, int> { ["ICT"] = 4, ["RETAIL"] = 10 }));
        var report = CoverageBySector.Compute((await Store.EmployerTotals.FindLatestAsync(Haaglanden, asOf))!, derived);

        Assert.Equal([("ICT", 1, 4), ("RETAIL", 1, 10)], report.Sectors.Select(s => (s.SectorCode, s.EmployersInContact, s.EmployersInRegion)));
        Assert.Same(derived, report.DerivedContacts);
        var read = (await new ManagementInformationReader(Store).CoverageAsync(Haaglanden, asOf))!;
        Assert.Equal(report.Sectors, read.Sectors);
        Assert.Equal(["EA-UNKNOWN"], read.DerivedContacts!.AccountsWithoutStaffCount);
        Assert.Null(await new ManagementInformationReader(Store).CoverageAsync(Utrecht, asOf));
    }

    [Fact]
    public async Task H5_the_coverage_what_if_counts_the_given_contacts_against_the_latest_stored_totals_on_or_before_the_date()
    {
        await Store.EmployerTotals.InsertAsync(new SectorEmployerTotals(Haaglanden, new LocalDate(2025, 1, 1), "KvK handelsregister, extract 2025-01-01", new Dictionary<string, int> { ["RETAIL"] = 20 }));
        await Store.EmployerTotals.InsertAsync(new SectorEmployerTotals(Haaglanden, new LocalDate(2026, 1, 1), "KvK handelsregister, extract 2026-01-01", new Dictionary<string, int> { ["ICT"] = 4, ["RETAIL"] = 10 }));
        EmployerContact[] given =
        [
            new(KvkNumber.Parse("12345678"), "RETAIL", 25),
            new(KvkNumber.Parse("23456789"), "RETAIL", 5),
            new(KvkNumber.Parse("34567890"), "ICT", 10),
            new(KvkNumber.Parse("45678901"), "SECURITY", 50),
        ];
        var reader = new ManagementInformationReader(Store);

        var read = (await reader.CoverageAsync(Haaglanden, new LocalDate(2026, 6, 30), given))!;
        var earlier = (await reader.CoverageAsync(Haaglanden, new LocalDate(2025, 12, 31), given))!;

        var expected = CoverageBySector.Compute((await Store.EmployerTotals.FindLatestAsync(Haaglanden, new LocalDate(2026, 6, 30)))!, given);
        Assert.Equal(expected.Sectors, read.Sectors);
        Assert.Equal([("ICT", 1, 4), ("RETAIL", 1, 10)], read.Sectors.Select(s => (s.SectorCode, s.EmployersInContact, s.EmployersInRegion)));
        Assert.Equal(1, read.ContactsOutsideTotals);
        Assert.Null(read.DerivedContacts);
        Assert.Equal(new LocalDate(2025, 1, 1), earlier.TotalsDate);
        Assert.Equal([("RETAIL", 1, 20)], earlier.Sectors.Select(s => (s.SectorCode, s.EmployersInContact, s.EmployersInRegion)));
        Assert.Null(await reader.CoverageAsync(Utrecht, new LocalDate(2026, 6, 30), given));
        Assert.Null(await reader.CoverageAsync(Haaglanden, new LocalDate(2024, 12, 31), given));

        // A null contact is refused by the call itself, before anything is read.
        Assert.Throws<ArgumentNullException>(Call);

        void Call() => _ = reader.CoverageAsync(Haaglanden, new LocalDate(2026, 6, 30), [given[0], null!]);
    }

    private static EmployerAccount RecordKvk(EmployerAccount account, string kvk) =>
        EmployerAccount.FromState(new EmployerAccountState { Id = account.Id, Name = account.Name, Kvk = KvkNumber.Parse(kvk), Kind = account.Kind, Owner = account.Owner, Establishments = account.Establishments, AuditTrail = account.AuditTrail, StaffCounts = account.StaffCounts });
}
