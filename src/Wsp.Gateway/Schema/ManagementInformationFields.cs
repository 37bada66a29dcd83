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
    }

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
