using NodaTime;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;
using Wsp.Sdk.Visits;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// The security model as the SDK's <see cref="WspClient"/> decides it (DESIGN.md, Security model and Architecture): every
/// operation of the client per caller — a municipality of region A (Delft, Haaglanden), one of region B (Amsterdam), UWV,
/// the national desk, the ministry and the store's operator — allowed, or refused with an
/// <see cref="AccessDeniedException"/> before anything is written. One store per caller; the operations run in turn on
/// records of their own. The gateway's HTTP matrix checks that each surface asks these same decisions.
/// </summary>
public abstract class ClientAccessContract : StoreContract
{
    private static readonly RegionCode s_a = DeskWorld.Haaglanden;
    private static readonly RegionCode s_b = DeskWorld.Amsterdam;
    private static readonly BookingPartner s_amsterdam = BookingPartner.Parse("GM0363");

    private static readonly string[] s_everyone = ["municipality A", "municipality B", "UWV", "national desk", "ministry", "operator"];
    private static readonly string[] s_readersOfA = ["municipality A", "UWV", "national desk", "operator"];
    private static readonly string[] s_readers = ["municipality A", "municipality B", "UWV", "national desk", "operator"];
    private static readonly string[] s_figuresOfA = ["municipality A", "UWV", "national desk", "ministry", "operator"];
    private static readonly string[] s_writersOfA = ["municipality A", "UWV"];
    private static readonly string[] s_figureInputsOfA = ["municipality A", "UWV", "national desk", "operator"];
    private static readonly Ambitions.PlacementAmbitionTable[] s_ambitionsOfA = [Ambitions.PlacementAmbitions.Haaglanden2015];
    private static readonly JobAgreements.JobAgreementTarget[] s_targetsOfA = [JobAgreements.JobAgreementTargets.Haaglanden2016];

    public static TheoryData<string> Callers() => [.. s_everyone];

    public static PartnerIdentity Caller(string name) => name switch
    {
        "municipality A" => PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0503")!),
        "municipality B" => PartnerIdentity.ForMunicipality(Gazetteer.Default.FindMunicipality("GM0363")!),
        "UWV" => PartnerIdentity.Uwv,
        "national desk" => PartnerIdentity.NationalDesk,
        "ministry" => PartnerIdentity.Ministry,
        _ => PartnerIdentity.Operator,
    };

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Security_every_client_operation_is_allowed_or_refused_for_the_caller_as_the_security_model_says(string caller)
    {
        var client = new WspClient(Store, Caller(caller), new WspClientOptions { Clock = World.Clock });
        var wrong = new List<string>();
        foreach (var (operation, allowed, run) in Operations())
        {
            var expected = allowed.Contains(caller);
            try
            {
                await run(client);
                if (!expected)
                {
                    wrong.Add($"{operation}: allowed, should be refused");
                }
            }
            catch (AccessDeniedException denied)
            {
                if (expected)
                {
                    wrong.Add($"{operation}: refused ({denied.Message}), should be allowed");
                }
            }
        }

        Assert.True(wrong.Count == 0, $"{caller}:{Environment.NewLine}{string.Join(Environment.NewLine, wrong)}");
    }

    [Fact]
    public async Task H11_only_the_owner_hands_a_vacancy_over_and_the_refusal_names_the_rule_before_anything_is_written()
    {
        var uwv = new WspClient(Store, PartnerIdentity.Uwv, new WspClientOptions { Clock = World.Clock });

        var refused = await Assert.ThrowsAsync<AccessDeniedException>(() => uwv.HandOverVacancyAsync("V-A", BookingPartner.Parse("GM0518")));

        Assert.Equal(Rules.RuleId.H11, refused.Rule);
        Assert.Equal(s_a, refused.Region);
        Assert.Equal(World.Delft, (await Store.Vacancies.FindAsync("V-A"))!.Value.Owner);
    }

