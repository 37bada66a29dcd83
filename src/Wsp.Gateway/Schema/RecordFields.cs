using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using NodaTime;
using Wsp.Gateway.Security;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.ManagementInformation;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The query fields over the store: employers, vacancies and placements as connections, and the counting definitions'
/// figures. Lists are narrowed to the regions the partner may read; single records are refused outside them.
/// </summary>
internal static class RecordFields
{
    public static void AddRecordFields(this ObjectGraphType query, IWspStore store, GatewayLimits limits)
    {
        query.Field<EmployerType>("employer")
            .Description("An employer account by id; null when there is none.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var found = await store.Accounts.FindAsync(c.GetArgument<string>("id"), c.CancellationToken).ConfigureAwait(false);
                if (found is null)
                {
                    return null;
                }

                c.Partner().EnsureCanRead(found.Value.Region.Code, "employer " + found.Value.Id);
                c.Loaders().Accounts.Prime(found.Value.Id, found.Value);
                return EmployerNode.Of(found.Value);
            });

        query.Field<NonNullGraphType<ConnectionType<EmployerType>>>("employers")
            .Description("Employer accounts by name, in the regions the partner may read.")
            .Requires(Access.Records)
            .PageArguments(limits)
            .Argument<StringGraphType>("region", "Only this region (code, for example AM21).")
            .Argument<StringGraphType>("owner", "Only accounts of this owner: UWV or a municipality code.")
            .ResolveAsync(async c =>
            {
                var (offset, size) = Paging.Window(c, limits);
                var regions = c.Partner().ReadableRegions(RegionArgument(c));
                var page = await store.Accounts.QueryAsync(
                    new AccountsInRegions(regions, OwnerArgument(c), offset, size + 1),
                    cancellationToken: c.CancellationToken).ConfigureAwait(false);
                return Window(page.Items, offset, size, a => new EmployerNode(a));
            });

