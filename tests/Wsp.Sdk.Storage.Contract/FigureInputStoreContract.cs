using NodaTime;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Employers;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.Partners;
using static Wsp.Sdk.Storage.Contract.DeskWorld;

namespace Wsp.Sdk.Storage.Contract;

/// <summary>
/// The contract of <see cref="IFigureInputStore"/>: ambition tables (H4), regional targets (H2) and the baseline
/// (nulmeting) kept per import, each import the next version of its kind, nothing overwritten, read back exactly; and
/// which version holds (<see cref="FigureInputHistory"/>) is the same on every store.
/// </summary>
public abstract class FigureInputStoreContract : StoreContract
{
    private static readonly Instant s_first = Instant.FromUtc(2026, 3, 2, 9, 0);
    private static readonly Instant s_second = Instant.FromUtc(2026, 3, 9, 9, 0);

    // A full table (one cell per sector × partner, as H4 requires): the first sector's UWV cell as given, every other 1.
    private static PlacementAmbitionTable Ambitions(Geography.RegionCode region, int year, int uwv)
    {
        var classification = PlacementAmbitions.Haaglanden2015.Classification;
        var partners = new[] { BookingPartner.Uwv, BookingPartner.Parse("GM0518") };
        var cells = classification.Sectors.SelectMany((s, i) => partners.Select(p => new PlacementAmbition(s.Code, p, i == 0 && p == BookingPartner.Uwv ? uwv : 1)));
        return new PlacementAmbitionTable(region, year, classification, partners, cells, previousYearTotal: year == 2025 ? 120 : null);
    }

    private static int TotalWith(int uwv) => uwv + (PlacementAmbitions.Haaglanden2015.Classification.Sectors.Count * 2) - 1;

    private static JobAgreementTarget Target(Geography.RegionCode region, int year, int market) =>
        new(region, new LocalDate(year, 12, 31), market, market / 2, confirmedBySources: false, $"Regional plan {region} {year}");

    private static JobAgreementBaselineTable Baseline(decimal haaglandenMarket) => new(
        "baseline-2012.csv sha256:ab12",
        [new(Haaglanden, EmployerKind.Market, haaglandenMarket), new(Haaglanden, EmployerKind.Government, 310.5m), new(Amsterdam, EmployerKind.Market, 2048m)]);

    [Fact]
    public async Task H4_ambition_imports_get_versions_1_2_in_order_and_read_back_exactly_with_their_source_and_time()
    {
        var first = await Store.FigureInputs.ImportAmbitionsAsync([Ambitions(Haaglanden, 2025, 40), Ambitions(Amsterdam, 2025, 90)], "ambitions-2025.csv sha256:01", s_first);
        var second = await Store.FigureInputs.ImportAmbitionsAsync([Ambitions(Haaglanden, 2025, 44)], "ambitions-2025b.csv sha256:02", s_second);

        Assert.Equal((FigureInputKind.Ambitions, 1, s_first, "ambitions-2025.csv sha256:01"), (first.Kind, first.Version, first.ImportedAt, first.Source));
        Assert.Equal(2, second.Version);
        var listed = await Store.FigureInputs.ListAmbitionImportsAsync();
        Assert.Equal([first, second], listed.Select(i => i.Import));
        Assert.Equal([Describe(Ambitions(Haaglanden, 2025, 40)), Describe(Ambitions(Amsterdam, 2025, 90))], listed[0].Value.Select(Describe));
        Assert.Equal(Describe(Ambitions(Haaglanden, 2025, 44)), Describe(Assert.Single(listed[1].Value)));
    }

    [Fact]
    public async Task H4_the_newest_import_of_a_regions_year_holds_and_the_shipped_Haaglanden_2015_table_stays_as_version_0()
    {
        await Store.FigureInputs.ImportAmbitionsAsync([Ambitions(Haaglanden, 2025, 40), Ambitions(Amsterdam, 2025, 90)], "first", s_first);
        await Store.FigureInputs.ImportAmbitionsAsync([Ambitions(Haaglanden, 2025, 44)], "second", s_second);

        var imports = await Store.FigureInputs.ListAmbitionImportsAsync();
        var haaglanden = FigureInputHistory.AmbitionsOf(imports, Haaglanden);

        Assert.Equal([(2015, 0), (2025, 2)], haaglanden.Select(t => (t.Value.Year, t.Import.Version)));
        Assert.Equal(PlacementAmbitions.Haaglanden2015.Total, haaglanden[0].Value.Total);
        Assert.Equal(TotalWith(44), haaglanden[1].Value.Total);
        Assert.Equal(1, FigureInputHistory.AmbitionOf(imports, Amsterdam, 2025)!.Import.Version);
        Assert.Null(FigureInputHistory.AmbitionOf(imports, Utrecht, 2025));
    }

