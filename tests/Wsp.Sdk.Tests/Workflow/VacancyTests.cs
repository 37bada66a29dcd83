using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Rules;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Tests.Workflow;

public sealed class VacancyTests
{
    private readonly Scenario _scenario = new();

    [Fact]
    public void H10_a_vacancy_registered_within_24_hours_is_on_time()
    {
        var vacancy = Vacancy.Register(_scenario.Registration(receivedAt: _scenario.Clock.GetCurrentInstant() - Duration.FromHours(24)), _scenario.Clock);
        Assert.False(vacancy.IsRegisteredLate);
        Assert.Equal(_scenario.Clock.GetCurrentInstant(), vacancy.RegisteredAt);
    }

    [Fact]
    public void H10_a_late_registration_is_recorded_and_reportable_not_refused()
    {
        var vacancy = Vacancy.Register(_scenario.Registration(receivedAt: _scenario.Clock.GetCurrentInstant() - Duration.FromHours(25)), _scenario.Clock);
        Assert.True(vacancy.IsRegisteredLate);
    }

    [Fact]
    public void H10_a_vacancy_cannot_be_registered_before_it_was_received() =>
        Assert.Throws<ArgumentException>(() => Vacancy.Register(_scenario.Registration(receivedAt: _scenario.Clock.GetCurrentInstant() + Duration.FromMinutes(1)), _scenario.Clock));

    [Fact]
    public void H10_open_publication_carries_contact_details_and_blocked_publication_says_why()
    {
        Assert.True(Publication.Open("jobs@example.nl").IsOpen);
        var blocked = Publication.Blocked("Sheltered workplace: candidates through the owner");
        Assert.False(blocked.IsOpen);
        Assert.Throws<ArgumentException>(() => Publication.Blocked(" "));
        Assert.Throws<ArgumentException>(() => Publication.Open(""));
        Assert.False(Vacancy.Register(_scenario.Registration(publication: blocked), _scenario.Clock).Publication.IsOpen);
    }

    [Fact]
    public void H12_selection_on_age_sex_or_origin_is_only_for_target_group_vacancies()
    {
        var error = Assert.Throws<RuleViolationException>(() => Vacancy.Register(_scenario.Registration(selection: SelectionCriteria.Age), _scenario.Clock));
        Assert.Equal(RuleId.H12, error.Rule);
        var youth = Vacancy.Register(_scenario.Registration(targetGroups: TargetGroupSet.Of(TargetGroup.Youth), selection: SelectionCriteria.Age), _scenario.Clock);
        Assert.True(youth.IsTargetGroupVacancy);
        Assert.Equal(SelectionCriteria.Age, youth.Selection);
    }

    [Fact]
    public void H12_a_vacancy_flagged_only_REGULAR_may_not_select_on_age_sex_or_origin()
    {
        var error = Assert.Throws<RuleViolationException>(() => Vacancy.Register(_scenario.Registration(targetGroups: TargetGroupSet.Of(TargetGroup.Regular), selection: SelectionCriteria.Sex | SelectionCriteria.Origin), _scenario.Clock));

        Assert.Equal(RuleId.H12, error.Rule);
        Assert.Contains("REGULAR", error.Message, StringComparison.Ordinal);
        var status = Vacancy.Register(_scenario.Registration(targetGroups: TargetGroupSet.Of(TargetGroup.Regular, TargetGroup.StatusHolder), selection: SelectionCriteria.Origin), _scenario.Clock);
        Assert.Equal(SelectionCriteria.Origin, status.Selection);
        Assert.False(Vacancy.MayDeviateFromAntiDiscriminationRules(TargetGroupSet.Of(TargetGroup.Regular)));
        Assert.True(Vacancy.MayDeviateFromAntiDiscriminationRules(TargetGroupSet.Of(TargetGroup.Over55)));
    }