    [Theory]
    [InlineData("municipality A", "V-A")]
    [InlineData("UWV", "V-A,V-B")]
    [InlineData("ministry", "")]
    public async Task Security_records_reached_through_other_records_are_only_those_the_caller_may_read(string caller, string readable)
    {
        var client = new WspClient(Store, Caller(caller), new WspClientOptions { Clock = World.Clock });

        var vacancies = await client.FindReadableVacanciesAsync(["V-A", "V-B"]);
        var employers = await client.FindReadableEmployersAsync(["EA-A", "EA-B"]);

        Assert.Equal(readable, string.Join(",", vacancies.Keys.Order(StringComparer.Ordinal)));
        Assert.Equal(readable.Replace("V-", "EA-", StringComparison.Ordinal), string.Join(",", employers.Keys.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task Security_the_ministry_gets_its_figures_with_small_counts_withheld_and_a_partner_the_same_figures_exact()
    {
        var period = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));
        var ministry = new WspClient(Store, PartnerIdentity.Ministry, new WspClientOptions { Clock = World.Clock });
        var uwv = new WspClient(Store, PartnerIdentity.Uwv, new WspClientOptions { Clock = World.Clock });

        var exact = await uwv.PlacementsFlowAsync(period, PlacementDimensions.Region);
        var withheld = await ministry.PlacementsFlowAsync(period, PlacementDimensions.Region);

        // Region A has one booked placement, region B one: each a small count, and the total of two with them.
        Assert.False(exact.WithholdsCounts);
        Assert.Equal([1, 1], exact.Groups.Select(g => g.Count));
        Assert.Equal(2, exact.Total.Count);
        Assert.True(withheld.WithholdsCounts);
        Assert.All(withheld.Groups, g => Assert.Equal((null, Disclosure.SuppressionKind.SmallCount), (g.Count, g.Suppression)));
        Assert.Null(withheld.Total.Count);
    }

    protected override async Task SeedAsync(IWspStore store)
    {
        var a = (await store.Accounts.InsertAsync(World.Account("EA-A"))).Value;
        var b = (await store.Accounts.InsertAsync(EmployerAccount.Register(World.AccountRegistration("EA-B", "Bakkerij Amstel", "1011 AB", s_amsterdam, kvk: "22345678", municipality: "GM0363"), [], World.Clock).Account!)).Value;
        await store.Vacancies.InsertAsync(World.ReferAndBook(World.Vacancy("V-A", account: a), 1));
        await store.Vacancies.InsertAsync(World.ReferAndBook(World.Vacancy("V-B", s_amsterdam, account: b), 2, s_amsterdam));
        await store.Desk.InsertAsync(DeskWorld.Desk());
        await store.Accounts.InsertAsync(DeskWorld.NationalEmployer(World));
        await store.Arrangements.InsertAsync(DeskWorld.Final(World, "ARR-1"));
    }

    /// <summary>Every operation of the client with the callers it is allowed to, each on records of its own.</summary>
    private IEnumerable<(string Operation, string[] Allowed, Func<WspClient, Task> Run)> Operations()
    {
        var n = 0;
        string Unique(string prefix) => $"{prefix}-{++n}";
        var today = Calendar.DutchCalendar.Today(World.Clock);
        var year = new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 12, 31));

        // The ministry asks stocks at a month's end only (its query space, docs/disclosure.md): every caller asks one here.
        var monthEnd = new LocalDate(2026, 2, 28);

        // Records of a region: its readers (Security model); the desk's work: every partner that reads records.
        yield return ("FindEmployerAsync of region A", s_readersOfA, c => c.FindEmployerAsync("EA-A"));
        yield return ("FindVacancyAsync of region A", s_readersOfA, c => c.FindVacancyAsync("V-A"));
        yield return ("ListEmployersAsync of region A", s_readersOfA, c => c.ListEmployersAsync(new EmployerQuery { Region = s_a }));
        yield return ("ListVacanciesAsync of region A", s_readersOfA, c => c.ListVacanciesAsync(new VacancyQuery { Region = s_a }));
        yield return ("ListPlacementsAsync of region A", s_readersOfA, c => c.ListPlacementsAsync(new Placements.PlacementListing { Region = s_a }));
        yield return ("CountPlacementsAsync of region B", ["municipality B", "UWV", "national desk", "operator"], c => c.CountPlacementsAsync(new Placements.PlacementListing { Region = s_b }));
        yield return ("FindArrangementAsync (L2: final, every region decides)", s_readers, c => c.FindArrangementAsync("ARR-1"));
        yield return ("ListArrangementsAsync", s_readers, c => c.ListArrangementsAsync(ArrangementFilter.All));
        yield return ("ListArrangementsAsync of region A's standing", s_readersOfA, c => c.ListArrangementsAsync(new ArrangementFilter(Region: s_a)));
        yield return ("GetNationalDeskAsync (L4)", s_readers, c => c.GetNationalDeskAsync());
        yield return ("AreNationalEmployersAsync (L1)", s_readers, c => c.AreNationalEmployersAsync(["EA-N"]));
        yield return ("SearchEmployersAsync of region A (H8)", s_readersOfA, c => c.SearchEmployersAsync(new EmployerSearch("korenbloem") { Region = s_a }));
        yield return ("ListTakeOverCandidatesAsync of region A (H7)", s_readersOfA, c => c.ListTakeOverCandidatesAsync(new TakeOverQuery { Region = s_a }));
        yield return ("ListVisitsAsync of region A's employer (H9)", s_readersOfA, c => c.ListVisitsAsync("EA-A"));
        yield return ("FindCoProductionAsync (H13)", s_readers, c => c.FindCoProductionAsync("CP-A"));
        yield return ("GetWorklistAsync of a chain partner", ["municipality A", "municipality B", "UWV"], c => c.GetWorklistAsync());

