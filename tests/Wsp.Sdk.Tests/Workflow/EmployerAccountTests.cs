using NodaTime;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Visits;

namespace Wsp.Sdk.Tests.Workflow;

public sealed class EmployerAccountTests
{
    private readonly Scenario _scenario = new();

    [Fact]
    public void H8_an_employer_is_registered_after_a_reported_vacancy_or_a_visit_with_one_owner()
    {
        var account = _scenario.Account();
        Assert.Equal(Scenario.Delft, account.Owner);
        Assert.Equal("AM21", account.Region.Code.ToString());
        var entry = Assert.Single(account.AuditTrail);
        Assert.Equal(ContactKind.Registered, entry.Kind);
        Assert.Equal(_scenario.Clock.GetCurrentInstant(), account.RegisteredAt);
    }

    [Fact]
    public void H8_an_employer_is_never_registered_only_to_book_a_placement()
    {
        var registration = new EmployerRegistration("EA-9", "Schoonmaak Delft", _scenario.Establishment, Scenario.Delft, EmployerKind.Market, RegistrationReason.PlacementBookingOnly);
        var error = Assert.Throws<RuleViolationException>(() => EmployerAccount.Register(registration, [], _scenario.Clock));
        Assert.Equal(RuleId.H8, error.Rule);
    }

    [Theory]
    [InlineData("Bakkerij De Korenbloem B.V.")]
    [InlineData("bakkerij de korenbloem")]
    [InlineData("Bakkerij Dekorenbloem")]
    [InlineData("BakkerijDeKorenbloem BV")]
    [InlineData("Bakkerij De Korenbloem, N.V.")]
    [InlineData("Stichting Bakkerij de Korenbloem")]
    public void H8_a_second_registration_by_name_is_answered_with_the_possible_duplicate_not_merged(string name)
    {
        var existing = _scenario.Account();
        var registration = new EmployerRegistration("EA-2", name, new Establishment(Postcode.Parse("2612 XY"), Gazetteer.Default.FindMunicipality("GM0503")!), Scenario.Uwv, EmployerKind.Market, RegistrationReason.Visited);
        var result = EmployerAccount.Register(registration, [existing], _scenario.Clock);
        Assert.False(result.IsRegistered);
        Assert.Null(result.Account);
        Assert.Equal([existing], result.PossibleDuplicates);
    }

    [Fact]
    public void H8_when_no_name_matches_the_postcode_is_checked_next()
    {
        var existing = _scenario.Account();
        var registration = new EmployerRegistration("EA-2", "Korenbloem Broodbakkers", _scenario.Establishment, Scenario.Uwv, EmployerKind.Market, RegistrationReason.Visited);
        Assert.Equal([existing], EmployerAccount.Register(registration, [existing], _scenario.Clock).PossibleDuplicates);
    }

    [Fact]
    public void H8_an_advisor_who_confirmed_the_candidates_are_other_employers_registers()
    {
        var existing = _scenario.Account();
        var registration = new EmployerRegistration("EA-2", "Korenbloem Broodbakkers", _scenario.Establishment, Scenario.Uwv, EmployerKind.Market, RegistrationReason.Visited, confirmedDistinctFrom: [existing.Id]);
        var result = EmployerAccount.Register(registration, [existing], _scenario.Clock);
        Assert.True(result.IsRegistered);
        Assert.Equal("EA-2", result.Account.Id);
        Assert.Empty(result.PossibleDuplicates);
    }

    [Fact]
    public void H8_a_different_employer_at_another_postcode_registers_straight_away()
    {
        var existing = _scenario.Account();
        var other = new EmployerRegistration("EA-2", "Garage Van Dijk", new Establishment(Postcode.Parse("2628 CD"), Gazetteer.Default.FindMunicipality("GM0503")!), Scenario.Delft, EmployerKind.Market, RegistrationReason.Visited);
        Assert.True(EmployerAccount.Register(other, [existing], _scenario.Clock).IsRegistered);
    }

    [Fact]
    public void H7_another_partner_may_not_take_over_an_account_with_contact_in_the_last_twelve_months()
    {
        var account = _scenario.Account();
        _scenario.Clock.AdvanceDays(364);
        var error = Assert.Throws<RuleViolationException>(() => account.TakeOver(Scenario.Uwv, _scenario.Clock));
        Assert.Equal(RuleId.H7, error.Rule);
    }

