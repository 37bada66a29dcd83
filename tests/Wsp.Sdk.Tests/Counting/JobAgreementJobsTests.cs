using CsCheck;
using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Tests.Support;

namespace Wsp.Sdk.Tests.Counting;

public sealed class JobAgreementJobsTests
{
    private static readonly LocalDate s_date = new(2026, 1, 31);

    [Fact]
    public void H3_25_5_hours_and_12_75_hours_are_1_5_jobs_and_2_working_persons()
    {
        var stock = JobAgreementJobs.Count([new APlacement { Hours = 25.5m }, new APlacement { Hours = 12.75m }], s_date);
        Assert.Equal(1.5m, stock.Jobs);
        Assert.Equal(2, stock.WorkingPersons);
        Assert.Equal(38.25m, stock.HoursPerWeek);
        Assert.Equal("job-agreement-jobs/2", stock.Definition.ToString());
    }

    [Fact]
    public void H3_one_candidate_with_two_running_jobs_is_one_working_person_and_all_the_hours()
    {
        var stock = JobAgreementJobs.Count([new APlacement { Hours = 25.5m, Candidate = "c-1" }, new APlacement { Hours = 12.75m, Candidate = "c-1" }], s_date);
        Assert.Equal(1.5m, stock.Jobs);
        Assert.Equal(1, stock.WorkingPersons);
    }

    [Fact]
    public void H3_the_same_pseudonym_of_two_booking_partners_is_two_working_persons()
    {
        // Each partner pseudonymises its own caseload: equal pseudonyms of UWV and a municipality are different people.
        var stock = JobAgreementJobs.Count([new APlacement { Candidate = "c-1", Partner = "UWV", Groups = TargetGroupSet.Of(TargetGroup.Banenafspraak) }, new APlacement { Candidate = "c-1", Partner = "GM0503" }], s_date);
        Assert.Equal(2, stock.WorkingPersons);
    }

    [Fact]
    public void H3_a_person_working_in_two_regions_counts_in_each_and_once_in_the_total()
    {
        var stock = JobAgreementJobs.Count([new APlacement { Candidate = "c-1", Municipality = "GM0503" }, new APlacement { Candidate = "c-1", Municipality = "GM0363" }], s_date);
        Assert.Equal(1, stock.WorkingPersons);
        Assert.Equal(2, stock.Groups.Count);
        Assert.All(stock.Groups, g => Assert.Equal(1, g.WorkingPersons));
    }