        // Figures: the regions whose figures the caller reads; the ministry and the operator every region's.
        yield return ("JobAgreementJobsAsync of region A", s_figuresOfA, c => c.JobAgreementJobsAsync(monthEnd, s_a));
        yield return ("JobAgreementJobsAtAsync of region A", s_figuresOfA, c => c.JobAgreementJobsAtAsync([monthEnd], s_a));
        yield return ("PlacementsFlowAsync of the caller's regions", s_everyone, c => c.PlacementsFlowAsync(year));
        yield return ("PlacementsFlowAsync of region B", ["municipality B", "UWV", "national desk", "ministry", "operator"], c => c.PlacementsFlowAsync(year, PlacementDimensions.Region, s_b));
        yield return ("JobAgreementBreakdownAsync of region A (H6)", s_figuresOfA, c => c.JobAgreementBreakdownAsync(monthEnd, PlacementDimensions.Sector, s_a));
        yield return ("ArrangementMonitoringAsync (L5)", s_everyone, c => c.ArrangementMonitoringAsync(null, year));
        yield return ("AmbitionRealisationAsync of region A (H4)", s_figuresOfA, c => c.AmbitionRealisationAsync(s_a, 2015));
        yield return ("ExtraJobsAsync of region A", s_figuresOfA, c => c.ExtraJobsAsync(monthEnd, BaselineOfA("baseline.csv"), s_a));
        yield return ("ExtraJobsAtAsync of region A", s_figuresOfA, c => c.ExtraJobsAtAsync([monthEnd], s_a));
        yield return ("PlacementDurabilityAsync of region A", s_figuresOfA, c => c.PlacementDurabilityAsync(year, PlacementDimensions.Sector, monthEnd, s_a));
        yield return ("PlacementAmbitionsAsync of region A (H4)", s_figuresOfA, c => c.PlacementAmbitionsAsync(s_a));
        yield return ("RegionalJobAgreementTargetsAsync of region A (H2)", s_figuresOfA, c => c.RegionalJobAgreementTargetsAsync(s_a));
        yield return ("JobAgreementBaselineAsync of the caller's regions", s_everyone, c => c.JobAgreementBaselineAsync());
        yield return ("LateVacancyRegistrationsAsync of region A (H10)", s_figuresOfA, c => c.LateVacancyRegistrationsAsync(year, s_a));
        yield return ("CoverageAsync of region A (H5)", s_figuresOfA, c => c.CoverageAsync(s_a, monthEnd));
        yield return ("RegionalProjectPlacementsAsync of region A (H6)", s_figuresOfA, c => c.RegionalProjectPlacementsAsync(s_a));
        yield return ("ListRegionalProjectsAsync of region A (H6)", s_figuresOfA, c => c.ListRegionalProjectsAsync(s_a));

