using NodaTime;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Tests.Specifications;

/// <summary>
/// The SDK's named specifications (Ardalis.Specification) in memory; the stores' contract suite holds every store to
/// the same answers (NamedSpecificationContract).
/// </summary>
public sealed class NamedSpecificationTests
{
    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");
    private static readonly RegionCode s_grootAmsterdam = RegionCode.Parse("AM18");
    private static readonly Instant s_noon = Instant.FromUtc(2026, 3, 2, 12, 0);

    [Fact]
    public void A_region_scope_of_null_is_every_region_and_an_empty_one_is_none()
    {
        var delft = Vacancy("V-1", "AM21");
        var amsterdam = Vacancy("V-2", "AM18");

        Assert.True(new VacanciesInRegions(null).IsSatisfiedBy(amsterdam));
        Assert.True(new VacanciesInRegions([s_haaglanden]).IsSatisfiedBy(delft));
        Assert.False(new VacanciesInRegions([s_haaglanden]).IsSatisfiedBy(amsterdam));
        Assert.True(new VacanciesInRegions([s_haaglanden, s_grootAmsterdam]).IsSatisfiedBy(amsterdam));
        Assert.False(new VacanciesInRegions([]).IsSatisfiedBy(delft));
        Assert.False(new AccountsInRegions([]).IsSatisfiedBy(Account("EA-1", "AM21")));
    }

    [Fact]
    public void Status_owner_and_employer_each_narrow_the_vacancies()
    {
        var vacancy = Vacancy("V-1", "AM21") with { IsOpen = false, Owner = "GM0503", AccountId = "EA-7" };

        Assert.True(new VacanciesInRegions(null, VacancyStatus.Closed, BookingPartner.Parse("GM0503"), "EA-7").IsSatisfiedBy(vacancy));
        Assert.False(new VacanciesInRegions(null, VacancyStatus.Open).IsSatisfiedBy(vacancy));
        Assert.False(new VacanciesInRegions(null, owner: BookingPartner.Uwv).IsSatisfiedBy(vacancy));
        Assert.False(new VacanciesInRegions(null, employerAccountId: "EA-8").IsSatisfiedBy(vacancy));
    }

    [Fact]
    public void Vacancies_are_listed_newest_first_then_by_id_and_paged_after_ordering()
    {
        VacancySummary[] vacancies = [Vacancy("V-3", "AM21", 0), Vacancy("V-1", "AM21", 5), Vacancy("V-2", "AM21", 5), Vacancy("V-4", "AM21", 1)];

        Assert.Equal(["V-1", "V-2", "V-4", "V-3"], new VacanciesInRegions(null).Evaluate(vacancies).Select(v => v.Id));
        Assert.Equal(["V-2", "V-4"], new VacanciesInRegions(null, skip: 1, take: 2).Evaluate(vacancies).Select(v => v.Id));
    }

    [Fact]
    public void Accounts_are_listed_by_name_then_by_id()
    {
        EmployerAccountSummary[] accounts = [Account("EA-3", "AM21", "Bakkerij"), Account("EA-1", "AM21", "Zorg"), Account("EA-2", "AM21", "Bakkerij")];

        Assert.Equal(["EA-2", "EA-3", "EA-1"], new AccountsInRegions(null).Evaluate(accounts).Select(a => a.Id));
        Assert.Equal(["EA-1"], new AccountsInRegions([s_haaglanden], skip: 2).Evaluate(accounts).Select(a => a.Id));
    }

    [Fact]
    public void H10_registered_in_takes_the_start_and_not_the_end()
    {
        var specification = new VacanciesRegisteredIn(new Interval(s_noon, s_noon + Duration.FromMinutes(5)), s_haaglanden);

        Assert.True(specification.IsSatisfiedBy(Vacancy("V-1", "AM21", 0)));
        Assert.False(specification.IsSatisfiedBy(Vacancy("V-1", "AM21", 5)));
        Assert.False(specification.IsSatisfiedBy(Vacancy("V-1", "AM18", 0)));
    }

    [Fact]
    public void H7_in_contact_since_takes_the_instant_itself()
    {
        var specification = new AccountsInContactSince(s_haaglanden, s_noon);

        Assert.True(specification.IsSatisfiedBy(Account("EA-1", "AM21") with { LastContact = s_noon }));
        Assert.False(specification.IsSatisfiedBy(Account("EA-1", "AM21") with { LastContact = s_noon - Duration.Epsilon }));
    }

    [Fact]
    public void Arguments_out_of_range_are_refused_when_the_specification_is_made()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new VacanciesInRegions(null, skip: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VacanciesInRegions(null, take: 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new AccountsInRegions(null, take: -5));
        Assert.Throws<ArgumentOutOfRangeException>(() => new VacanciesRegisteredIn(new Interval(s_noon, s_noon), pageSize: 0));
        Assert.ThrowsAny<ArgumentException>(() => new VacanciesInRegions([default]));
        Assert.ThrowsAny<ArgumentException>(() => new VacanciesInRegions(null, (VacancyStatus)7));
        Assert.ThrowsAny<ArgumentException>(() => new VacanciesRegisteredIn(new Interval(null, s_noon)));
        Assert.ThrowsAny<ArgumentException>(() => new AccountsInContactSince(default, s_noon));
    }

    private static VacancySummary Vacancy(string id, string region, int minutes = 0) => new()
    {
        Id = id,
        AccountId = "EA-1",
        RegionCode = region,
        Owner = "UWV",
        SectorCode = "RETAIL",
        Title = "Baker's assistant",
        IsOpen = true,
        IsRegisteredLate = false,
        RegisteredAt = s_noon + Duration.FromMinutes(minutes),
        ExpiresOn = new LocalDate(2026, 6, 30),
        Workplaces = 1,
        Placements = 0,
        Referrals = 0,
    };

    private static EmployerAccountSummary Account(string id, string region, string name = "Bakkerij") => new()
    {
        Id = id,
        Name = name,
        NameKey = name.ToLowerInvariant(),
        RegionCode = region,
        Owner = "UWV",
        LastContact = s_noon,
    };
}