    [Fact]
    public void H3_a_placement_that_started_and_ended_before_the_date_is_one_placement_and_no_job()
    {
        Placement ended = new APlacement { Start = new LocalDate(2025, 3, 1), End = new LocalDate(2025, 6, 30) };
        Assert.Equal(0, JobAgreementJobs.Count([ended], s_date).WorkingPersons);
        Assert.Equal(0m, JobAgreementJobs.Count([ended], s_date).Jobs);
        Assert.Equal(1, PlacementsFlow.Count([ended], new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31))).Total);
    }

    [Fact]
    public void Only_placements_with_a_banenafspraak_indication_count()
    {
        var stock = JobAgreementJobs.Count(
            [
                new APlacement { Groups = TargetGroupSet.Of(TargetGroup.Participatiewet) },
                new APlacement { Groups = TargetGroupSet.Of(TargetGroup.Banenafspraak, TargetGroup.Youth) },
            ],
            s_date);
        Assert.Equal(1, stock.WorkingPersons);
    }

    [Fact]
    public void Jobs_are_counted_per_region_and_employer_kind_ordered_by_region_then_kind()
    {
        var stock = JobAgreementJobs.Count(
            [
                new APlacement { Municipality = "GM0363", Partner = "GM0363", Kind = EmployerKind.Government, Hours = 10m },
                new APlacement { Municipality = "GM0503", Kind = EmployerKind.Market, Hours = 25.5m },
                new APlacement { Municipality = "GM0518", Partner = "GM0518", Kind = EmployerKind.Market, Hours = 25.5m },
                new APlacement { Municipality = "GM0518", Partner = "GM0518", Kind = EmployerKind.Government, Hours = 12.75m },
            ],
            s_date);

        Assert.Equal(
            [("AM18", EmployerKind.Government, 1), ("AM21", EmployerKind.Market, 2), ("AM21", EmployerKind.Government, 1)],
            stock.Groups.Select(g => (g.Region.ToString(), g.EmployerKind, g.WorkingPersons)));
        Assert.Equal(2m, stock.Groups[1].Jobs);
        Assert.Equal(2m, stock.JobsFor(EmployerKind.Market));
        Assert.Equal(22.75m / 25.5m, stock.JobsFor(EmployerKind.Government));
    }

    [Fact]
    public void A_placement_counts_on_its_start_and_end_dates_and_not_a_day_outside() =>
        Check.Sample(Generators.Placement.Where(p => p.CountsForJobAgreement), placement =>
        {
            Assert.Equal(1, JobAgreementJobs.Count([placement], placement.Start).WorkingPersons);
            Assert.Equal(0, JobAgreementJobs.Count([placement], placement.Start.PlusDays(-1)).WorkingPersons);
            if (placement.End is { } end)
            {
                Assert.Equal(1, JobAgreementJobs.Count([placement], end).WorkingPersons);
                Assert.Equal(0, JobAgreementJobs.Count([placement], end.PlusDays(1)).WorkingPersons);
            }
        });

    [Fact]
    public void The_count_equals_an_independent_count_from_the_definition_text() =>
        Check.Sample(Gen.Select(Generators.Placement.Array[0, 200], Generators.Date), (placements, date) =>
        {
            var stock = JobAgreementJobs.Count(placements, date);
            var active = placements
                .Where(p => p.TargetGroups.Contains(TargetGroup.Banenafspraak))
                .Where(p => p.Start <= date && (p.End is null || p.End >= date))
                .ToArray();
            Assert.Equal(active.Length, stock.WorkingPersons);
            Assert.Equal(active.Sum(p => p.HoursPerWeek) / 25.5m, stock.Jobs);
            foreach (var group in stock.Groups)
            {
                var members = active.Where(p => p.Region.Code == group.Region && p.EmployerKind == group.EmployerKind).ToArray();
                Assert.Equal(members.Length, group.WorkingPersons);
                Assert.Equal(members.Sum(p => p.HoursPerWeek), group.HoursPerWeek);
            }
        });

    [Fact]
    public void H3_a_person_with_jobs_in_several_cells_regions_and_kinds_counts_once_in_each_entry_and_once_in_the_total() =>
        Check.Sample(Gen.Select(Generators.PlacementOfFewPersons.Array[0, 150], Generators.Date), (placements, date) =>
        {
            // Four pseudonyms for every placement: the same person holds jobs in several cells, regions and kinds.
            var stock = JobAgreementJobs.Count(placements, date);
            var active = placements
                .Where(p => p.TargetGroups.Contains(TargetGroup.Banenafspraak))
                .Where(p => p.Start <= date && (p.End is null || p.End >= date))
                .ToArray();
            static int Persons(IEnumerable<Placement> jobs) => jobs.Select(p => (p.BookingPartner, p.Candidate.Value)).Distinct().Count();

            Assert.Equal(Persons(active), stock.WorkingPersons);
            Assert.Equal(Persons(active), stock.Table.Grand.Count);
            foreach (var group in stock.Groups)
            {
                Assert.Equal(Persons(active.Where(p => p.Region.Code == group.Region && p.EmployerKind == group.EmployerKind)), group.WorkingPersons);
            }

            foreach (var region in active.Select(p => p.Region.Code).Distinct())
            {
                Assert.Equal(Persons(active.Where(p => p.Region.Code == region)), stock.Table.Rows[region.ToString()].Count);
            }

            foreach (var kind in active.Select(p => p.EmployerKind).Distinct())
            {
                Assert.Equal(Persons(active.Where(p => p.EmployerKind == kind)), stock.Table.Columns[EmployerKinds.Code(kind)].Count);
            }
        });

    [Fact]
    public async Task A_store_that_hands_out_a_default_placement_is_refused_not_counted_as_a_person()
    {
        JobAgreementPlacement[] broken = [default];
        var error = await Assert.ThrowsAsync<ArgumentException>(() => JobAgreementJobs.FromActiveAsync(broken.ToAsyncEnumerable(), s_date, CancellationToken.None));
        Assert.Equal("placements", error.ParamName);
        await Assert.ThrowsAsync<ArgumentException>(() => Wsp.Sdk.ManagementInformation.JobAgreementBreakdown.FromActiveAsync(broken.ToAsyncEnumerable(), s_date, PlacementDimensions.Sector, CancellationToken.None));
    }

    [Fact]
    public void Splitting_the_input_never_changes_the_totals() =>
        Check.Sample(Gen.Select(Generators.Placement.Array[0, 100], Generators.Placement.Array[0, 100], Generators.Date), (left, right, date) =>
        {
            var whole = JobAgreementJobs.Count(left.Concat(right), date);
            var a = JobAgreementJobs.Count(left, date);
            var b = JobAgreementJobs.Count(right, date);
            Assert.Equal(a.WorkingPersons + b.WorkingPersons, whole.WorkingPersons);
            Assert.Equal(a.HoursPerWeek + b.HoursPerWeek, whole.HoursPerWeek);
            Assert.Equal(JobAgreementJobs.Count(right.Concat(left), date).Groups, whole.Groups);
        });

    [Fact]
    public Task Counting_a_stream_gives_the_same_result_as_counting_a_list() =>
        Check.SampleAsync(Generators.Placement.Array[0, 100], async placements =>
        {
            var expected = JobAgreementJobs.Count(placements, s_date);
            var actual = await JobAgreementJobs.CountAsync(placements.ToAsyncEnumerable(), s_date);
            Assert.Equal(expected.Groups, actual.Groups);
            Assert.Equal(expected.Date, actual.Date);
        }, iter: 20);

    [Fact]
    public async Task A_cancelled_count_stops_with_OperationCanceledException()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            async () => await JobAgreementJobs.CountAsync(Endless(), s_date, cancellation.Token));
    }

    [Fact]
    public void Bad_input_gives_typed_argument_errors()
    {
        Assert.Throws<ArgumentNullException>(() => JobAgreementJobs.Count(null!, s_date));
        Assert.Throws<ArgumentException>(() => JobAgreementJobs.Count([new APlacement(), null!], s_date));
        Assert.Throws<ArgumentException>(() => JobAgreementJobs.Count([], new LocalDate(2026, 1, 1, CalendarSystem.Julian)));
    }

    private static async IAsyncEnumerable<Placement> Endless([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        Placement placement = new APlacement();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.Yield();
            yield return placement;
        }
    }
}
