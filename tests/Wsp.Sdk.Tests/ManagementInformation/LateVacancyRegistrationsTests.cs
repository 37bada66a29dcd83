using NodaTime;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Tests.Workflow;

namespace Wsp.Sdk.Tests.ManagementInformation;

public sealed class LateVacancyRegistrationsTests
{
    private static readonly DateInterval s_march = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

    private static VacancySummary Summary(string id, string region, Instant registeredAt, bool late) => new()
    {
        Id = id,
        AccountId = "EA-1",
        RegionCode = region,
        Owner = "GM0503",
        SectorCode = "RETAIL",
        Title = "Baker",
        IsOpen = true,
        IsRegisteredLate = late,
        RegisteredAt = registeredAt,
        ExpiresOn = new LocalDate(2026, 6, 1),
        Workplaces = 1,
        Placements = 0,
        Referrals = 0,
    };

    [Fact]
    public void H10_late_registrations_are_counted_per_region_in_the_period_of_their_Dutch_registration_date()
    {
        VacancySummary[] vacancies =
        [
            Summary("V-1", "AM21", Instant.FromUtc(2026, 3, 2, 9, 0), late: false),
            Summary("V-2", "AM21", Instant.FromUtc(2026, 3, 3, 9, 0), late: true),
            Summary("V-3", "AM18", Instant.FromUtc(2026, 3, 31, 21, 59), late: true),   // 23:59 in Amsterdam: in March
            Summary("V-4", "AM18", Instant.FromUtc(2026, 3, 31, 22, 0), late: true),    // 00:00 on 1 April (CEST): outside
            Summary("V-5", "AM18", Instant.FromUtc(2026, 2, 28, 23, 0), late: false),   // 00:00 on 1 March (CET): inside
        ];

        var report = LateVacancyRegistrations.Count(vacancies, s_march);

        Assert.Equal(["AM18", "AM21"], report.Regions.Select(r => r.Region.ToString()));
        Assert.Equal((2, 1, 0.5m), (report.Regions[0].Registered, report.Regions[0].Late, report.Regions[0].LateShare));
        Assert.Equal((2, 1), (report.Regions[1].Registered, report.Regions[1].Late));
        Assert.Equal((4, 2), (report.Registered, report.Late));
        Assert.Equal("late-vacancy-registrations/1", report.Figure.ToString());
    }

    [Fact]
    public async Task H10_the_figure_reads_the_late_flag_the_vacancy_derives_from_its_24_hours()
    {
        var scenario = new Scenario();
        var onTime = scenario.Vacancy();
        var late = Sdk.Vacancies.Vacancy.Register(scenario.Registration(id: "V-2", receivedAt: scenario.Clock.GetCurrentInstant() - Duration.FromHours(25)), scenario.Clock);
        Assert.True(late.IsRegisteredLate);

        var report = await LateVacancyRegistrations.CountAsync(new[] { VacancySummary.Of(onTime), VacancySummary.Of(late) }.ToAsyncEnumerable(), s_march);
        var region = Assert.Single(report.Regions);
        Assert.Equal((2, 1), (region.Registered, region.Late));
    }

    [Fact]
    public async Task H10_H15_a_duplicate_made_days_after_the_receipt_is_neither_late_nor_a_new_vacancy()
    {
        // The seed's case: a vacancy for 5 positions; the owner books its own and closes; four days later UWV duplicates it.
        var scenario = new Scenario();
        var closed = scenario.Refer(scenario.ReferAndBook(scenario.Vacancy(positions: 5), 1), 2, Scenario.Uwv).Close();
        scenario.Clock.Advance(Duration.FromDays(4));
        var duplicate = closed.DuplicateFor("V-2", Scenario.Uwv, scenario.Clock);

        var summary = VacancySummary.Of(duplicate);
        var report = await LateVacancyRegistrations.CountAsync(new[] { VacancySummary.Of(closed), summary }.ToAsyncEnumerable(), s_march);

        Assert.Equal(("V-1", false), (summary.DuplicatedFrom, summary.IsRegisteredLate));
        Assert.Equal((1, 0), (report.Registered, report.Late));
    }
}
