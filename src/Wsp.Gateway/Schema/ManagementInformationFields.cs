using System.Runtime.CompilerServices;
using GraphQL;
using GraphQL.Types;
using NodaTime;
using Wsp.Gateway.Security;
using Wsp.Sdk.Ambitions;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The management information queries (rules H4, H6, H10, L5): aggregates only, computed by the SDK's
/// <c>Wsp.Sdk.ManagementInformation</c> over the store's records, so GraphQL answers the same numbers as the SDK and
/// the extracts. The ministry reads them everywhere; a municipality reads its own regions only (the figures are then
/// computed over its regions' records alone).
/// </summary>
internal static class ManagementInformationFields
{
    private const int VacancyPage = 1_000;

    public static void AddManagementInformationFields(this ObjectGraphType query, IWspStore store)
    {
        query.Field<NonNullGraphType<ArrangementMonitoringType>>("arrangementMonitoring")
            .Description("Placements realised per arrangement per region in a period, against its job opportunities (rule L5); one arrangement or all. A municipality sees its own regions' placements and rows.")
            .Requires(Access.Aggregates)
            .Argument<IdGraphType>("arrangementId", "One arrangement; all when left out.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "First day (ISO).")
            .Argument<NonNullGraphType<StringGraphType>>("to", "Last day (ISO), included.")
            .ResolveAsync(async c =>
            {
                var period = Period(c);
                var regions = c.Partner().ReadableRegions(null, aggregates: true);
                IReadOnlyList<Arrangement> arrangements;
                if (c.GetArgument<string?>("arrangementId") is { } id)
                {
                    var found = await store.Arrangements.FindAsync(id, c.CancellationToken).ConfigureAwait(false)
                        ?? throw new ExecutionError($"No arrangement has id '{id}'.") { Code = ErrorCodes.NotFound };
                    arrangements = [found.Value];
                }
                else
                {
                    arrangements = await store.Arrangements.ListAsync(ArrangementFilter.All, c.CancellationToken).ConfigureAwait(false);
                }

                var placements = Stream(store, PlacementFilter.StartedIn(period, regions is [var only] ? only : null), regions, c.CancellationToken);
                return await ArrangementMonitoring.ComputeAsync(arrangements, placements, period, c.CancellationToken).ConfigureAwait(false);
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
                var placements = Stream(store, PlacementFilter.StartedIn(AmbitionRealisation.PeriodOf(table), region), regions, c.CancellationToken);
                return await AmbitionRealisation.ComputeAsync(table, placements, c.CancellationToken).ConfigureAwait(false);
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
                var placements = Stream(store, PlacementFilter.ActiveOn(date, regions is [var only] ? only : null), regions, c.CancellationToken);
                return await JobAgreementBreakdown.CountAsync(placements, date, by, c.CancellationToken).ConfigureAwait(false);
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
                return await LateVacancyRegistrations.CountAsync(Vacancies(store, regions, c.CancellationToken), period, c.CancellationToken).ConfigureAwait(false);
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
                var totals = await store.EmployerTotals.FindLatestAsync(region, asOf, c.CancellationToken).ConfigureAwait(false)
                    ?? throw new ExecutionError($"No sector employer totals are stored for region {region} on or before {Iso.Date(asOf)}: record them with recordSectorEmployerTotals.") { Code = ErrorCodes.NotFound };
                return given is not null
                    ? CoverageBySector.Compute(totals, given)
                    : CoverageBySector.Compute(totals, await EmployerContacts.DeriveAsync(store, region, asOf, c.CancellationToken).ConfigureAwait(false));
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionalProjectCountType>>>>("regionalProjectPlacements")
            .Description("Placements per regional project (rule H6): the region's stored projects, or the projects given for a what-if.")
            .Requires(Access.Aggregates)
            .Argument<StringGraphType>("region", "The region whose stored projects are counted; required unless projects are given.")
            .Argument<ListGraphType<NonNullGraphType<RegionalProjectInputType>>>("projects", "Projects to count instead of the stored ones (not stored).")
            .ResolveAsync(async c =>
            {
                var partner = c.Partner();
                IReadOnlyList<RegionalProject> projects;
                if (c.GetArgument<List<Dictionary<string, object?>>?>("projects") is not null)
                {
                    projects = [.. Objects(c, "projects").Select(RegionalProjectMutations.Project)];
                }
                else
                {
                    var region = RecordFields.RegionArgument(c) ?? throw new ExecutionError("Give region (its stored projects are counted) or projects.") { Code = ErrorCodes.BadUserInput };
                    partner.ReadableRegions(region, aggregates: true);
                    projects = [.. (await store.Projects.ListAsync(region, c.CancellationToken).ConfigureAwait(false)).Select(p => p.Value)];
                }

                foreach (var project in projects)
                {
                    partner.ReadableRegions(project.Region, aggregates: true);
                }

                var regions = projects.Select(p => p.Region).Distinct().ToArray();
                if (regions.Length == 0)
                {
                    return Array.Empty<RegionalProjectCount>();
                }

                return await RegionalProjectPlacements.CountAsync(projects, Stream(store, new PlacementFilter(regions is [var only] ? only : null), regions, c.CancellationToken), c.CancellationToken).ConfigureAwait(false);
            });
    }

    private static IEnumerable<MutationArguments> Objects(IResolveFieldContext context, string argument) =>
        (context.GetArgument<List<Dictionary<string, object?>>?>(argument) ?? []).Select(o => new MutationArguments(o));

    private static EmployerContact Contact(MutationArguments input) =>
        new(input.Kvk("kvk") ?? throw MutationArguments.Bad("kvk", "is required"), input.Text("sectorCode"), input.Number("employees", 0));

    private static IReadOnlyList<PlacementAmbitionTable> AmbitionTables { get; } = [PlacementAmbitions.Haaglanden2015];

    private static DateInterval Period(IResolveFieldContext context)
    {
        var from = Iso.ParseDate(context.GetArgument<string>("from"), "from");
        var to = Iso.ParseDate(context.GetArgument<string>("to"), "to");
        return to < from ? throw new ExecutionError("'to' is before 'from'.") { Code = ErrorCodes.BadUserInput } : new DateInterval(from, to);
    }

    private static async IAsyncEnumerable<Placement> Stream(IWspStore store, PlacementFilter filter, IReadOnlyList<RegionCode>? regions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var placement in store.Placements.StreamAsync(filter, cancellationToken).ConfigureAwait(false))
        {
            if (regions is null || regions.Contains(placement.Region.Code))
            {
                yield return placement;
            }
        }
    }

    private static async IAsyncEnumerable<VacancySummary> Vacancies(IWspStore store, IReadOnlyList<RegionCode>? regions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var codes = regions?.Select(r => r.ToString()).ToArray();
        string? continuation = null;
        do
        {
            var page = await store.Vacancies.QueryAsync(new PageSpecification<VacancySummary>(q => q.OrderBy(v => v.Id).Take(VacancyPage)), continuation, cancellationToken).ConfigureAwait(false);
            foreach (var vacancy in page.Items)
            {
                if (codes is null || codes.Contains(vacancy.RegionCode))
                {
                    yield return vacancy;
                }
            }

            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
    }
}