        // The workflow (H5, H7–H16): the writers of the record's region; owner-only steps the owner's (H11, H15).
        yield return ("RegisterEmployerAsync in region A (H8; the desk names the owner, L1)", ["municipality A", "UWV", "national desk"], c => c.RegisterEmployerAsync(new RegisterEmployerRequest(Unique("EA"), "Drukkerij " + n, World.EstablishmentIn(postcode: $"26{n:D2} AB"), EmployerKind.Market, RegistrationReason.Visited) { Owner = c.Caller.OnboardsNationalEmployers ? World.Uwv : null }));
        yield return ("RegisterEmployerAsync in region A for an owner it names (L1, H7)", ["municipality A", "national desk"], c => c.RegisterEmployerAsync(new RegisterEmployerRequest(Unique("EA"), "Landelijke keten " + n, World.EstablishmentIn(postcode: $"26{n:D2} AC"), EmployerKind.Market, RegistrationReason.Visited) { Owner = World.Delft }));
        yield return ("SetEmployerKvkAsync in region A (L1)", ["municipality A", "UWV", "national desk"], async c =>
        {
            var id = Unique("EA");
            await Store.Accounts.InsertAsync(EmployerAccount.Register(new EmployerRegistration(id, "Zonder KvK " + id, World.EstablishmentIn(postcode: $"25{n:D2} AB"), World.Delft, EmployerKind.Market, RegistrationReason.Visited), [], World.Clock).Account!);
            await c.SetEmployerKvkAsync(id, KvkNumber.Parse($"4{n:D7}"));
        }
        );
        yield return ("RecordWorkAgreementAsync in region A (H7)", s_writersOfA, c => c.RecordWorkAgreementAsync("EA-A", "Twee proefplaatsingen per kwartaal"));
        yield return ("RequestAccountConsentAsync of another partner's employer (H7)", ["municipality A", "municipality B", "UWV"], async c =>
        {
            var id = Unique("EA");
            var owner = c.Caller.BookingPartner == World.Uwv ? World.Delft : World.Uwv;
            await Store.Accounts.InsertAsync(EmployerAccount.Register(World.AccountRegistration(id, "Gevraagd " + id, $"24{n:D2} AB", owner, kvk: $"5{n:D7}"), [], World.Clock).Account!);
            await c.RequestAccountConsentAsync(id, "Kandidaat uit ons bestand");
        }
        );
        yield return ("AnswerAccountConsentAsync of municipality A's employer (H7)", ["municipality A"], async c =>
        {
            var id = Unique("EA");
            var account = EmployerAccount.Register(World.AccountRegistration(id, "Akkoord " + id, $"23{n:D2} AB", World.Delft, kvk: $"6{n:D7}"), [], World.Clock).Account!;
            await Store.Accounts.InsertAsync(account.RequestConsent(World.Uwv, "Samen optrekken", World.Clock));
            await c.AnswerAccountConsentAsync(id, World.Uwv, accept: true);
        }
        );
        yield return ("RecordVisitAsync in region A (H9)", s_writersOfA, c => c.RecordVisitAsync(Unique("VI"), "EA-A", today, new VisitReport("Kennismaking", "Bakkerij", "Twee vacatures")));
        yield return ("AddEstablishmentAsync in region A (L1)", ["municipality A", "UWV", "national desk"], c => c.AddEstablishmentAsync("EA-A", World.EstablishmentIn(postcode: $"27{++n:D2} AB")));
        yield return ("RecordEmployerStaffAsync in region A (H5)", s_writersOfA, c => c.RecordEmployerStaffAsync("EA-A", new EmployerStaffCount(today, 12, "RETAIL", "KvK")));
        yield return ("RegisterVacancyAsync in region A (H10)", s_writersOfA, c => c.RegisterVacancyAsync(new RegisterVacancyRequest(Unique("V"), "EA-A", "Orderpicker", "RETAIL", World.Clock.GetCurrentInstant() - Duration.FromHours(1), today.PlusDays(30), Publication.Open("werk@example.nl"))));
        yield return ("ReferCandidateAsync in region A (H14)", s_writersOfA, c => c.ReferCandidateAsync("V-A", Placements.CandidateReference.Create(Unique("cand")), TargetGroupSet.Of(TargetGroup.Banenafspraak), meetsRequirements: true));
        yield return ("HandOverVacancyAsync of municipality A's vacancy (H11)", ["municipality A"], async c => await c.HandOverVacancyAsync(await VacancyOfDelftAsync(Unique("V")), BookingPartner.Uwv));
        yield return ("CloseVacancyAsync of municipality A's vacancy (H15)", ["municipality A"], async c => await c.CloseVacancyAsync(await VacancyOfDelftAsync(Unique("V"))));
        yield return ("ReactivateVacancyAsync of municipality A's vacancy (H15)", ["municipality A"], async c => await c.ReactivateVacancyAsync(await VacancyOfDelftAsync(Unique("V")), today.PlusDays(60)));
        yield return ("CloseVacancyAsync with a reason of municipality A's vacancy (H15)", ["municipality A"], async c => await c.CloseVacancyAsync(await VacancyOfDelftAsync(Unique("V")), VacancyCloseReason.Withdrawn));
        yield return ("CorrectVacancyAsync of municipality A's vacancy", ["municipality A"], async c => await c.CorrectVacancyAsync(await VacancyOfDelftAsync(Unique("V")), new VacancyCorrection { Title = "Broodbakker" }));
        yield return ("TakeOverAccountAsync in region A (H7)", s_writersOfA, async c => await c.TakeOverAccountAsync(await DormantAccountAsync(c.Caller, Unique("EA"), n)));