        query.Field<VacancyType>("vacancy")
            .Description("A vacancy by id; null when there is none.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var found = await store.Vacancies.FindAsync(c.GetArgument<string>("id"), c.CancellationToken).ConfigureAwait(false);
                if (found is null)
                {
                    return null;
                }

                c.Partner().EnsureCanRead(found.Value.Region.Code, "vacancy " + found.Value.Id);
                c.Loaders().Vacancies.Prime(found.Value.Id, found.Value);
                return VacancyNode.Of(found.Value);
            });

        query.Field<NonNullGraphType<ConnectionType<VacancyType>>>("vacancies")
            .Description("Vacancies, newest registration first, in the regions the partner may read.")
            .Requires(Access.Records)
            .PageArguments(limits)
            .Argument<StringGraphType>("region", "Only this region (code, for example AM21).")
            .Argument<VacancyStatusType>("status", "Only open or only closed vacancies.")
            .Argument<StringGraphType>("owner", "Only vacancies of this owner: UWV or a municipality code.")
            .Argument<IdGraphType>("employerId", "Only vacancies of this employer account.")
            .ResolveAsync(async c =>
            {
                var (offset, size) = Paging.Window(c, limits);
                var regions = c.Partner().ReadableRegions(RegionArgument(c));
                var status = c.GetArgument<Sdk.Vacancies.VacancyStatus?>("status");
                var employer = c.GetArgument<string?>("employerId");
                var page = await store.Vacancies.QueryAsync(
                    new VacanciesInRegions(regions, status, OwnerArgument(c), employer, offset, size + 1),
                    cancellationToken: c.CancellationToken).ConfigureAwait(false);
                return Window(page.Items, offset, size, v => new VacancyNode(v));
            });

        query.Field<NonNullGraphType<ConnectionType<PlacementType>>>("placements")
            .Description("Placements (imported and booked) by start date, in the regions the partner may read.")
            .Requires(Access.Records)
            .PageArguments(limits)
            .Argument<StringGraphType>("region", "Only this region (code, for example AM21).")
            .Argument<StringGraphType>("from", "Only placements that started on or after this date (ISO).")
            .Argument<StringGraphType>("to", "Only placements that started on or before this date (ISO).")
            .ResolveAsync(async c =>
            {
                var size = Paging.Size(c, limits);
                var after = Paging.AfterToken(c, token => PlacementQuery.TryParseContinuation(token, out _, out _));
                var regions = c.Partner().ReadableRegions(RegionArgument(c));
                var from = c.GetArgument<string?>("from") is { } f ? Iso.ParseDate(f, "from") : (LocalDate?)null;
                var to = c.GetArgument<string?>("to") is { } t ? Iso.ParseDate(t, "to") : (LocalDate?)null;

                // The store reads the page from the cursor's position in its order (start date, then id), of the
                // partner's regions only; the total is counted only when asked for.
                var query = new PlacementQuery { Regions = regions, StartedOnOrAfter = from, StartedOnOrBefore = to, PageSize = size };
                var page = await store.Placements.QueryAsync(query, after, c.CancellationToken).ConfigureAwait(false);
                int? total = c.SubFields?.Values.Any(f => f.FieldType.Name == "totalCount") == true
                    ? await store.Placements.CountAsync(query, c.CancellationToken).ConfigureAwait(false)
                    : null;
                return Paging.ConnectByToken(page.Items, PlacementQuery.ContinuationAfter, hasPrevious: after is not null, hasMore: page.ContinuationToken is not null, total);
            });

        query.Field<NonNullGraphType<JobAgreementStockType>>("jobAgreementJobs")
            .Description("Job-agreement jobs at a date per region and employer kind (counting definition job-agreement-jobs); a municipality sees its own regions.")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("date", "The measuring date (ISO), for example 2026-01-31.")
            .Argument<StringGraphType>("region", "Only this region.")
            .ResolveAsync(async c =>
            {
                var date = Iso.ParseDate(c.GetArgument<string>("date"), "date");
                var regions = c.Partner().ReadableRegions(RegionArgument(c), aggregates: true);
                var stock = await new ManagementInformationReader(store).JobAgreementJobsAsync(date, regions, c.CancellationToken).ConfigureAwait(false);
                return MinistrySuppression.Suppress(c, stock, SuppressedFigures.Of);
            });

        query.Field<NonNullGraphType<PlacementFlowType>>("placementsFlow")
            .Description("Placements that started in a period (counting definition placements-flow), grouped as asked; a municipality sees its own regions.")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("from", "First day (ISO).")
            .Argument<NonNullGraphType<StringGraphType>>("to", "Last day (ISO), included.")
            .Argument<StringGraphType>("region", "Only this region.")
            .Argument<ListGraphType<NonNullGraphType<PlacementDimensionType>>>("by", "Group by these dimensions.")
            .ResolveAsync(async c =>
            {
                var from = Iso.ParseDate(c.GetArgument<string>("from"), "from");
                var to = Iso.ParseDate(c.GetArgument<string>("to"), "to");
                if (to < from)
                {
                    throw new ExecutionError("'to' is before 'from'.") { Code = ErrorCodes.BadUserInput };
                }

                var period = new DateInterval(from, to);
                var by = (c.GetArgument<List<PlacementDimensions>?>("by") ?? []).Aggregate(PlacementDimensions.None, (all, d) => all | d);
                var regions = c.Partner().ReadableRegions(RegionArgument(c), aggregates: true);
                var flow = await new ManagementInformationReader(store).PlacementsFlowAsync(period, by, regions, c.CancellationToken).ConfigureAwait(false);
                return MinistrySuppression.SuppressPaged(c, flow, SuppressedFigures.Of);
            });
    }

    internal static RegionCode? RegionArgument(IResolveFieldContext context) =>
        context.GetArgument<string?>("region") is not { } text ? null : Regions.Parse(text, "region");

    private static BookingPartner? OwnerArgument(IResolveFieldContext context) =>
        context.GetArgument<string?>("owner") is not { } text ? null
        : BookingPartner.TryParse(text.ToUpperInvariant(), out var owner) ? owner
        : throw new ExecutionError($"'owner' is '{text}': expected UWV or a municipality code.") { Code = ErrorCodes.BadUserInput };

    private static GraphQL.Types.Relay.DataObjects.Connection<TNode> Window<TSummary, TNode>(IReadOnlyList<TSummary> items, int offset, int size, Func<TSummary, TNode> node) =>
        Paging.Connect([.. items.Take(size).Select(node)], offset, items.Count > size);
}