    [Fact]
    public void H12_a_target_group_vacancy_takes_candidates_of_its_groups()
    {
        var youth = Vacancy.Register(_scenario.Registration(targetGroups: TargetGroupSet.Of(TargetGroup.Youth)), _scenario.Clock);
        var error = Assert.Throws<RuleViolationException>(() => youth.Refer(Scenario.Candidate(1), Scenario.Delft, Scenario.Participatiewet, true, _scenario.Clock));
        Assert.Equal(RuleId.H12, error.Rule);
        Assert.Single(youth.Refer(Scenario.Candidate(1), Scenario.Delft, TargetGroupSet.Of(TargetGroup.Youth, TargetGroup.Participatiewet), true, _scenario.Clock).Referrals);
    }

    [Fact]
    public void H13_a_vacancy_is_registered_with_one_workplace()
    {
        var vacancy = Vacancy.Register(_scenario.Registration(positions: 5), _scenario.Clock);
        Assert.Equal(1, vacancy.Workplaces);
        Assert.Equal(5, vacancy.Positions);
    }

    [Fact]
    public void H13_each_booked_placement_beyond_the_workplaces_raises_them_by_one_in_the_same_write()
    {
        var vacancy = _scenario.Vacancy();
        var once = _scenario.ReferAndBook(vacancy, 1);
        Assert.Equal(1, once.Workplaces);
        var twice = _scenario.ReferAndBook(once, 2);
        Assert.Equal(2, twice.Workplaces);
        Assert.Equal(2, twice.Placements.Count);
        Assert.Equal(1, once.Workplaces);
        Assert.Empty(vacancy.Placements);
    }

    [Fact]
    public void H13_ten_or_more_positions_is_a_co_production()
    {
        var error = Assert.Throws<RuleViolationException>(() => Vacancy.Register(_scenario.Registration(positions: 10), _scenario.Clock));
        Assert.Equal(RuleId.H13, error.Rule);
        Assert.Equal("CP-1", Vacancy.Register(_scenario.Registration(positions: 12, coProductionId: "CP-1"), _scenario.Clock).CoProductionId);
    }

    [Fact]
    public void H13_a_vacancy_outside_a_co_production_never_reaches_ten_workplaces()
    {
        var vacancy = _scenario.Vacancy();
        for (var candidate = 1; candidate <= 9; candidate++)
        {
            vacancy = _scenario.ReferAndBook(vacancy, candidate);
        }

        Assert.Equal(9, vacancy.Workplaces);
        var error = Assert.Throws<RuleViolationException>(() => _scenario.ReferAndBook(vacancy, 10));
        Assert.Equal(RuleId.H13, error.Rule);
    }

    [Fact]
    public void H13_a_candidate_is_placed_once_per_vacancy()
    {
        var vacancy = _scenario.ReferAndBook(_scenario.Vacancy(), 1);
        var error = Assert.Throws<RuleViolationException>(() => vacancy.BookPlacement(Scenario.Booking(1, id: "P-again"), _scenario.Clock));
        Assert.Equal(RuleId.H13, error.Rule);
        Assert.Throws<ArgumentException>(() => vacancy.BookPlacement(Scenario.Booking(1), _scenario.Clock));
    }

    [Fact]
    public void H14_a_referral_is_recorded_at_the_moment_of_proposal_by_any_partner()
    {
        var vacancy = _scenario.Vacancy();
        _scenario.Clock.AdvanceMinutes(5);
        var referred = vacancy.Refer(Scenario.Candidate(1), Scenario.Uwv, Scenario.WW, true, _scenario.Clock);
        var referral = Assert.Single(referred.Referrals);
        Assert.Equal(Scenario.Uwv, referral.ReferredBy);
        Assert.Equal(_scenario.Clock.GetCurrentInstant(), referral.ProposedAt);
    }

    [Fact]
    public void H14_a_candidate_who_does_not_meet_the_requirements_is_not_referred()
    {
        var error = Assert.Throws<RuleViolationException>(() => _scenario.Vacancy().Refer(Scenario.Candidate(1), Scenario.Uwv, Scenario.WW, false, _scenario.Clock));
        Assert.Equal(RuleId.H14, error.Rule);
    }