    [Fact]
    public void H7_after_twelve_months_without_contact_another_partner_may_take_the_account_over()
    {
        var account = _scenario.Account();
        _scenario.Clock.AdvanceDays(366);
        var taken = account.TakeOver(Scenario.Uwv, _scenario.Clock);
        Assert.Equal(Scenario.Uwv, taken.Owner);
        Assert.Equal(ContactKind.OwnerChanged, taken.AuditTrail[^1].Kind);
        Assert.Equal(Scenario.Delft, account.Owner);
    }

    [Fact]
    public void H7_any_contact_in_the_audit_trail_restarts_the_twelve_months()
    {
        var account = _scenario.Account();
        _scenario.Clock.AdvanceDays(300);
        account = account.RecordContact(Scenario.Delft, ContactKind.VacancyReported, "Vacancy V-7", _scenario.Clock);
        _scenario.Clock.AdvanceDays(100);
        Assert.False(account.IsWithoutContactAt(_scenario.Clock.GetCurrentInstant()));
        Assert.Throws<RuleViolationException>(() => account.TakeOver(Scenario.Uwv, _scenario.Clock));
    }

    [Fact]
    public void H7_a_takeover_restarts_the_twelve_months_so_a_third_partner_cannot_take_it_straight_back()
    {
        var account = _scenario.Account();
        _scenario.Clock.AdvanceDays(400);
        var taken = account.TakeOver(Scenario.Uwv, _scenario.Clock);
        Assert.Equal(_scenario.Clock.GetCurrentInstant(), taken.LastContact);
        Assert.Equal(RuleId.H7, Assert.Throws<RuleViolationException>(() => taken.TakeOver(Scenario.Delft, _scenario.Clock)).Rule);
    }

    [Fact]
    public void H9_a_visit_without_a_full_report_is_refused()
    {
        Assert.Equal(RuleId.H9, Assert.Throws<RuleViolationException>(() => new VisitReport("", "Bakes bread", "None")).Rule);
        Assert.Equal(RuleId.H9, Assert.Throws<RuleViolationException>(() => new VisitReport("Introduction", " ", "None")).Rule);
        Assert.Equal(RuleId.H9, Assert.Throws<RuleViolationException>(() => new VisitReport("Introduction", "Bakes bread", "")).Rule);
        Assert.Throws<ArgumentNullException>(() => new VisitReport("Introduction", "Bakes bread", null!));
    }

    [Fact]
    public void H7_H9_a_reported_visit_is_contact_in_the_audit_trail_from_the_visits_date()
    {
        var account = _scenario.Account();
        _scenario.Clock.AdvanceDays(30);
        var visit = new CompanyVisit("VS-1", account.Id, Scenario.Uwv, new LocalDate(2026, 4, 1), new VisitReport("Introduction", "Bakes bread for 40 shops", "Two vacancies in May"));
        var visited = visit.RecordOn(account, _scenario.Clock);
        Assert.Equal(ContactKind.Visit, visited.AuditTrail[^1].Kind);
        Assert.Equal(DutchCalendar.StartOf(new LocalDate(2026, 4, 1)), visited.LastContact);
        Assert.Throws<ArgumentException>(() => visit.RecordOn(_scenario.Account(id: "EA-other"), _scenario.Clock));
    }

    [Fact]
    public void H7_a_visit_recorded_again_after_its_report_was_edited_is_one_contact()
    {
        // A recording retried after its first write: the entry is found by the visit's id, not by its note's words.
        var account = _scenario.Account();
        _scenario.Clock.AdvanceDays(30);
        var visit = new CompanyVisit("VS-1", account.Id, Scenario.Uwv, new LocalDate(2026, 4, 1), new VisitReport("Introduction", "Bakes bread for 40 shops", "Two vacancies in May"));
        var edited = new CompanyVisit("VS-1", account.Id, Scenario.Uwv, new LocalDate(2026, 4, 1), new VisitReport("Introduction and a tour", "Bakes bread for 40 shops", "Two vacancies in May"));

        var visited = edited.RecordOn(visit.RecordOn(account, _scenario.Clock), _scenario.Clock);

        Assert.Single(visited.AuditTrail, e => e.Kind == ContactKind.Visit);
        Assert.Equal("VS-1", visited.AuditTrail[^1].RecordId);
    }

