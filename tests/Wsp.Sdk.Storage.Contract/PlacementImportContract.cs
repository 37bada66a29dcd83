using System.Runtime.CompilerServices;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Interchange;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Rules;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// <see cref="WspClient.ImportPlacementsAsync"/> over each store: the client checks every row of a Placements CSV v1
/// file (its columns, H15, L2 against the arrangements, unique ids) and returns every error with its line and column;
/// the store writes a file only when all of it is good, and nothing of a refused, denied or cancelled one.
/// </summary>
public abstract class PlacementImportContract : StoreContract
{
    private static readonly string s_id = PlacementsCsvV1.Columns[0];

    [Fact]
    public async Task The_operator_imports_a_good_file_as_one_unit_and_every_row_is_stored()
    {
        var placements = World.Placements(2_500, "A");

        var outcome = await Client().ImportPlacementsAsync("import-1", Rows(placements).Read());

        Assert.Equal(PlacementImportStatus.Imported, outcome.Status);
        Assert.Equal((2_500L, 2_500, 0L), (outcome.Rows, outcome.PlacementsWritten, outcome.BadRows));
        Assert.Empty(outcome.Errors);
        Assert.Equal(
            placements.Select(World.Describe).Order(StringComparer.Ordinal),
            (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Select(World.Describe).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task L2_rows_under_an_arrangement_their_region_has_not_joined_or_an_unknown_one_are_refused_naming_line_column_and_rule()
    {
        // ARR-001: Haaglanden (AM21) joined; Amsterdam (AM18) did not. Its rows are at its employer (L2), so only the
        // region and the unknown arrangement are refused.
        var arrangement = (await Store.Arrangements.InsertAsync(DeskWorld.Final(World, "ARR-001").Join(DeskWorld.Haaglanden, World))).Value;
        var placements = World.Placements(30, "A");
        var inHaaglanden = Array.FindIndex(placements, p => p.Region.Code == DeskWorld.Haaglanden);
        var inAmsterdam = Array.FindIndex(placements, p => p.Region.Code == DeskWorld.Amsterdam);
        var unknown = Array.FindLastIndex(placements, p => p.Region.Code == DeskWorld.Haaglanden);
        placements[inHaaglanden] = Under(placements[inHaaglanden], arrangement);
        placements[inAmsterdam] = Under(placements[inAmsterdam], arrangement);
        placements[unknown] = Under(placements[unknown], "ARR-404");
        Assert.NotEqual(inHaaglanden, unknown);

        var outcome = await Client().ImportPlacementsAsync("import-l2", Rows(placements).Read());

        Assert.Equal(PlacementImportStatus.Refused, outcome.Status);
        Assert.Equal(
            new[] { (LineOf(Math.Min(inAmsterdam, unknown)), "arrangement_id"), (LineOf(Math.Max(inAmsterdam, unknown)), "arrangement_id") },
            outcome.Errors.Select(e => (e.Line, e.Column)));
        Assert.All(outcome.Errors, e => Assert.Equal(RuleId.L2, e.Rule));
        Assert.Contains(outcome.Errors, e => e.Line == LineOf(inAmsterdam) && e.Value == "ARR-001" && e.Reason.Contains("AM18 has not joined arrangement ARR-001", StringComparison.Ordinal));
        Assert.Contains(outcome.Errors, e => e.Line == LineOf(unknown) && e.Value == "ARR-404" && e.Reason.Contains("No arrangement has id ARR-404", StringComparison.Ordinal));
        Assert.Equal((30L, 2L, 0), (outcome.Rows, outcome.BadRows, outcome.PlacementsWritten));
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task L2_a_row_under_an_arrangement_its_region_joined_is_imported_under_it()
    {
        var arrangement = (await Store.Arrangements.InsertAsync(DeskWorld.Final(World, "ARR-001").Join(DeskWorld.Haaglanden, World))).Value;
        var placements = World.Placements(30, "A");
        var inHaaglanden = Array.FindIndex(placements, p => p.Region.Code == DeskWorld.Haaglanden);
        placements[inHaaglanden] = Under(placements[inHaaglanden], arrangement);

        var outcome = await Client().ImportPlacementsAsync("import-l2", Rows(placements).Read());

        Assert.Equal(PlacementImportStatus.Imported, outcome.Status);
        Assert.Equal("ARR-001", (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Single(p => p.Id == placements[inHaaglanden].Id).ArrangementId);
    }

    [Fact]
    public async Task Ids_already_stored_imported_or_booked_are_each_named_on_their_line_without_reading_the_stores_placements()
    {
        var stored = World.Placements(300, "A");
        await Store.Placements.ImportAsync("import-1", World.Async(stored));
        await Store.Vacancies.InsertAsync(World.ReferAndBook(World.Vacancy(), 1));
        var file = World.Placements(3_000, "B").ToList();
        file[10] = stored[7];
        file[2_100] = stored[250];
        file[2_999] = stored[299];
        file[1_500] = WithId(file[1_500], "P-1");
        var counter = new PlacementCallCounter(Store);

        var outcome = await Client(counter).ImportPlacementsAsync("import-2", Rows(file).Read());

        Assert.Equal(PlacementImportStatus.Refused, outcome.Status);
        Assert.Equal(
            new[] { (LineOf(10), stored[7].Id), (LineOf(1_500), "P-1"), (LineOf(2_100), stored[250].Id), (LineOf(2_999), stored[299].Id) },
            outcome.Errors.Select(e => (e.Line, e.Value!)));
        Assert.All(outcome.Errors, e => Assert.Equal((s_id, "is in the store already (imported or booked before): ids are unique"), (e.Column, e.Reason)));
        // Asked about exactly the ids it repeats, and never reading the store's placements to find them.
        Assert.Equal(new[] { stored[7].Id, stored[250].Id, stored[299].Id, "P-1" }.Order(StringComparer.Ordinal), counter.IdsLookedUp.Order(StringComparer.Ordinal));
        Assert.Equal((0, 0, 0), (counter.Calls("StreamAsync"), counter.Calls("QueryAsync"), counter.Calls("CountAsync")));
        Assert.Equal(301, (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Count);
    }

    [Fact]
    public async Task An_id_given_again_in_the_file_is_named_on_each_later_line_with_the_line_it_was_first_given_on()
    {
        var file = World.Placements(2_500, "A").ToList();
        file[2_400] = file[1];
        file[10] = file[5];
        file[2_450] = file[5];
        var rows = Rows(file);

        var outcome = await Client().ImportPlacementsAsync("import-1", rows.Read());

        Assert.Equal(PlacementImportStatus.Refused, outcome.Status);
        Assert.Equal(
            new[]
            {
                (LineOf(10), file[5].Id, $"is on line {LineOf(5)} already: ids are unique within a file"),
                (LineOf(2_400), file[1].Id, $"is on line {LineOf(1)} already: ids are unique within a file"),
                (LineOf(2_450), file[5].Id, $"is on line {LineOf(5)} already: ids are unique within a file"),
            },
            outcome.Errors.Select(e => (e.Line, e.Value!, e.Reason)));
        Assert.All(outcome.Errors, e => Assert.Equal(s_id, e.Column));
        // Read a second time, to name the first lines, and only up to the last repeat.
        Assert.Equal(2, rows.Enumerations);
        Assert.Equal((1 + 2_500) + (1 + 2_452), rows.RecordsRead);
        await AssertNothingStoredAsync();
    }

    [Fact]
    public async Task H15_and_every_other_error_of_a_file_is_returned_not_only_the_first_and_nothing_is_written()
    {
        await Store.Placements.ImportAsync("import-1", World.Async(World.Placements(5, "A")));
        var placements = World.Placements(40, "B");
        var rows = placements.Select(p => PlacementsCsvV1.FormatRow(p).ToArray()).ToList();
        rows[3][4] = "BAKERY";                                                // sector_code
        rows[7] = [.. PlacementsCsvV1.FormatRow(Under(placements[7], "ARR-404"))]; // arrangement_id, L2
        rows[12] = [.. PlacementsCsvV1.FormatRow(World.Placements(5, "A")[2])]; // in the store already
        rows[20] = [.. rows[15]];                                             // given twice
        rows[25][7] = "WW";                                                   // a municipality books no WW candidate (H15)
        rows[25][6] = rows[25][3];
        var file = new RowSource(rows, malformedAt: 30);

        var outcome = await Client().ImportPlacementsAsync("import-2", file.Read());

        Assert.Equal(PlacementImportStatus.Refused, outcome.Status);
        Assert.Equal(
            new[] { (LineOf(3), "sector_code"), (LineOf(7), "arrangement_id"), (LineOf(12), s_id), (LineOf(20), s_id), (LineOf(25), "booking_partner"), (LineOf(30), "") },
            outcome.Errors.Select(e => (e.Line, e.Column)));
        Assert.Equal(RuleId.H15, outcome.Errors.Single(e => e.Column == "booking_partner").Rule);
        Assert.Equal((40L, 6L), (outcome.Rows, outcome.BadRows));
        Assert.Equal(5, (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Count);
    }

    public static TheoryData<string> Callers => ["UWV", "NATIONAL_DESK", "MINISTRY", "GM0503"];

    [Theory]
    [MemberData(nameof(Callers))]
    public async Task Security_only_the_stores_operator_imports_placements(string caller)
    {
        var identity = caller switch
        {
            "UWV" => PartnerIdentity.Uwv,
            "NATIONAL_DESK" => PartnerIdentity.NationalDesk,
            "MINISTRY" => PartnerIdentity.Ministry,
            _ => PartnerIdentity.ForMunicipality(Gazetteer.Default.GetMunicipality(MunicipalityCode.Parse(caller))),
        };
        var rows = Rows(World.Placements(20, "A"));

        var denied = await Assert.ThrowsAsync<AccessDeniedException>(() => Client(caller: identity).ImportPlacementsAsync("import-1", rows.Read()));

        Assert.Equal(caller, denied.Partner);
        Assert.Equal(0, rows.Enumerations);
        await AssertNothingStoredAsync();
        await using var import = await Store.Placements.BeginImportAsync("import-1");
        Assert.NotNull(import);
    }

    [Fact]
    public async Task Importing_the_same_import_id_again_writes_nothing_says_so_and_reads_no_row_after_the_header()
    {
        var placements = World.Placements(50, "A");
        await Client().ImportPlacementsAsync("import-1", Rows(placements).Read());
        var again = Rows(placements);

        var outcome = await Client().ImportPlacementsAsync("import-1", again.Read());

        Assert.Equal((PlacementImportStatus.AlreadyImported, 0, 0L), (outcome.Status, outcome.PlacementsWritten, outcome.Rows));
        Assert.Equal(1, again.RecordsRead);
        Assert.Equal(50, (await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All))).Count);
    }

    [Fact]
    public async Task A_file_that_is_not_Placements_CSV_v1_or_empty_is_refused_at_line_1()
    {
        var wrongHeader = new RowSource([["P1", "V1"]], header: ["id", "vacancy"]);

        var wrong = await Client().ImportPlacementsAsync("import-1", wrongHeader.Read());
        var empty = await Client().ImportPlacementsAsync("import-2", Empty());

        Assert.Equal((PlacementImportStatus.Refused, 1L), (wrong.Status, Assert.Single(wrong.Errors).Line));
        Assert.Contains("not Placements CSV v1", wrong.Errors[0].Reason, StringComparison.Ordinal);
        Assert.Equal(1, wrongHeader.RecordsRead);
        Assert.Equal("The file is empty: expected the Placements CSV v1 header.", Assert.Single(empty.Errors).Reason);
        await AssertNothingStoredAsync();

        static async IAsyncEnumerable<CsvRecord> Empty()
        {
            await Task.Yield();
            yield break;
        }
    }

    [Fact]
    public async Task A_cancelled_import_leaves_nothing_written_and_its_id_free()
    {
        using var cancellation = new CancellationTokenSource();
        var placements = World.Placements(6_000, "A");
        var rows = new RowSource(placements.Select(p => PlacementsCsvV1.FormatRow(p).ToArray()).ToList(), onRecord: n =>
        {
            if (n == 4_500)
            {
                cancellation.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Client().ImportPlacementsAsync("import-1", rows.Read(), cancellation.Token));

        await AssertNothingStoredAsync();
        Assert.Equal(PlacementImportStatus.Imported, (await Client().ImportPlacementsAsync("import-1", Rows(placements).Read())).Status);
    }

    private WspClient Client(IWspStore? store = null, PartnerIdentity? caller = null) =>
        new(store ?? Store, caller ?? PartnerIdentity.Operator, new WspClientOptions { Clock = World.Clock });

    private async Task AssertNothingStoredAsync() => Assert.Empty(await World.ToListAsync(Store.Placements.StreamAsync(PlacementFilter.All)));

    /// <summary>The line of the data row at <paramref name="index"/>: the header is line 1.</summary>
    private static long LineOf(int index) => index + 2;

    private static RowSource Rows(IEnumerable<Placement> placements) => new([.. placements.Select(p => PlacementsCsvV1.FormatRow(p).ToArray())]);

    private static Placement Under(Placement p, string arrangementId) => new(
        p.Id, p.VacancyId, p.Employer, p.Municipality, p.SectorCode, p.Candidate, p.BookingPartner, p.TargetGroups, p.Start, p.End, p.HoursPerWeek, p.EmployerKind, arrangementId);

    /// <summary>The placement under <paramref name="arrangement"/>, at its employer (L2).</summary>
    private static Placement Under(Placement p, Arrangements.Arrangement arrangement) => new(
        p.Id, p.VacancyId, arrangement.Employer!.Value, p.Municipality, p.SectorCode, p.Candidate, p.BookingPartner, p.TargetGroups, p.Start, p.End, p.HoursPerWeek, p.EmployerKind, arrangement.Id);

    private static Placement WithId(Placement p, string id) => new(
        id, p.VacancyId, p.Employer, p.Municipality, p.SectorCode, p.Candidate, p.BookingPartner, p.TargetGroups, p.Start, p.End, p.HoursPerWeek, p.EmployerKind, p.ArrangementId);

    /// <summary>A file's records as a CSV reader gives them, one line each, read from the start on every enumeration (as a file is).</summary>
    private sealed class RowSource(IReadOnlyList<string[]> rows, int malformedAt = -1, IReadOnlyList<string>? header = null, Action<long>? onRecord = null)
    {
        private long _recordsRead;

        public int Enumerations { get; private set; }

        public long RecordsRead => Interlocked.Read(ref _recordsRead);

        public async IAsyncEnumerable<CsvRecord> Read([EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            Enumerations++;
            Interlocked.Increment(ref _recordsRead);
            yield return new CsvRecord(1, header ?? PlacementsCsvV1.Columns);
            for (var i = 0; i < rows.Count; i++)
            {
                if (i % 500 == 0)
                {
                    await Task.Yield();
                }

                var read = Interlocked.Increment(ref _recordsRead);
                onRecord?.Invoke(read);
                yield return new CsvRecord(LineOf(i), rows[i], i == malformedAt ? "malformed quoting (a quote inside an unquoted field)" : null);
            }
        }
    }
}