    [Fact]
    public void H14_a_candidate_is_referred_once_and_only_on_an_open_vacancy()
    {
        var vacancy = _scenario.Vacancy().Refer(Scenario.Candidate(1), Scenario.Uwv, Scenario.WW, true, _scenario.Clock);
        Assert.Equal(RuleId.H14, Assert.Throws<RuleViolationException>(() => vacancy.Refer(Scenario.Candidate(1), Scenario.Delft, Scenario.Participatiewet, true, _scenario.Clock)).Rule);
        Assert.Equal(RuleId.H14, Assert.Throws<RuleViolationException>(() => vacancy.Close().Refer(Scenario.Candidate(2), Scenario.Uwv, Scenario.WW, true, _scenario.Clock)).Rule);
    }

    [Fact]
    public void H15_the_owner_books_its_own_candidates()
    {
        var vacancy = _scenario.ReferAndBook(_scenario.Vacancy(), 1);
        var placement = Assert.Single(vacancy.Placements);
        Assert.Equal(Scenario.Delft, placement.BookingPartner);
        Assert.Equal("V-1", placement.VacancyId);
        Assert.Equal("AM21", placement.Region.Code.ToString());
    }

    [Fact]
    public void H15_a_chain_partners_candidate_on_one_workplace_makes_the_chain_partner_take_over_and_book()
    {
        var vacancy = _scenario.ReferAndBook(_scenario.Vacancy(), 1, Scenario.Uwv);
        Assert.Equal(Scenario.Uwv, vacancy.Owner);
        Assert.Equal(Scenario.Uwv, vacancy.Placements[0].BookingPartner);
        var handover = Assert.Single(vacancy.Handovers);
        Assert.Equal((Scenario.Delft, Scenario.Uwv, RuleId.H15), (handover.From, handover.To, handover.Rule));
    }

    [Fact]
    public void H15_on_a_vacancy_asking_for_five_positions_UWVs_hire_is_booked_on_UWVs_duplicate_after_the_owner_booked_its_own_and_closed()
    {
        // The seed's case: Delft registers a vacancy for 5 positions (one workplace, H13); two of its own candidates and
        // one of UWV's are hired.
        var vacancy = _scenario.Refer(_scenario.Refer(_scenario.Refer(_scenario.Vacancy(positions: 5), 1), 2), 3, Scenario.Uwv);

        // UWV's hire does not take the vacancy over: that is for a vacancy asking for one position.
        var takeover = Assert.Throws<RuleViolationException>(() => vacancy.BookPlacement(Scenario.Booking(3, Scenario.Uwv), _scenario.Clock));
        Assert.Equal(RuleId.H15, takeover.Rule);
        Assert.Contains("duplicates", takeover.Message, StringComparison.Ordinal);

        // The owner books its own, not UWV's, and closes.
        var booked = vacancy.BookPlacement(Scenario.Booking(1), _scenario.Clock).BookPlacement(Scenario.Booking(2), _scenario.Clock);
        Assert.Equal(RuleId.H15, Assert.Throws<RuleViolationException>(() => booked.BookPlacement(Scenario.Booking(3, Scenario.Delft), _scenario.Clock)).Rule);
        Assert.Equal(RuleId.H15, Assert.Throws<RuleViolationException>(() => booked.DuplicateFor("V-2", Scenario.Uwv, _scenario.Clock)).Rule);
        var closed = booked.Close();
        Assert.Equal((Scenario.Delft, 2, 2), (closed.Owner, closed.Workplaces, closed.Placements.Count));

        // Three days later UWV duplicates it, refers its candidate again and books there.
        _scenario.Clock.Advance(Duration.FromDays(3));
        var duplicate = closed.DuplicateFor("V-2", Scenario.Uwv, _scenario.Clock);
        Assert.Equal((Scenario.Uwv, "V-1", 1, VacancyStatus.Open), (duplicate.Owner, duplicate.DuplicatedFrom, duplicate.Workplaces, duplicate.Status));
        Assert.True(duplicate.IsDuplicate);
        Assert.Equal((5, closed.ReceivedAt), (duplicate.Positions, duplicate.ReceivedAt));
        Assert.False(duplicate.IsRegisteredLate);
        Assert.Equal(Scenario.Candidate(3), Assert.Single(duplicate.OriginReferrals).Candidate);
        Assert.Empty(duplicate.Referrals);

        var uwvBooked = _scenario.Refer(duplicate, 3).BookPlacement(Scenario.Booking(3, Scenario.Uwv), _scenario.Clock);
        Assert.Equal(Scenario.Uwv, Assert.Single(uwvBooked.Placements).BookingPartner);
        Assert.Equal(RuleId.H15, Assert.Throws<RuleViolationException>(() => closed.BookPlacement(Scenario.Booking(3, Scenario.Uwv), _scenario.Clock)).Rule);
    }

