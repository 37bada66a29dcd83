using NodaTime;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Rules;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// The execution agreements of the regional plan (rules H7–H16) driven through the store, as a partner's system would:
/// read, apply the domain operation, write over the version read. A refused operation writes nothing.
/// </summary>
public abstract class WorkflowContract : StoreContract
{
    [Fact]
    public async Task H7_another_partner_takes_an_account_over_only_after_twelve_months_without_contact()
    {
        var inserted = await Store.Accounts.InsertAsync(World.Account());
        World.Clock.Advance(Duration.FromDays(364));

        var early = await Assert.ThrowsAsync<RuleViolationException>(() => Store.Accounts.UpdateAsync("EA-1", a => a.TakeOver(World.Uwv, World.Clock)));

        Assert.Equal(RuleId.H7, early.Rule);
        Assert.Equal(inserted.ETag, (await Store.Accounts.FindAsync("EA-1"))!.ETag);
        var dormant = await Store.Accounts.QueryAsync(new AccountsWithoutContactSince(World.Clock.GetCurrentInstant() - Duration.FromDays(365)));
        Assert.Empty(dormant.Items);

        World.Clock.Advance(Duration.FromDays(2));
        dormant = await Store.Accounts.QueryAsync(new AccountsWithoutContactSince(World.Clock.GetCurrentInstant() - Duration.FromDays(365)));
        Assert.Equal("EA-1", Assert.Single(dormant.Items).Id);
        await Store.Accounts.UpdateAsync("EA-1", a => a.TakeOver(World.Uwv, World.Clock));

        var read = (await Store.Accounts.FindAsync("EA-1"))!.Value;
        Assert.Equal(World.Uwv, read.Owner);
        Assert.Equal(ContactKind.OwnerChanged, read.AuditTrail[^1].Kind);
        Assert.Equal("UWV", Assert.Single((await Store.Accounts.QueryAsync(new AccountsOwnedBy("UWV", 10))).Items).Owner);
    }

    [Fact]
    public async Task H7_a_recorded_contact_in_the_audit_trail_restarts_the_twelve_months()
    {
        await Store.Accounts.InsertAsync(World.Account());
        World.Clock.Advance(Duration.FromDays(300));
        await Store.Accounts.UpdateAsync("EA-1", a => a.RecordContact(World.Delft, ContactKind.VacancyReported, "Vacancy V-2 reported", World.Clock));
        World.Clock.Advance(Duration.FromDays(100));

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Store.Accounts.UpdateAsync("EA-1", a => a.TakeOver(World.DenHaag, World.Clock)));

