using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Tests.ManagementInformation;

public sealed class EmployerContactsTests
{
    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");
    private static readonly LocalDate s_asOf = new(2026, 6, 30);
    private static readonly BookingPartner s_delft = BookingPartner.Parse("GM0503");

    private static EmployerAccount Account(string id, string? kvk, LocalDate contact, string municipality = "GM0503", int? employees = 12) =>
        EmployerAccount.FromState(new EmployerAccountState
        {
            Id = id,
            Name = "Employer " + id,
            Kvk = kvk is null ? null : KvkNumber.Parse(kvk),
            Kind = EmployerKind.Market,
            Owner = s_delft,
            Establishments = [new Establishment(Postcode.Parse("2611 AB"), Gazetteer.Default.FindMunicipality(municipality)!)],
            AuditTrail = [new AuditEntry(contact.At(new LocalTime(12, 0)).InUtc().ToInstant(), s_delft, ContactKind.Registered, "Registered after a visit")],
            StaffCounts = employees is { } n ? [new EmployerStaffCount(new LocalDate(2026, 1, 1), n, "RETAIL", "KvK")] : [],
        });

    private static VacancySummary Vacancy(string accountId, Instant registeredAt, string region = "AM21") => new()
    {
        Id = "V-" + accountId,
        AccountId = accountId,
        RegionCode = region,
        Owner = "GM0503",
        SectorCode = "RETAIL",
        Title = "Medewerker",
        IsOpen = true,
        IsRegisteredLate = false,
        RegisteredAt = registeredAt,
        ExpiresOn = new LocalDate(2026, 12, 31),
        Workplaces = 1,
        Placements = 0,
        Referrals = 0,
    };

    [Theory]
    [InlineData(2025, 7, 1, true)]
    [InlineData(2025, 6, 30, false)]
    [InlineData(2026, 6, 30, true)]
    [InlineData(2026, 7, 1, false)]
    public void H5_an_employer_is_in_contact_with_a_contact_in_the_twelve_months_up_to_and_including_the_date(int year, int month, int day, bool inContact)
    {
        var account = Account("EA-1", "12345678", new LocalDate(year, month, day));

        Assert.Equal(inContact, account.IsInContactAt(s_asOf));
        Assert.Equal(inContact, EmployerContacts.Derive(s_haaglanden, s_asOf, [account], []).Contacts.Count == 1);
    }

    [Theory]
    [InlineData(2016, 2, 29, true)]
    [InlineData(2016, 2, 28, false)]
    public void H5_an_account_contact_and_a_vacancy_on_the_same_day_agree_at_month_ends(int year, int month, int day, bool inContact)
    {
        // 2017-02-28 minus twelve months is 2016-02-28; the window starts the day after, on the leap day.
        var asOf = new LocalDate(2017, 2, 28);
        var contact = new LocalDate(year, month, day);

        Assert.Equal(inContact, Account("EA-1", "12345678", contact).IsInContactAt(asOf));
        Assert.Equal(inContact, EmployerContacts.Window(asOf).Contains(contact.AtStartOfDayInZone(DateTimeZone.Utc).ToInstant()));
    }

    [Fact]
    public void H5_a_vacancy_registered_in_the_window_in_the_region_makes_contact_and_one_employer_counts_once()
    {
        var lapsed = Account("EA-1", "12345678", new LocalDate(2020, 1, 1));
        var sameEmployer = Account("EA-2", "12345678", new LocalDate(2026, 6, 1));
        var elsewhere = Account("EA-3", "23456789", new LocalDate(2020, 1, 1));
        var window = EmployerContacts.Window(s_asOf);

        var derived = EmployerContacts.Derive(s_haaglanden, s_asOf, [lapsed, sameEmployer, elsewhere], [Vacancy("EA-1", window.Start), Vacancy("EA-3", window.Start, region: "AM18"), Vacancy("EA-3", window.End)]);

        Assert.Equal(["12345678"], derived.Contacts.Select(c => c.Employer.ToString()));
        Assert.Empty(derived.AccountsWithoutStaffCount);
    }

    [Fact]
    public void H5_accounts_in_contact_without_a_staff_count_or_KvK_number_are_listed_apart_and_other_regions_accounts_ignored()
    {
        var derived = EmployerContacts.Derive(
            s_haaglanden,
            s_asOf,
            [Account("EA-1", null, s_asOf), Account("EA-2", "12345678", s_asOf, employees: null), Account("EA-3", "23456789", s_asOf, municipality: "GM0363")],
            []);

        Assert.Empty(derived.Contacts);
        Assert.Equal(["EA-1", "EA-2"], derived.AccountsWithoutStaffCount);
    }

    [Fact]
    public void H5_a_staff_count_at_a_recorded_date_replaces_it_and_the_count_of_the_date_is_used()
    {
        var account = Account("EA-1", "12345678", s_asOf)
            .RecordStaff(new EmployerStaffCount(new LocalDate(2026, 1, 1), 9, "ICT", "KvK, corrected"))
            .RecordStaff(new EmployerStaffCount(new LocalDate(2027, 1, 1), 30, "ICT", "KvK"));

        Assert.Equal([9, 30], account.StaffCounts.Select(c => c.Employees));
        Assert.Equal(("ICT", 9), (account.StaffAt(s_asOf)!.SectorCode, account.StaffAt(s_asOf)!.Employees));
    }

    [Theory]
    [InlineData("RP/1")]
    [InlineData("RP 1")]
    [InlineData("RP?1")]
    public void H6_a_project_id_names_a_stored_document_so_it_is_letters_digits_dashes_underscores_or_dots(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => new RegionalProject(id, "Haven", s_haaglanden, new DateInterval(s_asOf, s_asOf), [], ["V-1"]));

        Assert.Equal("id", error.ParamName);
    }
}