    [Fact]
    public void H15_only_a_chain_partner_whose_candidate_was_hired_on_the_closed_vacancy_duplicates_it()
    {
        var closed = _scenario.Refer(_scenario.ReferAndBook(_scenario.Vacancy(positions: 3), 1), 2, Scenario.Uwv).Close();

        var owner = Assert.Throws<RuleViolationException>(() => closed.DuplicateFor("V-2", Scenario.Delft, _scenario.Clock));
        var noHire = Assert.Throws<RuleViolationException>(() => closed.DuplicateFor("V-2", Scenario.DenHaag, _scenario.Clock));

        Assert.Equal((RuleId.H15, RuleId.H15), (owner.Rule, noHire.Rule));
        Assert.Contains(Scenario.DenHaag.ToString(), noHire.Message, StringComparison.Ordinal);
        Assert.Equal(Scenario.Uwv, closed.DuplicateFor("V-2", Scenario.Uwv, _scenario.Clock).Owner);
    }

    [Fact]
    public void H15_a_vacancy_asking_for_one_position_is_taken_over_not_duplicated()
    {
        var closed = _scenario.Refer(_scenario.Vacancy(), 1, Scenario.Uwv).Close();

        var error = Assert.Throws<RuleViolationException>(() => closed.DuplicateFor("V-2", Scenario.Uwv, _scenario.Clock));

        Assert.Equal(RuleId.H15, error.Rule);
        Assert.Contains("takes it over", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void H13_a_chain_partners_hire_on_a_co_production_is_booked_on_its_own_vacancy_of_the_co_production()
    {
        var vacancy = _scenario.Refer(Vacancy.Register(_scenario.Registration(positions: 12, coProductionId: "CP-1"), _scenario.Clock), 1, Scenario.Uwv);

        Assert.Equal(RuleId.H13, Assert.Throws<RuleViolationException>(() => vacancy.BookPlacement(Scenario.Booking(1, Scenario.Uwv), _scenario.Clock)).Rule);
        Assert.Equal(RuleId.H13, Assert.Throws<RuleViolationException>(() => vacancy.Close().DuplicateFor("V-2", Scenario.Uwv, _scenario.Clock)).Rule);
    }

    [Fact]
    public void H15_the_owner_books_only_the_candidates_it_referred_itself()
    {
        var vacancy = _scenario.Refer(_scenario.Vacancy(), 1, Scenario.DenHaag);

        var error = Assert.Throws<RuleViolationException>(() => vacancy.BookPlacement(Scenario.Booking(1, Scenario.Delft), _scenario.Clock));

        Assert.Equal(RuleId.H15, error.Rule);
        Assert.Contains(Scenario.DenHaag.ToString(), error.Message, StringComparison.Ordinal);
        Assert.Empty(vacancy.Placements);
    }

    [Fact]
    public void H15_a_hire_takes_a_vacancy_over_only_for_a_chain_partner_of_its_region()
    {
        // Amsterdam's candidate (another region) on Delft's one-position vacancy: Amsterdam could neither read nor change it.
        var vacancy = _scenario.Refer(_scenario.Vacancy(), 1, Scenario.Amsterdam);

        var error = Assert.Throws<RuleViolationException>(() => vacancy.BookPlacement(Scenario.Booking(1, Scenario.Amsterdam), _scenario.Clock));

        Assert.Equal(RuleId.H15, error.Rule);
        Assert.Contains("AM21", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void H15_a_partner_that_neither_owns_the_vacancy_nor_referred_the_candidate_does_not_book()
    {
        var vacancy = _scenario.Vacancy().Refer(Scenario.Candidate(1), Scenario.DenHaag, Scenario.Participatiewet, true, _scenario.Clock);
        Assert.Equal(RuleId.H15, Assert.Throws<RuleViolationException>(() => vacancy.BookPlacement(Scenario.Booking(1, Scenario.Uwv), _scenario.Clock)).Rule);
    }

    [Fact]
    public void H15_UWV_books_WW_candidates_and_municipalities_Participatiewet_candidates()
    {
        var vacancy = _scenario.Vacancy().Refer(Scenario.Candidate(1), Scenario.Delft, TargetGroupSet.Of(TargetGroup.WW), true, _scenario.Clock);
        Assert.Equal(RuleId.H15, Assert.Throws<RuleViolationException>(() => vacancy.BookPlacement(Scenario.Booking(1, Scenario.Delft), _scenario.Clock)).Rule);
    }

    [Fact]
    public void H15_an_expired_vacancy_is_reactivated_before_its_workplaces_are_raised()
    {
        var vacancy = _scenario.ReferAndBook(_scenario.Vacancy(), 1);
        _scenario.Clock.Reset(Instant.FromUtc(2026, 7, 15, 9, 0));
        var referred = vacancy.Refer(Scenario.Candidate(2), Scenario.Delft, Scenario.Participatiewet, true, _scenario.Clock);
        var booking = Scenario.Booking(2, start: new LocalDate(2026, 8, 1));
        Assert.Equal(RuleId.H15, Assert.Throws<RuleViolationException>(() => referred.BookPlacement(booking, _scenario.Clock)).Rule);
        Assert.Throws<ArgumentException>(() => referred.Reactivate(new LocalDate(2026, 7, 1), _scenario.Clock));

        var reactivated = referred.Reactivate(new LocalDate(2026, 9, 30), _scenario.Clock).BookPlacement(booking, _scenario.Clock);
        Assert.Equal(2, reactivated.Workplaces);
    }

    [Fact]
    public void H11_a_vacancy_the_owner_cannot_fill_is_handed_over_to_a_chain_partner()
    {
        var handed = _scenario.Vacancy().HandOver(Scenario.Uwv, _scenario.Clock);
        Assert.Equal(Scenario.Uwv, handed.Owner);
        Assert.Equal(RuleId.H11, Assert.Single(handed.Handovers).Rule);
        Assert.Equal(RuleId.H11, Assert.Throws<RuleViolationException>(() => handed.Close().HandOver(Scenario.Delft, _scenario.Clock)).Rule);
    }

    [Fact]
    public void H11_a_vacancy_is_handed_over_only_to_UWV_or_a_municipality_of_its_own_region()
    {
        var vacancy = _scenario.Vacancy();

        var elsewhere = Assert.Throws<RuleViolationException>(() => vacancy.HandOver(Scenario.Amsterdam, _scenario.Clock));

        Assert.Equal(RuleId.H11, elsewhere.Rule);
        Assert.Contains("GM0363", elsewhere.Message, StringComparison.Ordinal);
        Assert.Equal(Scenario.DenHaag, vacancy.HandOver(Scenario.DenHaag, _scenario.Clock).Owner);
        Assert.True(vacancy.IsChainPartnerOfRegion(Scenario.Uwv));
        Assert.False(vacancy.IsChainPartnerOfRegion(Scenario.Amsterdam));
    }

    [Fact]
    public void H16_a_vacancy_without_a_real_recruitment_order_is_refused()
    {
        var error = Assert.Throws<RuleViolationException>(() => Vacancy.Register(_scenario.Registration(isRecruitmentOrder: false), _scenario.Clock));
        Assert.Equal(RuleId.H16, error.Rule);
    }

    [Fact]
    public void H16_a_placement_needs_the_candidate_referred_on_the_vacancy_first()
    {
        var error = Assert.Throws<RuleViolationException>(() => _scenario.Vacancy().BookPlacement(Scenario.Booking(1), _scenario.Clock));
        Assert.Equal(RuleId.H16, error.Rule);
    }

    [Fact]
    public void H16_register_a_vacancy_refer_and_book_a_placement_that_started_last_year_is_refused()
    {
        var referred = _scenario.Refer(_scenario.Vacancy(), 1);

        var error = Assert.Throws<RuleViolationException>(() => referred.BookPlacement(Scenario.Booking(1, start: new LocalDate(2025, 9, 1)), _scenario.Clock));

        Assert.Equal(RuleId.H16, error.Rule);
        Assert.Contains("2025-09-01", error.Message, StringComparison.Ordinal);
        Assert.Empty(referred.Placements);
    }

    [Fact]
    public void H16_the_receipt_is_judged_by_its_Dutch_calendar_date()
    {
        // Received at 00:30 on 2 March in Amsterdam (23:30 UTC on 1 March): a start on 1 March lies before it.
        var vacancy = _scenario.Refer(Vacancy.Register(_scenario.Registration(receivedAt: Instant.FromUtc(2026, 3, 1, 23, 30)), _scenario.Clock), 1);

        Assert.Equal(RuleId.H16, Assert.Throws<RuleViolationException>(() => vacancy.BookPlacement(Scenario.Booking(1, start: new LocalDate(2026, 3, 1)), _scenario.Clock)).Rule);
        Assert.Single(vacancy.BookPlacement(Scenario.Booking(1, start: new LocalDate(2026, 3, 2)), _scenario.Clock).Placements);
    }

    [Fact]
    public void H16_a_placement_that_starts_before_the_candidates_referral_is_refused()
    {
        var vacancy = _scenario.Vacancy();
        _scenario.Clock.Reset(Instant.FromUtc(2026, 3, 10, 9, 0));
        var referred = _scenario.Refer(vacancy, 1);

        var error = Assert.Throws<RuleViolationException>(() => referred.BookPlacement(Scenario.Booking(1, start: new LocalDate(2026, 3, 9)), _scenario.Clock));

        Assert.Equal(RuleId.H16, error.Rule);
        Assert.Contains("referred", error.Message, StringComparison.Ordinal);
        Assert.Single(referred.BookPlacement(Scenario.Booking(1, start: new LocalDate(2026, 3, 10)), _scenario.Clock).Placements);
    }

    [Fact]
    public void H16_on_a_duplicate_the_start_is_held_against_the_first_referral_on_the_vacancy_it_duplicates()
    {
        // UWV's candidate is referred on 2 March and starts on 16 March; UWV duplicates and refers again on 20 March.
        var closed = _scenario.Refer(_scenario.ReferAndBook(_scenario.Vacancy(positions: 2), 1), 2, Scenario.Uwv).Close();
        _scenario.Clock.Reset(Instant.FromUtc(2026, 3, 20, 9, 0));
        var duplicate = _scenario.Refer(closed.DuplicateFor("V-2", Scenario.Uwv, _scenario.Clock), 2);

        var booked = duplicate.BookPlacement(Scenario.Booking(2, Scenario.Uwv), _scenario.Clock);
        Assert.Equal(new LocalDate(2026, 3, 16), Assert.Single(booked.Placements).Start);

        // A candidate first referred on the duplicate is held against that referral.
        var newcomer = _scenario.Refer(duplicate, 3);
        Assert.Equal(RuleId.H16, Assert.Throws<RuleViolationException>(() => newcomer.BookPlacement(Scenario.Booking(3, Scenario.Uwv), _scenario.Clock)).Rule);
    }

    [Fact]
    public void A_vacancy_names_a_sector_of_the_classification()
    {
        var account = _scenario.Account();

        var error = Assert.Throws<ArgumentException>(() => new VacancyRegistration("V-9", account, account.Establishments[0], Scenario.Delft, "Bakker", "BAKERY", _scenario.Clock.GetCurrentInstant(), new LocalDate(2026, 6, 30), Publication.Open("x"), true));

        Assert.Equal("sectorCode", error.ParamName);
        Assert.Contains("haaglanden-2015", error.Message, StringComparison.Ordinal);
        var own = new Sdk.Sectors.SectorClassification("bakeries", 2026, "Own", [new Sdk.Sectors.Sector("BAKERY", "Bakkerijen")]);
        Assert.Equal("BAKERY", new VacancyRegistration("V-9", account, account.Establishments[0], Scenario.Delft, "Bakker", "BAKERY", _scenario.Clock.GetCurrentInstant(), new LocalDate(2026, 6, 30), Publication.Open("x"), true, sectors: own).SectorCode);
    }

    [Fact]
    public void H3_placements_booked_through_the_workflow_feed_the_same_counting_definitions()
    {
        var vacancy = _scenario.ReferAndBook(_scenario.ReferAndBook(_scenario.Vacancy(), 1), 2);
        var stock = JobAgreementJobs.Count(vacancy.Placements, new LocalDate(2026, 4, 1));
        Assert.Equal(2m, stock.Jobs);
        Assert.Equal(2, PlacementsFlow.Count(vacancy.Placements, new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31))).Total);
    }

    [Fact]
    public void A_vacancy_registration_needs_an_employer_with_a_KvK_number_and_one_of_its_establishments()
    {
        var account = _scenario.Account();
        var unknown = Sdk.Employers.EmployerAccount.FromState(new Sdk.Employers.EmployerAccountState { Id = "EA-x", Name = "Zonder KvK", Kvk = null, Kind = account.Kind, Owner = account.Owner, Establishments = account.Establishments, AuditTrail = account.AuditTrail });
        Assert.Throws<ArgumentException>(() => _scenario.Registration(account: unknown));
        var elsewhere = new Sdk.Employers.Establishment(Sdk.Employers.Postcode.Parse("2629 JD"), account.Establishments[0].Municipality);
        Assert.Throws<ArgumentException>(() => new VacancyRegistration("V-9", account, elsewhere, account.Owner, "x", "RETAIL", _scenario.Clock.GetCurrentInstant(), new LocalDate(2026, 6, 30), Publication.Open("x"), true));
    }

    [Fact]
    public void A_vacancy_rebuilt_from_its_state_is_the_vacancy_that_was_stored()
    {
        var vacancy = _scenario.ReferAndBook(_scenario.ReferAndBook(_scenario.Vacancy(), 1), 2, Scenario.Delft).HandOver(Scenario.Uwv, _scenario.Clock);
        var state = vacancy.ToState();
        var rebuilt = Vacancy.FromState(state);
        Assert.Equal(state, rebuilt.ToState() with { Referrals = state.Referrals, Placements = state.Placements, Handovers = state.Handovers, Corrections = state.Corrections, OriginReferrals = state.OriginReferrals });
        Assert.Equal(state.Referrals, rebuilt.Referrals);
        Assert.Equal(state.Placements, rebuilt.Placements);
        Assert.Equal(state.Handovers, rebuilt.Handovers);
        Assert.Equal((2, Scenario.Uwv), (rebuilt.Workplaces, rebuilt.Owner));
    }

    [Fact]
    public void A_state_with_more_placements_than_workplaces_or_foreign_placements_is_refused()
    {
        var state = _scenario.ReferAndBook(_scenario.ReferAndBook(_scenario.Vacancy(), 1), 2).ToState();
        Assert.Throws<ArgumentOutOfRangeException>(() => Vacancy.FromState(state with { Workplaces = 1 }));
        Assert.Throws<ArgumentException>(() => Vacancy.FromState(state with { Id = "V-other" }));
        Assert.Throws<ArgumentException>(() => Vacancy.FromState(state with { Title = " " }));
    }
}