    [Fact]
    public async Task H2_regional_targets_are_versioned_per_import_and_the_newest_per_region_and_date_holds()
    {
        await Store.FigureInputs.ImportTargetsAsync([Target(Amsterdam, 2025, 500), Target(Amsterdam, 2026, 600)], "targets-a.csv", s_first);
        await Store.FigureInputs.ImportTargetsAsync([Target(Amsterdam, 2026, 650)], "targets-b.csv", s_second);

        var imports = await Store.FigureInputs.ListTargetImportsAsync();
        var held = FigureInputHistory.TargetsOf(imports, Amsterdam);

        Assert.Equal([1, 2], imports.Select(i => i.Import.Version));
        Assert.Equal(
            [(new LocalDate(2025, 12, 31), 500, 250, 1, "Regional plan AM18 2025"), (new LocalDate(2026, 12, 31), 650, 325, 2, "Regional plan AM18 2026")],
            held.Select(t => (t.Value.Deadline, t.Value.Market, t.Value.Government, t.Import.Version, t.Value.Source)));
        Assert.Equal([(JobAgreementTargets.Haaglanden2016.Deadline, 0)], FigureInputHistory.TargetsOf(imports, Haaglanden).Select(t => (t.Value.Deadline, t.Import.Version)));
    }

    [Fact]
    public async Task A_national_target_is_refused_by_the_store_and_nothing_is_written()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => Store.FigureInputs.ImportTargetsAsync([JobAgreementTargets.National[0]], "national.csv", s_first));
        await Assert.ThrowsAsync<ArgumentException>(() => Store.FigureInputs.ImportAmbitionsAsync([], "empty.csv", s_first));

        Assert.Empty(await Store.FigureInputs.ListTargetImportsAsync());
        Assert.Empty(await Store.FigureInputs.ListAmbitionImportsAsync());
    }

    [Fact]
    public async Task The_baseline_holds_as_a_whole_from_its_newest_import_with_its_cells_date_and_source()
    {
        Assert.Null(FigureInputHistory.BaselineOf(await Store.FigureInputs.ListBaselineImportsAsync()));
        await Store.FigureInputs.ImportBaselineAsync(Baseline(1000.25m), s_first);
        var second = await Store.FigureInputs.ImportBaselineAsync(Baseline(1200m), s_second);

        var held = FigureInputHistory.BaselineOf(await Store.FigureInputs.ListBaselineImportsAsync())!;

        Assert.Equal(second, held.Import);
        Assert.Equal((JobAgreement.BaselineDate, "baseline-2012.csv sha256:ab12"), (held.Value.Date, held.Value.Source));
        Assert.Equal(
            [(Amsterdam, EmployerKind.Market, 2048m), (Haaglanden, EmployerKind.Market, 1200m), (Haaglanden, EmployerKind.Government, 310.5m)],
            held.Value.Cells.Select(c => (c.Region, c.EmployerKind, c.Jobs)).OrderBy(c => c.Region).ThenBy(c => c.EmployerKind));
    }

    [Fact]
    public async Task Imports_of_different_kinds_number_their_versions_apart_and_concurrent_imports_never_share_a_version()
    {
        await Store.FigureInputs.ImportBaselineAsync(Baseline(1000m), s_first);
        var imports = await Task.WhenAll(Enumerable.Range(1, 6).Select(i => Store.FigureInputs.ImportTargetsAsync([Target(Utrecht, 2025, i)], $"targets-{i}.csv", s_first)));

        Assert.Equal([1, 2, 3, 4, 5, 6], imports.Select(i => i.Version).Order());
        Assert.Equal([1, 2, 3, 4, 5, 6], (await Store.FigureInputs.ListTargetImportsAsync()).Select(i => i.Import.Version));
        Assert.Equal(1, Assert.Single(await Store.FigureInputs.ListBaselineImportsAsync()).Import.Version);
    }

    private static string Describe(PlacementAmbitionTable t) =>
        $"{t.Region} {t.Year} {t.Classification.Id} [{string.Join(",", t.Partners)}] prev {t.PreviousYearTotal}: "
        + string.Join("; ", t.Cells.Select(c => $"{c.SectorCode}/{c.Partner}={c.Placements}"));
}
