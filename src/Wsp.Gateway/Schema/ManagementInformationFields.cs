using GraphQL;
using GraphQL.Types;
using NodaTime;
using Wsp.Gateway.Security;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The management information queries (rules H4, H6, H10, L5): aggregates only, computed by the SDK's
/// <c>Wsp.Sdk.ManagementInformation</c> over the store's records, so GraphQL answers the same numbers as the SDK and
/// the extracts. The ministry reads them everywhere, with small counts withheld exactly as in its extracts
/// (<see cref="MinistrySuppression"/>); a municipality reads its own regions only (the figures are then computed over its
/// regions' records alone). Figures about vacancies or employers (H10, H5) count no people and are never suppressed.
/// </summary>
internal static class ManagementInformationFields
{
    public static void AddManagementInformationFields(this ObjectGraphType query, IWspStore store)
    {
        // One reader for every figure: it picks pre-aggregates or streamed placements, the same way for the extracts.
        var reader = new ManagementInformationReader(store);
        query.Field<NonNullGraphType<ArrangementMonitoringType>>("arrangementMonitoring")
            .Description("Placements realised per arrangement per region in a period, against its job opportunities (rule L5); one arrangement or all. A municipality sees its own regions' placements and rows.")
            .Requires(Access.Aggregates)
            .Argument<IdGraphType>("arrangementId", "One arrangement; all when left out.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "First day (ISO).")
            .Argument<NonNullGraphType<StringGraphType>>("to", "Last day (ISO), included.")
            .ResolveAsync(async c =>
            {
                var period = Period(c);
                var partner = c.Partner();
                var regions = partner.ReadableRegions(null, aggregates: true);
                IReadOnlyList<Arrangement> arrangements;
                if (c.GetArgument<string?>("arrangementId") is { } id)
                {
                    var found = await store.Arrangements.FindAsync(id, c.CancellationToken).ConfigureAwait(false);
                    arrangements = found is not null && found.Value.IsVisibleTo(partner)
                        ? [found.Value]
                        : throw new ExecutionError($"No arrangement has id '{id}'.") { Code = ErrorCodes.NotFound };
                }
                else
                {
                    arrangements = [.. (await store.Arrangements.ListAsync(ArrangementFilter.All, c.CancellationToken).ConfigureAwait(false)).Where(a => a.IsVisibleTo(partner))];
                }

                var report = await reader.ArrangementMonitoringAsync(arrangements, period, regions, c.CancellationToken).ConfigureAwait(false);
                return MinistrySuppression.Suppress(c, report, SuppressedFigures.Of, report.Arrangements);
            });

        query.Field<NonNullGraphType<AmbitionRealisationType>>("ambitionRealisation")
            .Description("Placement ambition against realisation per sector and partner in a year (rule H4), for the ambition tables the SDK ships (Haaglanden AM21, 2015).")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("region")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .ResolveAsync(async c =>
            {
                var region = RecordFields.RegionArgument(c)!.Value;
                var regions = c.Partner().ReadableRegions(region, aggregates: true);
                var year = c.GetArgument<int>("year");
                var table = AmbitionTables.FirstOrDefault(t => t.Region == region && t.Year == year)
                    ?? throw new ExecutionError($"No placement ambition table is known for region {region} in {year}.") { Code = ErrorCodes.NotFound };
                var report = await reader.AmbitionRealisationAsync(table, regions, c.CancellationToken).ConfigureAwait(false);
                return MinistrySuppression.Suppress(c, report, SuppressedFigures.Of);
            });

        query.Field<NonNullGraphType<JobAgreementBreakdownType>>("jobAgreementBreakdown")
            .Description("Job-agreement jobs at a date grouped by sector, employer and/or partner (rule H6); a municipality sees its own regions.")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("at", "The measuring date (ISO).")
            .Argument<ListGraphType<NonNullGraphType<PlacementDimensionType>>>("by", "Group by these dimensions (SECTOR, EMPLOYER, PARTNER, …).")
            .Argument<StringGraphType>("region", "Only this region.")
            .ResolveAsync(async c =>
            {
                var date = Iso.ParseDate(c.GetArgument<string>("at"), "at");
                var by = (c.GetArgument<List<PlacementDimensions>?>("by") ?? []).Aggregate(PlacementDimensions.None, (all, d) => all | d);
                var regions = c.Partner().ReadableRegions(RecordFields.RegionArgument(c), aggregates: true);
                var result = await reader.JobAgreementBreakdownAsync(date, by, regions, c.CancellationToken).ConfigureAwait(false);
                return MinistrySuppression.SuppressPaged(c, result, SuppressedFigures.Of);
            });

        query.Field<NonNullGraphType<LateRegistrationReportType>>("lateVacancyRegistrations")
            .Description("Vacancies registered in a period, and those registered more than 24 hours after receipt, per region (rule H10); a municipality sees its own regions.")
            .Requires(Access.Aggregates)
            .Argument<StringGraphType>("region", "Only this region.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "First day (ISO).")
            .Argument<NonNullGraphType<StringGraphType>>("to", "Last day (ISO), included.")
            .ResolveAsync(async c =>
            {
                var period = Period(c);
                var regions = c.Partner().ReadableRegions(RecordFields.RegionArgument(c), aggregates: true);
                return await reader.LateVacancyRegistrationsAsync(period, regions, c.CancellationToken).ConfigureAwait(false);
            });

        query.Field<NonNullGraphType<CoverageReportType>>("coverageBySector")
            .Description("Coverage per sector (rule H5) against the latest stored sector totals on or before asOf: the employers in contact are derived from the records (accounts with contact and vacancies in the twelve months up to asOf, with their recorded staff counts), or given in contacts for a what-if.")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("region")
            .Argument<NonNullGraphType<StringGraphType>>("asOf", "The date (ISO): the totals are the latest on or before it, the contacts those of the twelve months up to it.")
            .Argument<ListGraphType<NonNullGraphType<EmployerContactInputType>>>("contacts", "Employers in contact with sector and staff count, for a what-if; derived from the records when left out.")
            .ResolveAsync(async c =>
            {
                var region = RecordFields.RegionArgument(c)!.Value;
                c.Partner().ReadableRegions(region, aggregates: true);
                var asOf = Iso.ParseDate(c.GetArgument<string>("asOf"), "asOf");
                var given = c.GetArgument<List<Dictionary<string, object?>>?>("contacts") is null ? null : Objects(c, "contacts").Select(Contact).ToArray();
                // One path with `wsp extract coverage` (H5): the reader picks the totals, derived or given contacts alike.
                var report = given is null
                    ? await reader.CoverageAsync(region, asOf, c.CancellationToken).ConfigureAwait(false)
                    : await reader.CoverageAsync(region, asOf, given, c.CancellationToken).ConfigureAwait(false);
                return report ?? throw new ExecutionError($"No sector employer totals are stored for region {region} on or before {Iso.Date(asOf)}: record them with recordSectorEmployerTotals.") { Code = ErrorCodes.NotFound };
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionalProjectCountType>>>>("regionalProjectPlacements")
            .Description("Placements per regional project (rule H6): the region's stored projects, or the projects given for a what-if.")
            .Requires(Access.Aggregates)
            .Argument<StringGraphType>("region", "The region whose stored projects are counted; required unless projects are given.")
            .Argument<ListGraphType<NonNullGraphType<RegionalProjectInputType>>>("projects", "Projects to count instead of the stored ones (not stored).")
            .ResolveAsync(async c =>
            {
                var partner = c.Partner();
                if (c.GetArgument<List<Dictionary<string, object?>>?>("projects") is null)
                {
                    var region = RecordFields.RegionArgument(c) ?? throw new ExecutionError("Give region (its stored projects are counted) or projects.") { Code = ErrorCodes.BadUserInput };
                    partner.ReadableRegions(region, aggregates: true);
                    var stored = await reader.RegionalProjectPlacementsAsync(region, c.CancellationToken).ConfigureAwait(false);
                    return MinistrySuppression.Suppress(c, stored, SuppressedFigures.Of, stored);
                }

                var projects = Objects(c, "projects").Select(RegionalProjectMutations.Project).ToArray();
                foreach (var project in projects)
                {
                    partner.ReadableRegions(project.Region, aggregates: true);
                }

                var counts = await reader.RegionalProjectPlacementsAsync(projects, partner.ReadableRegions(null, aggregates: true), c.CancellationToken).ConfigureAwait(false);
                return MinistrySuppression.Suppress(c, counts, SuppressedFigures.Of, counts);
            });
    }

    private static IEnumerable<MutationArguments> Objects(IResolveFieldContext context, string argument) =>
        (context.GetArgument<List<Dictionary<string, object?>>?>(argument) ?? []).Select(o => new MutationArguments(o));

    private static EmployerContact Contact(MutationArguments input) =>
        new(input.Kvk("kvk") ?? throw MutationArguments.Bad("kvk", "is required"), input.Text("sectorCode"), input.Number("employees", 0));

    private static IReadOnlyList<PlacementAmbitionTable> AmbitionTables { get; } = PlacementAmbitions.All;

    private static DateInterval Period(IResolveFieldContext context)
    {
        var from = Iso.ParseDate(context.GetArgument<string>("from"), "from");
        var to = Iso.ParseDate(context.GetArgument<string>("to"), "to");
        return to < from ? throw new ExecutionError("'to' is before 'from'.") { Code = ErrorCodes.BadUserInput } : new DateInterval(from, to);
    }
}
