using NodaTime;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Interchange;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// The vacancy workflow of the seed's annex ("Nieuwe vacature en vacature vervulling", DESIGN.md "How the rules read in
/// detail") driven through each partner's <see cref="WspClient"/> over the store, as the gateway drives it: rule H15's
/// two paths on the seed's own cases (a vacancy asking for 5 positions where UWV's candidate is hired, and one asking for
/// 1), the hand-over within the region (H11), selection only on target-group vacancies (H12), plausible start dates
/// (H16), ended arrangements and the employer's KvK number (L2), and sector codes. A refused step writes nothing.
/// </summary>
public abstract class VacancyWorkflowClientContract : StoreContract
{
    private static readonly PartnerIdentity s_delft = PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0503")!);
    private static readonly PartnerIdentity s_denHaag = PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0518")!);
    private static readonly DateInterval s_march = new(new LocalDate(2026, 3, 1), new LocalDate(2026, 3, 31));

    [Fact]
    public async Task H15_a_vacancy_asking_for_five_positions_where_UWVs_candidate_is_hired_is_booked_by_the_owner_closed_and_duplicated_by_UWV()
    {
        var delft = Client(s_delft);
        var uwv = Client(PartnerIdentity.Uwv);
        await delft.RegisterVacancyAsync(Request("V-5") with { Positions = 5 });
        await delft.ReferCandidateAsync("V-5", World.Candidate(1), World.Participatiewet, meetsRequirements: true);
        await delft.ReferCandidateAsync("V-5", World.Candidate(2), World.Participatiewet, meetsRequirements: true);
        await uwv.ReferCandidateAsync("V-5", World.Candidate(3), World.WW, meetsRequirements: true);

        // UWV's hire does not move a vacancy asking for 5 positions to UWV, and the owner does not book UWV's candidate.
        var takeover = await Assert.ThrowsAsync<RuleViolationException>(() => uwv.BookPlacementAsync(Booking("V-5", 3)));
        await delft.BookPlacementAsync(Booking("V-5", 1));
        await delft.BookPlacementAsync(Booking("V-5", 2));
        var ownerBooksChainPartners = await Assert.ThrowsAsync<RuleViolationException>(() => delft.BookPlacementAsync(Booking("V-5", 3)));
        var beforeClose = await Assert.ThrowsAsync<RuleViolationException>(() => uwv.DuplicateVacancyAsync("V-5", "V-5-UWV"));
        await delft.CloseVacancyAsync("V-5");

        // Three days later: Den Haag, with no hire on it, may not duplicate it; UWV duplicates, refers again and books.
        World.Clock.Advance(Duration.FromDays(3));
        var noHire = await Assert.ThrowsAsync<RuleViolationException>(() => Client(s_denHaag).DuplicateVacancyAsync("V-5", "V-5-GM0518"));
        var duplicate = await uwv.DuplicateVacancyAsync("V-5", "V-5-UWV");
        await uwv.ReferCandidateAsync("V-5-UWV", World.Candidate(3), World.WW, meetsRequirements: true);
        await uwv.BookPlacementAsync(Booking("V-5-UWV", 3));

        Assert.Equal([RuleId.H15, RuleId.H15, RuleId.H15, RuleId.H15], new[] { takeover.Rule, ownerBooksChainPartners.Rule, beforeClose.Rule, noHire.Rule });
        Assert.Null(await Store.Vacancies.FindAsync("V-5-GM0518"));
        var original = (await Store.Vacancies.FindAsync("V-5"))!.Value;
        Assert.Equal((World.Delft, VacancyStatus.Closed, 2), (original.Owner, original.Status, original.Workplaces));
        Assert.Empty(original.Handovers);
        Assert.All(original.Placements, p => Assert.Equal(World.Delft, p.BookingPartner));
        var copy = (await Store.Vacancies.FindAsync("V-5-UWV"))!.Value;
        Assert.Equal((World.Uwv, "V-5", 5, original.ReceivedAt, 1), (copy.Owner, copy.DuplicatedFrom, copy.Positions, copy.ReceivedAt, copy.Workplaces));
        Assert.Equal((duplicate.Id, World.Candidate(3)), (copy.Id, Assert.Single(copy.OriginReferrals).Candidate));
        Assert.Equal(World.Uwv, Assert.Single(copy.Placements).BookingPartner);

        // The duplicate is no new vacancy and not late (H10), though made three days after the receipt; every partner's
        // placement counts once, with the partner that booked it.
        var summaries = (await Store.Vacancies.QueryAsync(new VacanciesInRegions([RegionCode.Parse("AM21")], take: 10))).Items;
        Assert.Equal("V-5", summaries.Single(s => s.Id == "V-5-UWV").DuplicatedFrom);
        Assert.False(summaries.Single(s => s.Id == "V-5-UWV").IsRegisteredLate);
        var late = await uwv.LateVacancyRegistrationsAsync(s_march, RegionCode.Parse("AM21"));
        Assert.Equal(((int?)1, (int?)0), (late.Registered.Count, late.Late.Count));
        var flow = await uwv.PlacementsFlowAsync(s_march, PlacementDimensions.Partner, RegionCode.Parse("AM21"));
        Assert.Equal(3, flow.Total.Count);
        Assert.Equal(["GM0503:2", "UWV:1"], flow.Groups.Select(g => $"{g.Group.Group.Partner}:{g.Count}").Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task H15_a_vacancy_asking_for_one_position_where_UWVs_candidate_is_hired_is_taken_over_by_UWV_who_books()
    {
        var delft = Client(s_delft);
        var uwv = Client(PartnerIdentity.Uwv);
        await delft.RegisterVacancyAsync(Request("V-1"));
        await uwv.ReferCandidateAsync("V-1", World.Candidate(1), World.WW, meetsRequirements: true);

        var booked = await uwv.BookPlacementAsync(Booking("V-1", 1));

        Assert.Equal(World.Uwv, booked.Owner);
        var handover = Assert.Single(booked.Handovers);
        Assert.Equal((World.Delft, World.Uwv, RuleId.H15), (handover.From, handover.To, handover.Rule));
        Assert.Equal(World.Uwv, Assert.Single(await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).BookingPartner);

        // The vacancy is UWV's now: Delft no longer closes it, and there is nothing to duplicate.
        var close = await Assert.ThrowsAsync<AccessDeniedException>(() => delft.CloseVacancyAsync("V-1"));
        Assert.Equal(RuleId.H15, close.Rule);
        await uwv.CloseVacancyAsync("V-1");
        Assert.Equal(RuleId.H15, (await Assert.ThrowsAsync<RuleViolationException>(() => uwv.DuplicateVacancyAsync("V-1", "V-1-copy"))).Rule);
    }

    [Fact]
    public async Task H11_a_vacancy_is_handed_over_to_a_chain_partner_of_its_own_region_and_never_to_another_regions_municipality()
    {
        var delft = Client(s_delft);
        var registered = await delft.RegisterVacancyAsync(Request("V-1"));
        var etag = (await Store.Vacancies.FindAsync("V-1"))!.ETag;

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => delft.HandOverVacancyAsync("V-1", BookingPartner.Parse("GM0363")));

        Assert.Equal(RuleId.H11, error.Rule);
        Assert.Equal(etag, (await Store.Vacancies.FindAsync("V-1"))!.ETag);
        var handed = await delft.HandOverVacancyAsync(registered.Id, BookingPartner.Parse("GM0518"));
        Assert.Equal(BookingPartner.Parse("GM0518"), handed.Owner);
    }

    [Fact]
    public async Task H12_selection_is_stored_for_a_target_group_vacancy_and_refused_for_one_flagged_only_REGULAR()
    {
        var delft = Client(s_delft);

        var regular = await Assert.ThrowsAsync<RuleViolationException>(() => delft.RegisterVacancyAsync(Request("V-R") with { TargetGroups = TargetGroupSet.Of(TargetGroup.Regular), Selection = SelectionCriteria.Sex }));
        await delft.RegisterVacancyAsync(Request("V-Y") with { TargetGroups = TargetGroupSet.Of(TargetGroup.Youth), Selection = SelectionCriteria.Age });

        Assert.Equal(RuleId.H12, regular.Rule);
        Assert.Null(await Store.Vacancies.FindAsync("V-R"));
        Assert.Equal(SelectionCriteria.Age, (await Store.Vacancies.FindAsync("V-Y"))!.Value.Selection);
    }

    [Fact]
    public async Task H16_register_a_vacancy_refer_and_book_a_placement_that_started_last_year_is_refused_and_writes_nothing()
    {
        var delft = Client(s_delft);
        await delft.RegisterVacancyAsync(Request("V-1"));
        var referred = await delft.ReferCandidateAsync("V-1", World.Candidate(1), World.Participatiewet, meetsRequirements: true);
        var etag = (await Store.Vacancies.FindAsync("V-1"))!.ETag;

        var error = await Assert.ThrowsAsync<RuleViolationException>(() => delft.BookPlacementAsync(Booking("V-1", 1) with { Start = new LocalDate(2025, 6, 1) }));

        Assert.Equal(RuleId.H16, error.Rule);
        Assert.Equal(etag, (await Store.Vacancies.FindAsync("V-1"))!.ETag);
        Assert.Empty(await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All)));
        Assert.Single(referred.Referrals);
    }

    [Fact]
    public async Task L2_an_ended_arrangement_takes_no_booking_and_no_import_and_an_import_under_a_running_one_is_at_its_employer()
    {
        // The national employer (KvK 87654321) has an establishment in Delft; ARR-ENDED and ARR-RUNS are made with it,
        // Haaglanden joined both, and ARR-ENDED has ended.
        var national = (await Store.Accounts.InsertAsync(DeskWorld.NationalEmployer(World))).Value;
        await Store.Arrangements.InsertAsync(DeskWorld.Final(World, "ARR-ENDED", national).Join(DeskWorld.Haaglanden, World).End());
        await Store.Arrangements.InsertAsync(DeskWorld.Final(World, "ARR-RUNS", national).Join(DeskWorld.Haaglanden, World));
        var delft = Client(s_delft);
        await delft.RegisterVacancyAsync(Request("V-N", national.Id));
        await delft.ReferCandidateAsync("V-N", World.Candidate(1), World.Participatiewet, meetsRequirements: true);

        var booking = await Assert.ThrowsAsync<RuleViolationException>(() => delft.BookPlacementAsync(Booking("V-N", 1) with { ArrangementId = "ARR-ENDED" }));
        var importEnded = await ImportAsync("import-ended", Imported("P-I1", DeskWorld.NationalKvk, "ARR-ENDED"));
        var importElsewhere = await ImportAsync("import-other", Imported("P-I2", "11111110", "ARR-RUNS"));
        var importRuns = await ImportAsync("import-runs", Imported("P-I3", DeskWorld.NationalKvk, "ARR-RUNS"));
        var booked = await delft.BookPlacementAsync(Booking("V-N", 1) with { ArrangementId = "ARR-RUNS" });

        Assert.Equal(
            [PlacementImportStatus.Refused, PlacementImportStatus.Refused, PlacementImportStatus.Imported],
            new[] { importEnded.Status, importElsewhere.Status, importRuns.Status });
        Assert.Equal([RuleId.L2, RuleId.L2, RuleId.L2], new[] { booking.Rule, Assert.Single(importEnded.Errors).Rule, Assert.Single(importElsewhere.Errors).Rule });
        Assert.Contains("ended", booking.Message, StringComparison.Ordinal);
        Assert.Contains("11111110", Assert.Single(importElsewhere.Errors).Reason, StringComparison.Ordinal);
        Assert.Equal("ARR-RUNS", Assert.Single(booked.Placements).ArrangementId);
        Assert.Equal(["P-1", "P-I3"], (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Select(p => p.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task A_vacancy_with_a_sector_code_outside_the_classification_is_refused_and_never_stored()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Client(s_delft).RegisterVacancyAsync(Request("V-1") with { SectorCode = "BAKERY" }));

        Assert.Equal("sectorCode", error.ParamName);
        Assert.Null(await Store.Vacancies.FindAsync("V-1"));
    }

    protected override async Task SeedAsync(IWspStore store) => await store.Accounts.InsertAsync(World.Account());

    private WspClient Client(PartnerIdentity caller) => new(Store, caller, new WspClientOptions { Clock = World.Clock });

    /// <summary>A vacancy the employer reported two hours ago, open until the end of June.</summary>
    private RegisterVacancyRequest Request(string id, string employerId = "EA-1") =>
        new(id, employerId, "Baker's assistant", "RETAIL", World.Clock.GetCurrentInstant() - Duration.FromHours(2), new LocalDate(2026, 6, 30), Publication.Open("jobs@korenbloem.example"));

    /// <summary>Candidate n starts on 16 March 2026, full time for the job agreement.</summary>
    private static BookPlacementRequest Booking(string vacancyId, int candidate) =>
        new(vacancyId, $"P-{candidate}", World.Candidate(candidate), new LocalDate(2026, 3, 16), 25.5m);

    /// <summary>Imports the placements as a Placements CSV v1 file, as the operator does (the client checks rule L2).</summary>
    private Task<PlacementImportOutcome> ImportAsync(string importId, params Placement[] placements) =>
        Client(PartnerIdentity.Operator).ImportPlacementsAsync(importId, Csv(placements));

    private static async IAsyncEnumerable<CsvRecord> Csv(Placement[] placements)
    {
        await Task.Yield();
        yield return new CsvRecord(1, PlacementsCsvV1.Columns);
        for (var i = 0; i < placements.Length; i++)
        {
            yield return new CsvRecord(i + 2, [.. PlacementsCsvV1.FormatRow(placements[i])]);
        }
    }

    /// <summary>A placement a partner's own system exported in Delft (region Haaglanden).</summary>
    private static Placement Imported(string id, string kvk, string arrangementId) => new(
        id,
        "V-EXT",
        Employers.KvkNumber.Parse(kvk),
        Gazetteer.Default.FindMunicipality("GM0503")!,
        "RETAIL",
        CandidateReference.Create("cand-" + id),
        World.Delft,
        World.Participatiewet,
        new LocalDate(2026, 3, 9),
        null,
        20m,
        Employers.EmployerKind.Market,
        arrangementId);
}