        // The national desk's work (L1–L6); a region's contact person speaks for its region (L4).
        yield return ("DraftArrangementAsync (L1, L2)", ["national desk"], c => c.DraftArrangementAsync(Unique("ARR"), "EA-N", ArrangementKind.Municipal, "ADV-1", "Banen", 100));
        yield return ("SetRegionContactAsync (L4)", ["national desk"], c => c.SetRegionContactAsync(s_a, "GM0503"));
        yield return ("AddAdvisorAsync (L4)", ["national desk"], c => c.AddAdvisorAsync(new Advisor(Unique("ADV"), "Adviseur", ["RETAIL"], [s_a])));
        yield return ("JoinArrangementAsync for region A (L4)", ["municipality A"], async c => await c.JoinArrangementAsync(await FinalArrangementAsync(Unique("ARR")), s_a));

        // A region's input data (H5, H6): its municipalities, UWV and the national desk.
        yield return ("RecordRegionalProjectAsync in region A (H6)", ["municipality A", "UWV", "national desk"], c => c.RecordRegionalProjectAsync(new RegionalProject(Unique("RP"), "Project", s_a, year, [], ["V-A"])));
        yield return ("RecordSectorEmployerTotalsAsync of region A (H5)", ["municipality A", "UWV", "national desk"], c => c.RecordSectorEmployerTotalsAsync(new SectorEmployerTotals(s_a, today.PlusDays(++n), "KvK", new Dictionary<string, int> { ["RETAIL"] = 10 })));

        // A region's figure inputs (H2, H4, the baseline): its municipalities, UWV, the national desk and the store's operator.
        yield return ("ImportAmbitionsAsync of region A (H4)", s_figureInputsOfA, c => c.ImportAmbitionsAsync(s_ambitionsOfA, Unique("ambitions.csv")));
        yield return ("ImportTargetsAsync of region A (H2)", s_figureInputsOfA, c => c.ImportTargetsAsync(s_targetsOfA, Unique("targets.csv")));
        yield return ("ImportBaselineAsync of region A", s_figureInputsOfA, c => c.ImportBaselineAsync(BaselineOfA(Unique("baseline.csv"))));
        // Idempotency keys: every caller's own, so every caller claims, completes and releases its own.
        yield return ("ClaimIdempotencyKeyAsync, CompleteIdempotentRequestAsync", s_everyone, c => ClaimAndCompleteAsync(c, Unique("key")));
        yield return ("ClaimIdempotencyKeyAsync, ReleaseIdempotencyKeyAsync", s_everyone, async c => await c.ReleaseIdempotencyKeyAsync(await c.ClaimIdempotencyKeyAsync(Unique("key"), "hash", Duration.FromMinutes(1))));
    }

    /// <summary>Claims a key of the caller's own and completes its request with an answer.</summary>
    private static async Task ClaimAndCompleteAsync(WspClient c, string key)
    {
        var claim = await c.ClaimIdempotencyKeyAsync(key, "hash", Duration.FromMinutes(1));
        await c.CompleteIdempotentRequestAsync(claim, new IdempotentResponse(200, "application/json", "{}"));
    }

    private static JobAgreementBaselineTable BaselineOfA(string source) => new(source, [new JobAgreementBaselineCell(s_a, EmployerKind.Market, 10m)]);

    /// <summary>An account without contact for over twelve months: registered 400 days ago by a partner other than the caller.</summary>
    private async Task<string> DormantAccountAsync(PartnerIdentity caller, string id, int n)
    {
        var owner = caller.BookingPartner == World.Delft ? World.Uwv : World.Delft;
        var then = new NodaTime.Testing.FakeClock(World.Clock.GetCurrentInstant() - Duration.FromDays(400));
        await Store.Accounts.InsertAsync(EmployerAccount.Register(World.AccountRegistration(id, "Slapend " + id, $"26{n:D2} BB", owner, kvk: $"3{n:D7}"), [], then).Account!);
        return id;
    }

    private async Task<string> FinalArrangementAsync(string id)
    {
        var arrangement = DeskWorld.Final(World, id);
        await Store.Arrangements.InsertAsync(arrangement);
        return arrangement.Id;
    }

    private async Task<string> VacancyOfDelftAsync(string id)
    {
        var account = (await Store.Accounts.FindAsync("EA-A"))!.Value;
        await Store.Vacancies.InsertAsync(Vacancy.Register(World.Registration(account, id), World.Clock));
        return id;
    }
}
