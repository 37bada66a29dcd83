using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Tests.Workflow;

/// <summary>
/// Rule L2 at the booking: a placement under a national arrangement is the region's only after the region joined it,
/// and the SDK checks it at the booking itself, so no caller can book under an arrangement without the check.
/// </summary>
public sealed class BookingUnderArrangementTests
{
    private static readonly RegionCode s_haaglanden = RegionCode.Parse("AM21");
    private static readonly RegionCode s_amsterdam = RegionCode.Parse("AM18");

    private readonly Scenario _scenario = new();

    private readonly NationalDesk _desk = NationalDesk.Empty
        .WithAdvisor(new Advisor("ADV-1", "Advisor Retail", ["RETAIL"], [s_haaglanden]))
        .WithContact(s_haaglanden, "GM0503")
        .WithContact(s_amsterdam, "GM0363");

    /// <summary>A final arrangement with a national employer (Delft, Amsterdam, Utrecht, Groningen: rule L1).</summary>
    private Arrangement Final(string id = "ARR-1", EmployerAccount? employer = null)
    {
        var account = new[] { "GM0363", "GM0344", "GM0014" }
            .Select((code, i) => new Establishment(Postcode.Parse($"{1000 + i} AA"), Gazetteer.Default.FindMunicipality(code)!))
            .Aggregate(employer ?? _scenario.Account(), (a, e) => a.AddEstablishment(e));
        return Arrangement.Draft(id, account, ArrangementKind.Municipal, "ADV-1", _desk, "Forty jobs in bakeries", 120, _scenario.Clock).SendAsConcept().MakeFinal();
    }

    /// <summary>The Delft vacancy (region Haaglanden) with candidate 1 referred by its owner.</summary>
    private Vacancy Referred() =>
        _scenario.Vacancy().Refer(Scenario.Candidate(1), Scenario.Delft, Scenario.Participatiewet, meetsRequirements: true, _scenario.Clock);

    private static PlacementBooking Booking(string? arrangementId) =>
        new("P-1", Scenario.Candidate(1), Scenario.Delft, new LocalDate(2026, 3, 16), 25.5m, arrangementId: arrangementId);

    [Fact]
    public void L2_a_placement_under_an_arrangement_is_booked_in_a_region_that_joined_it()
    {
        var joined = Final().Join(s_haaglanden, "GM0503", _desk, _scenario.Clock);

        var booked = Referred().BookPlacement(Booking("ARR-1"), joined, _scenario.Clock);

        Assert.Equal("ARR-1", Assert.Single(booked.Placements).ArrangementId);
    }

    [Fact]
    public void L2_a_region_that_declined_or_did_not_decide_books_nothing_under_the_arrangement()
    {
        var pending = Final();
        var declined = pending.Decline(s_haaglanden, "GM0503", _desk, _scenario.Clock);
        var vacancy = Referred();

        Assert.Equal(RuleId.L2, Assert.Throws<RuleViolationException>(() => vacancy.BookPlacement(Booking("ARR-1"), pending, _scenario.Clock)).Rule);
        Assert.Equal(RuleId.L2, Assert.Throws<RuleViolationException>(() => vacancy.BookPlacement(Booking("ARR-1"), declined, _scenario.Clock)).Rule);
        Assert.Empty(vacancy.Placements);
    }

    [Fact]
    public void L2_a_region_that_joined_elsewhere_does_not_make_the_booking_regions_placement_count()
    {
        // Amsterdam joined; the vacancy is in Haaglanden, which did not.
        var joinedByAmsterdam = Final().Join(s_amsterdam, "GM0363", _desk, _scenario.Clock);

        var error = Assert.Throws<RuleViolationException>(() => Referred().BookPlacement(Booking("ARR-1"), joinedByAmsterdam, _scenario.Clock));

        Assert.Equal(RuleId.L2, error.Rule);
        Assert.Contains("AM21", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void L2_a_booking_that_names_an_arrangement_cannot_be_booked_without_it()
    {
        var error = Assert.Throws<ArgumentException>(() => Referred().BookPlacement(Booking("ARR-1"), _scenario.Clock));

        Assert.Equal("booking", error.ParamName);
        Assert.Contains("ARR-1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void L2_the_arrangement_given_is_the_one_the_booking_names()
    {
        var joined = Final("ARR-2").Join(s_haaglanden, "GM0503", _desk, _scenario.Clock);
        var vacancy = Referred();

        Assert.Equal("arrangement", Assert.Throws<ArgumentException>(() => vacancy.BookPlacement(Booking("ARR-1"), joined, _scenario.Clock)).ParamName);
        Assert.Equal("arrangement", Assert.Throws<ArgumentException>(() => vacancy.BookPlacement(Booking(null), joined, _scenario.Clock)).ParamName);
    }

    [Fact]
    public void L2_a_booking_under_an_arrangement_made_with_another_employer_is_refused()
    {
        // The arrangement is with another national employer (another KvK number); the vacancy is the bakery's (12345678).
        var other = EmployerAccount.FromState(new EmployerAccountState
        {
            Id = "EA-9",
            Name = "Landelijke Supermarkt B.V.",
            Kvk = KvkNumber.Parse("87654321"),
            Kind = EmployerKind.Market,
            Owner = Scenario.Delft,
            Establishments = [new Establishment(Postcode.Parse("2611 AB"), Gazetteer.Default.FindMunicipality("GM0503")!)],
            AuditTrail = [new AuditEntry(_scenario.Clock.GetCurrentInstant(), Scenario.Delft, ContactKind.Registered, "Registered after a visit")],
        });
        var joined = Final(employer: other).Join(s_haaglanden, "GM0503", _desk, _scenario.Clock);
        var vacancy = Referred();

        var error = Assert.Throws<RuleViolationException>(() => vacancy.BookPlacement(Booking("ARR-1"), joined, _scenario.Clock));

        Assert.Equal(RuleId.L2, error.Rule);
        Assert.Contains("87654321", error.Message, StringComparison.Ordinal);
        Assert.Contains("12345678", error.Message, StringComparison.Ordinal);
        Assert.Empty(vacancy.Placements);
    }

    [Fact]
    public void L2_the_arrangements_employer_is_its_KvK_number_so_a_vacancy_at_another_account_of_the_same_company_books()
    {
        // Another account (another establishment registered on its own) with the bakery's KvK number: the same employer.
        var sameCompany = _scenario.Account(id: "EA-2", postcode: "2612 AB");
        var joined = Final(employer: sameCompany).Join(s_haaglanden, "GM0503", _desk, _scenario.Clock);

        var booked = Referred().BookPlacement(Booking("ARR-1"), joined, _scenario.Clock);

        Assert.Equal("ARR-1", Assert.Single(booked.Placements).ArrangementId);
    }

    [Fact]
    public void L2_an_ended_arrangement_takes_no_new_placements_even_in_a_region_that_joined_it()
    {
        var ended = Final().Join(s_haaglanden, "GM0503", _desk, _scenario.Clock).End();
        var vacancy = Referred();

        var error = Assert.Throws<RuleViolationException>(() => vacancy.BookPlacement(Booking("ARR-1"), ended, _scenario.Clock));

        Assert.Equal(RuleId.L2, error.Rule);
        Assert.Contains("ended", error.Message, StringComparison.Ordinal);
        Assert.Empty(vacancy.Placements);
    }

    [Fact]
    public void L2_a_placement_outside_any_arrangement_needs_no_arrangement()
    {
        Assert.Null(Assert.Single(Referred().BookPlacement(Booking(null), _scenario.Clock).Placements).ArrangementId);
    }
}