    [Fact]
    public void H7_an_entry_from_before_record_ids_is_matched_by_its_note_and_another_visit_is_another_contact()
    {
        var account = _scenario.Account();
        _scenario.Clock.AdvanceDays(30);
        var report = new VisitReport("Introduction", "Bakes bread for 40 shops", "Two vacancies in May");
        var first = new CompanyVisit("VS-1", account.Id, Scenario.Uwv, new LocalDate(2026, 4, 1), report).RecordOn(account, _scenario.Clock);

        // An entry written before record ids were kept reads as this visit's: it is matched by its note.
        var older = account.RecordContact(Scenario.Uwv, ContactKind.Visit, first.AuditTrail[^1].Note, new LocalDate(2026, 4, 1), _scenario.Clock);
        Assert.Same(older, new CompanyVisit("VS-1", account.Id, Scenario.Uwv, new LocalDate(2026, 4, 1), report).RecordOn(older, _scenario.Clock));

        var second = new CompanyVisit("VS-2", account.Id, Scenario.Uwv, new LocalDate(2026, 4, 1), report).RecordOn(first, _scenario.Clock);
        Assert.Equal(["VS-1", "VS-2"], second.AuditTrail.Where(e => e.Kind == ContactKind.Visit).Select(e => e.RecordId));
    }

    [Fact]
    public void H11_an_account_handed_over_with_its_vacancy_changes_owner()
    {
        var account = _scenario.Account().HandOver(Scenario.Uwv, _scenario.Clock);
        Assert.Equal(Scenario.Uwv, account.Owner);
        Assert.Throws<ArgumentException>(() => account.HandOver(Scenario.Uwv, _scenario.Clock));
    }

    [Fact]
    public void An_account_rebuilt_from_its_state_is_the_account_that_was_stored()
    {
        var account = _scenario.Account().RecordContact(Scenario.Delft, ContactKind.Other, "Call", _scenario.Clock);
        var state = account.ToState();
        var rebuilt = EmployerAccount.FromState(state).ToState();

        // The lists compare by their items: a record compares list fields by reference.
        Assert.Equal(state, rebuilt with { Establishments = state.Establishments, AuditTrail = state.AuditTrail, StaffCounts = state.StaffCounts, CoAccountManagers = state.CoAccountManagers, ConsentRequests = state.ConsentRequests });
        Assert.Equal(state.Establishments, rebuilt.Establishments);
        Assert.Equal(state.AuditTrail, rebuilt.AuditTrail);
        Assert.Equal(account.NameKey, EmployerAccount.FromState(state).NameKey);

        // The state's shape is checked: an establishment, the registration first, one staff count a date, the owner no co-account manager.
        Assert.Throws<ArgumentException>(() => EmployerAccount.FromState(state with { Establishments = [] }));
        Assert.Throws<ArgumentException>(() => EmployerAccount.FromState(state with { AuditTrail = [.. state.AuditTrail.Skip(1)] }));
        var count = new EmployerStaffCount(new LocalDate(2026, 1, 1), 40, "RETAIL", "KvK");
        Assert.Throws<ArgumentException>(() => EmployerAccount.FromState(state with { StaffCounts = [count, new EmployerStaffCount(count.Date, 41, "RETAIL", "KvK")] }));
        Assert.Throws<ArgumentException>(() => EmployerAccount.FromState(state with { CoAccountManagers = [state.Owner] }));
    }

    [Theory]
    [InlineData("2611 AB", "2611 AB")]
    [InlineData("2611ab", "2611 AB")]
    [InlineData(" 1012 jz ", "1012 JZ")]
    public void A_postcode_is_four_digits_and_two_letters(string text, string canonical) =>
        Assert.Equal(canonical, Postcode.Parse(text).Value);

    [Theory]
    [InlineData("0611 AB")]
    [InlineData("2611 SS")]
    [InlineData("2611A")]
    [InlineData("26111AB")]
    [InlineData("")]
    public void A_malformed_postcode_is_refused(string text) =>
        Assert.Throws<FormatException>(() => Postcode.Parse(text));

    [Fact]
    public void An_establishment_lies_in_a_current_municipality() =>
        Assert.Throws<ArgumentException>(() => new Establishment(Postcode.Parse("1381 AA"), Gazetteer.Default.FindMunicipality("GM0457")!));
}
