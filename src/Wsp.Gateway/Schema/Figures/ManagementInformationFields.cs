using GraphQL;
using GraphQL.Types;
using Wsp.Gateway.Errors;
using Wsp.Sdk.Counting;
using static Wsp.Gateway.Schema.FigureArguments;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The figures (rules H2–H6, H10, L5): each one call of the caller's client, which counts over the regions whose figures
/// the caller may read and answers the figure disclosed for it (exact for partners, small counts withheld for the
/// ministry), the same object the dashboard and the extracts render.
/// </summary>
internal static class ManagementInformationFields
{
    public static void AddManagementInformationFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<JobAgreementStockType>>("jobAgreementJobs")
            .Description("Job-agreement jobs at a date per region and employer kind (counting definition job-agreement-jobs); a municipality sees its own regions.")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("date", "The measuring date (ISO), for example 2026-01-31.")
            .Argument<StringGraphType>("region", "Only this region.")
            .ResolveAsync(async c => await c.Client().JobAgreementJobsAsync(Iso.ParseDate(c.GetArgument<string>("date"), "date"), Region(c), c.CancellationToken).ConfigureAwait(false));

        query.Field<NonNullGraphType<PlacementFlowType>>("placementsFlow")
            .Description("Placements that started in a period (counting definition placements-flow), grouped as asked; a municipality sees its own regions.")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("from", "First day (ISO).")
            .Argument<NonNullGraphType<StringGraphType>>("to", "Last day (ISO), included.")
            .Argument<StringGraphType>("region", "Only this region.")
            .Argument<ListGraphType<NonNullGraphType<PlacementDimensionType>>>("by", "Group by these dimensions.")
            .ResolveAsync(async c => await c.Client().PlacementsFlowAsync(Period(c), By(c), Region(c), c.CancellationToken).ConfigureAwait(false));

        query.Field<NonNullGraphType<ArrangementMonitoringType>>("arrangementMonitoring")
            .Description("Placements realised per arrangement per region in a period, against its job opportunities (rule L5); one arrangement or all. A municipality sees its own regions' placements and rows.")
            .Requires(Access.Aggregates)
            .Argument<IdGraphType>("arrangementId", "One arrangement; all when left out.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "First day (ISO).")
            .Argument<NonNullGraphType<StringGraphType>>("to", "Last day (ISO), included.")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string?>("arrangementId");
                return await c.Client().ArrangementMonitoringAsync(id, Period(c), c.CancellationToken).ConfigureAwait(false)
                    ?? throw new ExecutionError($"No arrangement has id '{id}'.") { Code = ErrorCodes.NotFound };
            });

        query.Field<NonNullGraphType<AmbitionRealisationType>>("ambitionRealisation")
            .Description("Placement ambition against realisation per sector and partner in a year (rule H4), against the ambition table that holds for the region's year: the newest imported (`wsp import ambitions`), else the example the SDK ships (Haaglanden AM21, 2015).")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("region")
            .Argument<NonNullGraphType<IntGraphType>>("year")
            .ResolveAsync(async c =>
            {
                var region = InputValues.Region(c.GetArgument<string>("region"), "region");
                var year = c.GetArgument<int>("year");
                return await c.Client().AmbitionRealisationAsync(region, year, c.CancellationToken).ConfigureAwait(false)
                    ?? throw new ExecutionError($"No placement ambition table is known for region {region} in {year}.") { Code = ErrorCodes.NotFound };
            });

        query.Field<NonNullGraphType<JobAgreementBreakdownType>>("jobAgreementBreakdown")
            .Description("Job-agreement jobs at a date grouped by sector, employer and/or partner (rule H6); a municipality sees its own regions.")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("at", "The measuring date (ISO).")
            .Argument<ListGraphType<NonNullGraphType<PlacementDimensionType>>>("by", "Group by these dimensions (SECTOR, EMPLOYER, PARTNER, …).")
            .Argument<StringGraphType>("region", "Only this region.")
            .ResolveAsync(async c => await c.Client().JobAgreementBreakdownAsync(Iso.ParseDate(c.GetArgument<string>("at"), "at"), By(c), Region(c), c.CancellationToken).ConfigureAwait(false));

        query.Field<NonNullGraphType<LateRegistrationReportType>>("lateVacancyRegistrations")
            .Description("Vacancies registered in a period, and those registered more than 24 hours after receipt, per region (rule H10); a municipality sees its own regions.")
            .Requires(Access.Aggregates)
            .Argument<StringGraphType>("region", "Only this region.")
            .Argument<NonNullGraphType<StringGraphType>>("from", "First day (ISO).")
            .Argument<NonNullGraphType<StringGraphType>>("to", "Last day (ISO), included.")
            .ResolveAsync(async c => await c.Client().LateVacancyRegistrationsAsync(Period(c), Region(c), c.CancellationToken).ConfigureAwait(false));

        query.Field<NonNullGraphType<CoverageReportType>>("coverageBySector")
            .Description("Coverage per sector (rule H5) against the latest stored sector totals on or before asOf: the employers in contact are derived from the records (accounts with contact and vacancies in the twelve months up to asOf, with their recorded staff counts), or given in contacts for a what-if.")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("region")
            .Argument<NonNullGraphType<StringGraphType>>("asOf", "The date (ISO): the totals are the latest on or before it, the contacts those of the twelve months up to it.")
            .Argument<ListGraphType<NonNullGraphType<EmployerContactInputType>>>("contacts", "Employers in contact with sector and staff count, for a what-if; derived from the records when left out.")
            .ResolveAsync(async c =>
            {
                var region = InputValues.Region(c.GetArgument<string>("region"), "region");
                var asOf = Iso.ParseDate(c.GetArgument<string>("asOf"), "asOf");
                EmployerContact[]? given = c.GetArgument<List<EmployerContactInput>?>("contacts") is { } contacts ? [.. contacts.Select(i => i.ToContact())] : null;

                // One path with `wsp extract coverage` (H5): the client picks the totals, derived or given contacts alike.
                return await c.Client().CoverageAsync(region, asOf, given, c.CancellationToken).ConfigureAwait(false)
                    ?? throw new ExecutionError($"No sector employer totals are stored for region {region} on or before {Iso.Date(asOf)}: record them with recordSectorEmployerTotals.") { Code = ErrorCodes.NotFound };
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionalProjectCountType>>>>("regionalProjectPlacements")
            .Description("Placements per regional project (rule H6): the region's stored projects, or the projects given for a what-if.")
            .Requires(Access.Aggregates)
            .Argument<StringGraphType>("region", "The region whose stored projects are counted; required unless projects are given.")
            .Argument<ListGraphType<NonNullGraphType<RegionalProjectInputType>>>("projects", "Projects to count instead of the stored ones (not stored).")
            .ResolveAsync(async c =>
            {
                var client = c.Client();
                if (c.GetArgument<List<RegionalProjectInput>?>("projects") is { } given)
                {
                    var projects = given.Select(p => p.ToProject()).ToArray();
                    return DisclosedProjectCount.Of(await client.RegionalProjectPlacementsAsync(projects, c.CancellationToken).ConfigureAwait(false));
                }

                var region = Region(c) ?? throw InputValues.Bad("region", "is required unless projects are given (its stored projects are counted)");
                return DisclosedProjectCount.Of(await client.RegionalProjectPlacementsAsync(region, c.CancellationToken).ConfigureAwait(false));
            });
    }
}
