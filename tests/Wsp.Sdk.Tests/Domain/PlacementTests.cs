using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Rules;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Tests.Support;

namespace Wsp.Sdk.Tests.Domain;

public sealed class PlacementTests
{
    [Fact]
    public void The_establishments_municipality_determines_the_region()
    {
        Placement placement = new APlacement { Municipality = "GM0503" };
        Assert.Equal("AM21", placement.Region.Code.ToString());
        Assert.Equal("Delft", placement.Municipality.Name);
    }

    [Fact]
    public void A_former_municipality_places_the_placement_in_the_region_of_its_last_year()
    {
        Placement placement = new APlacement { Municipality = "GM0457", Partner = "GM0363" };
        Assert.Equal("AM18", placement.Region.Code.ToString());
    }

    [Fact]
    public void A_municipality_without_a_region_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new APlacement { Municipality = "GM0305" }.Build());
        Assert.Equal("municipality", error.ParamName);
        Assert.Contains("Abcoude", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void H15_a_placement_booked_by_the_wrong_side_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => new APlacement
        {
            Partner = "UWV",
            Groups = TargetGroupSet.Of(TargetGroup.Participatiewet),
        }.Build());
        Assert.Equal(RuleId.H15, error.Rule);
    }

    [Fact]
    public void A_one_day_placement_ends_on_its_start_date_but_never_before()
    {
        var day = new LocalDate(2026, 3, 2);
        Placement oneDay = new APlacement { Start = day, End = day };
        Assert.True(oneDay.IsActiveOn(day));
        Assert.False(oneDay.IsActiveOn(day.PlusDays(1)));
        var error = Assert.Throws<ArgumentException>(() => new APlacement { Start = day, End = day.PlusDays(-1) }.Build());
        Assert.Equal("end", error.ParamName);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(60.01)]
    public void Hours_per_week_lie_in_0_exclusive_to_60_inclusive(decimal hours) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new APlacement { Hours = hours }.Build());

    [Fact]
    public void Sixty_hours_is_the_most_a_placement_can_have() =>
        Assert.Equal(60m, new APlacement { Hours = 60m }.Build().HoursPerWeek);

    [Fact]
    public void A_placement_needs_at_least_one_target_group() =>
        Assert.Throws<ArgumentException>(() => new APlacement { Groups = TargetGroupSet.Empty }.Build());

    [Fact]
    public void Missing_fields_give_typed_argument_errors_never_a_NullReferenceException()
    {
        var delft = Gazetteer.Default.FindMunicipality("GM0503")!;
        var groups = TargetGroupSet.Of(TargetGroup.Banenafspraak);
        var start = new LocalDate(2026, 1, 1);
        var kvk = KvkNumber.Parse("12345678");
        var candidate = CandidateReference.Create("c1");
        var partner = BookingPartner.Uwv;

        Assert.Throws<ArgumentNullException>(() => new Placement(null!, "V", kvk, delft, "RETAIL", candidate, partner, groups, start, null, 8m, EmployerKind.Market));
        Assert.Throws<ArgumentException>(() => new Placement(" ", "V", kvk, delft, "RETAIL", candidate, partner, groups, start, null, 8m, EmployerKind.Market));
        Assert.Throws<ArgumentNullException>(() => new Placement("P", null!, kvk, delft, "RETAIL", candidate, partner, groups, start, null, 8m, EmployerKind.Market));
        Assert.Throws<ArgumentException>(() => new Placement("P", "V", default, delft, "RETAIL", candidate, partner, groups, start, null, 8m, EmployerKind.Market));
        Assert.Throws<ArgumentNullException>(() => new Placement("P", "V", kvk, null!, "RETAIL", candidate, partner, groups, start, null, 8m, EmployerKind.Market));
        Assert.Throws<ArgumentNullException>(() => new Placement("P", "V", kvk, delft, null!, candidate, partner, groups, start, null, 8m, EmployerKind.Market));
        Assert.Throws<ArgumentException>(() => new Placement("P", "V", kvk, delft, "RETAIL", default, partner, groups, start, null, 8m, EmployerKind.Market));
        Assert.Throws<ArgumentException>(() => new Placement("P", "V", kvk, delft, "RETAIL", candidate, default, groups, start, null, 8m, EmployerKind.Market));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Placement("P", "V", kvk, delft, "RETAIL", candidate, partner, groups, start, null, 8m, (EmployerKind)7));
        Assert.Throws<ArgumentException>(() => new Placement("P", "V", kvk, delft, "RETAIL", candidate, partner, groups, start, null, 8m, EmployerKind.Market, " "));
        Assert.Throws<ArgumentException>(() => new Placement("P", "V", kvk, delft, "RETAIL", candidate, partner, groups, new LocalDate(2026, 1, 1, CalendarSystem.Julian), null, 8m, EmployerKind.Market));
    }

    [Fact]
    public void A_placement_counts_for_the_job_agreement_only_with_a_banenafspraak_indication()
    {
        Assert.True(new APlacement { Groups = TargetGroupSet.Of(TargetGroup.Banenafspraak) }.Build().CountsForJobAgreement);
        Assert.False(new APlacement { Groups = TargetGroupSet.Of(TargetGroup.Participatiewet) }.Build().CountsForJobAgreement);
        Assert.Equal(0.5m, new APlacement { Hours = 12.75m }.Build().Jobs);
    }

    [Theory]
    [InlineData("12345678", true)]
    [InlineData("00000001", true)]
    [InlineData("1234567", false)]
    [InlineData("123456789", false)]
    [InlineData("1234567a", false)]
    public void A_KvK_number_is_exactly_eight_digits(string text, bool valid)
    {
        Assert.Equal(valid, KvkNumber.TryParse(text, out var number));
        if (valid)
        {
            Assert.Equal(text, number.ToString());
        }
        else
        {
            Assert.Throws<FormatException>(() => KvkNumber.Parse(text));
        }
    }
}