        Assert.Equal(RuleId.H7, error.Rule);
        Assert.Equal(World.Delft, (await Store.Accounts.FindAsync("EA-1"))!.Value.Owner);
    }

    [Fact]
    public async Task H8_a_duplicate_is_found_through_the_store_by_name_written_together_and_nothing_is_registered()
    {
        await Store.Accounts.InsertAsync(World.Account());
        var registration = World.AccountRegistration("EA-2", "Bakkerij DeKorenbloem", "3011 AA", World.Uwv, municipality: "GM0599");

        var result = EmployerAccount.Register(registration, await Store.Accounts.FindByNameOrPostcodeAsync(registration.Name, registration.Establishment.Postcode), World.Clock);

        Assert.False(result.IsRegistered);
        Assert.Equal("EA-1", Assert.Single(result.PossibleDuplicates).Id);
        Assert.Null(await Store.Accounts.FindAsync("EA-2"));
    }

    [Fact]
    public async Task H8_a_duplicate_is_found_through_the_store_by_postcode_when_no_name_matches()
    {
        await Store.Accounts.InsertAsync(World.Account());
        var registration = World.AccountRegistration("EA-2", "Korenbloem Brood en Banket", "2611 AB");

        var result = EmployerAccount.Register(registration, await Store.Accounts.FindByNameOrPostcodeAsync(registration.Name, registration.Establishment.Postcode), World.Clock);

        Assert.Equal("EA-1", Assert.Single(result.PossibleDuplicates).Id);

        // Confirmed as another employer by the advisor, it is registered and stored next to the first.
        var confirmed = new EmployerRegistration("EA-2", registration.Name, registration.Establishment, registration.Owner, registration.Kind, registration.Reason, registration.Kvk, ["EA-1"]);
        var registered = EmployerAccount.Register(confirmed, await Store.Accounts.FindByNameOrPostcodeAsync(confirmed.Name, confirmed.Establishment.Postcode), World.Clock);
        await Store.Accounts.InsertAsync(registered.Account!);
        Assert.Equal(2, (await Store.Accounts.FindByNameOrPostcodeAsync("Iets Anders", Postcode.Parse("2611 AB"))).Count);
    }

    [Fact]
    public async Task H8_an_employer_is_never_registered_only_to_book_a_placement()
    {
        var registration = World.AccountRegistration(reason: RegistrationReason.PlacementBookingOnly);

        var error = Assert.Throws<RuleViolationException>(() => EmployerAccount.Register(registration, [], World.Clock));

        Assert.Equal(RuleId.H8, error.Rule);
        Assert.Null(await Store.Accounts.FindAsync("EA-1"));
    }

    [Fact]
    public async Task H10_a_late_registration_is_stored_and_reportable_through_a_specification()
    {
        var account = World.Account();
        await Store.Vacancies.InsertAsync(Vacancy.Register(World.Registration(account, "V-on-time"), World.Clock));
        await Store.Vacancies.InsertAsync(Vacancy.Register(World.Registration(account, "V-late", receivedAt: World.Clock.GetCurrentInstant() - Duration.FromHours(25)), World.Clock));
        await Store.Vacancies.InsertAsync(Vacancy.Register(World.Registration(account, "V-just", receivedAt: World.Clock.GetCurrentInstant() - Duration.FromHours(24)), World.Clock));

        var late = await Store.Vacancies.QueryAsync(new LateRegisteredVacancies());

        Assert.Equal("V-late", Assert.Single(late.Items).Id);
        Assert.True((await Store.Vacancies.FindAsync("V-late"))!.Value.IsRegisteredLate);
    }

    [Fact]
    public async Task H10_a_blocked_publication_is_stored_with_its_explanation()
    {
        var blocked = Publication.Blocked("Sheltered workplace: candidates go through the owner");
        await Store.Vacancies.InsertAsync(Vacancy.Register(World.Registration(publication: blocked), World.Clock));

        var read = (await Store.Vacancies.FindAsync("V-1"))!.Value;

        Assert.False(read.Publication.IsOpen);
        Assert.Equal(blocked, read.Publication);
    }

    [Fact]
    public async Task H11_a_vacancy_and_its_account_are_handed_over_to_a_chain_partner_and_stored_so()
    {
        await Store.Accounts.InsertAsync(World.Account());
        await Store.Vacancies.InsertAsync(World.Vacancy());

        await Store.Vacancies.UpdateAsync("V-1", v => v.HandOver(World.Uwv, World.Clock));
        await Store.Accounts.UpdateAsync("EA-1", a => a.HandOver(World.Uwv, World.Clock));

        var vacancy = (await Store.Vacancies.FindAsync("V-1"))!.Value;
        Assert.Equal(World.Uwv, vacancy.Owner);
        Assert.Equal(RuleId.H11, Assert.Single(vacancy.Handovers).Rule);
        Assert.Equal(World.Uwv, (await Store.Accounts.FindAsync("EA-1"))!.Value.Owner);
        Assert.Equal("V-1", Assert.Single((await Store.Vacancies.QueryAsync(new VacanciesOwnedBy("UWV"))).Items).Id);
        Assert.Empty((await Store.Vacancies.QueryAsync(new VacanciesOwnedBy(World.Delft.ToString()))).Items);
    }

    [Fact]
    public async Task H11_a_closed_vacancy_is_not_handed_over_and_nothing_is_written()
    {
        var inserted = await Store.Vacancies.InsertAsync(World.Vacancy().Close());

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Store.Vacancies.UpdateAsync("V-1", v => v.HandOver(World.Uwv, World.Clock)));

        Assert.Equal(RuleId.H11, error.Rule);
        Assert.Equal(inserted.ETag, (await Store.Vacancies.FindAsync("V-1"))!.ETag);
    }

    [Fact]
    public async Task H12_target_group_flags_and_selection_are_stored_and_a_candidate_outside_the_groups_is_refused_without_a_write()
    {
        var groups = TargetGroupSet.Of(TargetGroup.Banenafspraak, TargetGroup.Wajong);
        var inserted = await Store.Vacancies.InsertAsync(Vacancy.Register(World.Registration(targetGroups: groups, selection: SelectionCriteria.Age | SelectionCriteria.Sex), World.Clock));

        var error = await Assert.ThrowsAsync<RuleViolationException>(() =>
            Store.Vacancies.UpdateAsync("V-1", v => v.Refer(World.Candidate(1), World.Delft, TargetGroupSet.Of(TargetGroup.Participatiewet), meetsRequirements: true, World.Clock)));

        Assert.Equal(RuleId.H12, error.Rule);
        var read = await Store.Vacancies.FindAsync("V-1");
        Assert.Equal(inserted.ETag, read!.ETag);
        Assert.Equal(groups, read.Value.TargetGroups);
        Assert.Equal(SelectionCriteria.Age | SelectionCriteria.Sex, read.Value.Selection);
        Assert.Empty(read.Value.Referrals);
    }

    [Fact]
    public async Task H13_a_booking_raises_the_workplaces_in_the_same_write_and_the_stored_document_shows_it()
    {
        var vacancy = World.Refer(World.Refer(World.Vacancy(positions: 3), 1), 2);
        await Store.Vacancies.InsertAsync(vacancy);

        var first = await Store.Vacancies.UpdateAsync("V-1", v => v.BookPlacement(World.Booking(1), World.Clock));
        var second = await Store.Vacancies.UpdateAsync("V-1", v => v.BookPlacement(World.Booking(2), World.Clock));

        Assert.Equal(1, first.Value.Workplaces);
        var stored = (await Store.Vacancies.FindAsync("V-1"))!;
        Assert.Equal(second.ETag, stored.ETag);
        Assert.Equal(2, stored.Value.Workplaces);
        Assert.Equal(["P-1", "P-2"], stored.Value.Placements.Select(p => p.Id));
        var summary = Assert.Single((await Store.Vacancies.QueryAsync(new OpenVacanciesWithWorkplaces(2))).Items);
        Assert.Equal((2, 2), (summary.Workplaces, summary.Placements));
        Assert.Equal(2, (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Count);
    }

    [Fact]
    public async Task H13_a_tenth_workplace_outside_a_co_production_is_refused_and_nothing_is_written()
    {
        var vacancy = World.Vacancy(positions: 9);
        for (var i = 1; i <= 10; i++)
        {
            vacancy = World.Refer(vacancy, i);
        }

        for (var i = 1; i <= 9; i++)
        {
            vacancy = vacancy.BookPlacement(World.Booking(i), World.Clock);
        }

        var inserted = await Store.Vacancies.InsertAsync(vacancy);

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Store.Vacancies.UpdateAsync("V-1", v => v.BookPlacement(World.Booking(10), World.Clock)));

        Assert.Equal(RuleId.H13, error.Rule);
        var stored = (await Store.Vacancies.FindAsync("V-1"))!;
        Assert.Equal(inserted.ETag, stored.ETag);
        Assert.Equal(9, stored.Value.Workplaces);
        Assert.Equal(9, (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Count);
    }

    [Fact]
    public async Task H13_a_co_production_is_each_partners_own_vacancy_under_one_co_production_id()
    {
        var account = World.Account();
        await Store.Vacancies.InsertAsync(Vacancy.Register(World.Registration(account, "V-delft", positions: 12, coProductionId: "CP-1"), World.Clock));
        await Store.Vacancies.InsertAsync(Vacancy.Register(World.Registration(account, "V-uwv", World.Uwv, positions: 12, coProductionId: "CP-1"), World.Clock));

        await Store.Vacancies.UpdateAsync("V-uwv", v => World.ReferAndBook(v, 1));

        var delft = (await Store.Vacancies.FindAsync("V-delft"))!.Value;
        var uwv = (await Store.Vacancies.FindAsync("V-uwv"))!.Value;
        Assert.Equal(("CP-1", "CP-1"), (delft.CoProductionId, uwv.CoProductionId));
        Assert.Equal((1, 0), (delft.Workplaces, delft.Placements.Count));
        Assert.Equal(World.Uwv, Assert.Single(uwv.Placements).BookingPartner);
    }

    [Fact]
    public async Task H14_a_referral_from_another_partners_caseload_is_recorded_at_the_moment_of_proposal()
    {
        await Store.Vacancies.InsertAsync(World.Vacancy());
        World.Clock.Advance(Duration.FromMinutes(17));
        var proposedAt = World.Clock.GetCurrentInstant();

        await Store.Vacancies.UpdateAsync("V-1", v => World.Refer(v, 1, World.Uwv));
        World.Clock.Advance(Duration.FromHours(1));

        var referral = Assert.Single((await Store.Vacancies.FindAsync("V-1"))!.Value.Referrals);
        Assert.Equal((World.Candidate(1), World.Uwv, proposedAt), (referral.Candidate, referral.ReferredBy, referral.ProposedAt));
        Assert.Equal(1, Assert.Single((await Store.Vacancies.QueryAsync(new VacanciesOwnedBy(World.Delft.ToString()))).Items).Referrals);
    }

    [Fact]
    public async Task H14_a_candidate_is_referred_once_and_a_second_referral_writes_nothing()
    {
        await Store.Vacancies.InsertAsync(World.Vacancy());
        var referred = await Store.Vacancies.UpdateAsync("V-1", v => World.Refer(v, 1));

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Store.Vacancies.UpdateAsync("V-1", v => World.Refer(v, 1, World.Uwv)));

        Assert.Equal(RuleId.H14, error.Rule);
        Assert.Equal(referred.ETag, (await Store.Vacancies.FindAsync("V-1"))!.ETag);
    }

    [Fact]
    public async Task H15_a_chain_partners_candidate_hired_on_one_workplace_makes_the_chain_partner_take_over_and_book()
    {
        await Store.Vacancies.InsertAsync(World.Vacancy());
        await Store.Vacancies.UpdateAsync("V-1", v => World.Refer(v, 1, World.Uwv));

        await Store.Vacancies.UpdateAsync("V-1", v => v.BookPlacement(World.Booking(1, World.Uwv), World.Clock));

        var stored = (await Store.Vacancies.FindAsync("V-1"))!.Value;
        Assert.Equal(World.Uwv, stored.Owner);
        Assert.Equal((World.Delft, World.Uwv, RuleId.H15), (stored.Handovers[0].From, stored.Handovers[0].To, stored.Handovers[0].Rule));
        Assert.Equal(World.Uwv, Assert.Single(await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).BookingPartner);
    }

    [Fact]
    public async Task H15_on_a_vacancy_asking_for_2_to_9_positions_the_owner_books_its_own_closes_and_the_chain_partner_duplicates_refers_again_and_books()
    {
        var vacancy = World.Refer(World.ReferAndBook(World.Vacancy(positions: 2), 1), 2, World.Uwv);
        await Store.Vacancies.InsertAsync(vacancy);

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Store.Vacancies.UpdateAsync("V-1", v => v.BookPlacement(World.Booking(2, World.Uwv), World.Clock)));
        Assert.Equal(RuleId.H15, refused.Rule);

        var closed = await Store.Vacancies.UpdateAsync("V-1", v => v.Close());
        var duplicate = closed.Value.DuplicateFor("V-1-uwv", World.Uwv, World.Clock);
        await Store.Vacancies.InsertAsync(duplicate);
        await Store.Vacancies.UpdateAsync("V-1-uwv", v => World.ReferAndBook(v, 2));

        var original = (await Store.Vacancies.FindAsync("V-1"))!.Value;
        var copy = (await Store.Vacancies.FindAsync("V-1-uwv"))!.Value;
        Assert.Equal((VacancyStatus.Closed, 1), (original.Status, original.Placements.Count));
        Assert.Equal(("V-1", World.Uwv, 1, VacancyStatus.Open), (copy.DuplicatedFrom, copy.Owner, copy.Workplaces, copy.Status));
        Assert.Equal(World.Uwv, Assert.Single(copy.Placements).BookingPartner);
        var streamed = await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All));
        Assert.Equal(["V-1", "V-1-uwv"], streamed.Select(p => p.VacancyId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task H15_an_expired_vacancy_is_reactivated_before_its_workplaces_are_raised()
    {
        var vacancy = World.Refer(World.ReferAndBook(Vacancy.Register(World.Registration(positions: 2, expiresOn: new LocalDate(2026, 3, 31)), World.Clock), 1), 2);
        await Store.Vacancies.InsertAsync(vacancy);
        World.Clock.Advance(Duration.FromDays(45));

        var refused = await Assert.ThrowsAsync<RuleViolationException>(() => Store.Vacancies.UpdateAsync("V-1", v => v.BookPlacement(World.Booking(2), World.Clock)));
        Assert.Equal(RuleId.H15, refused.Rule);
        Assert.Equal(1, (await Store.Vacancies.FindAsync("V-1"))!.Value.Workplaces);

        await Store.Vacancies.UpdateAsync("V-1", v => v.Reactivate(new LocalDate(2026, 6, 30), World.Clock));
        await Store.Vacancies.UpdateAsync("V-1", v => v.BookPlacement(World.Booking(2), World.Clock));

        var stored = (await Store.Vacancies.FindAsync("V-1"))!.Value;
        Assert.Equal((2, new LocalDate(2026, 6, 30)), (stored.Workplaces, stored.ExpiresOn));
    }

    [Fact]
    public async Task H16_a_booking_without_a_referral_on_the_vacancy_is_refused_and_writes_nothing()
    {
        var inserted = await Store.Vacancies.InsertAsync(World.Vacancy());

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => Store.Vacancies.UpdateAsync("V-1", v => v.BookPlacement(World.Booking(1), World.Clock)));

        Assert.Equal(RuleId.H16, error.Rule);
        var stored = (await Store.Vacancies.FindAsync("V-1"))!;
        Assert.Equal(inserted.ETag, stored.ETag);
        Assert.Empty(stored.Value.Placements);
        Assert.Empty(await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All)));
    }

    [Fact]
    public async Task H16_a_vacancy_registered_only_to_book_a_placement_is_refused_and_never_stored()
    {
        var error = Assert.Throws<RuleViolationException>(() => Vacancy.Register(World.Registration(isRecruitmentOrder: false), World.Clock));

        Assert.Equal(RuleId.H16, error.Rule);
        Assert.Null(await Store.Vacancies.FindAsync("V-1"));
        Assert.Empty((await Store.Vacancies.QueryAsync(new OpenVacanciesWithWorkplaces(1))).Items);
    }
}
