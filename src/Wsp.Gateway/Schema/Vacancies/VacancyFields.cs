using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Wsp.Gateway.Hosting;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Schema;

/// <summary>The vacancy query fields: one by id, and a connection narrowed by the client to the regions the caller may read.</summary>
internal static class VacancyFields
{
    public static void AddVacancyFields(this ObjectGraphType query, GatewayLimits limits)
    {
        query.Field<VacancyType>("vacancy")
            .Description("A vacancy by id; null when there is none.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var found = await c.Client().FindVacancyAsync(c.GetArgument<string>("id"), c.CancellationToken).ConfigureAwait(false);
                if (found is not null)
                {
                    c.Loaders().Vacancies.Prime(found.Id, found);
                }

                return found is null ? null : VacancyNode.Of(found);
            });

        query.Field<NonNullGraphType<ConnectionType<VacancyType>>>("vacancies")
            .Description("Vacancies, newest registration first, in the regions the partner may read.")
            .Requires(Access.Records)
            .PageArguments(limits)
            .Argument<StringGraphType>("region", "Only this region (code, for example AM21).")
            .Argument<VacancyStatusType>("status", "Only open (not past their last day), closed or expired vacancies.")
            .Argument<StringGraphType>("owner", "Only vacancies of this owner: UWV or a municipality code.")
            .Argument<IdGraphType>("employerId", "Only vacancies of this employer account.")
            .ResolveAsync(async c =>
            {
                var (offset, size) = Paging.Window(c, limits);
                var page = await c.Client().ListVacanciesAsync(
                    new VacancyQuery
                    {
                        Region = InputValues.OptionalRegion(c.GetArgument<string?>("region"), "region"),
                        Status = c.GetArgument<VacancyStatus?>("status"),
                        Owner = InputValues.OptionalPartner(c.GetArgument<string?>("owner"), "owner"),
                        EmployerId = c.GetArgument<string?>("employerId"),
                        Skip = offset,
                        Take = size,
                    },
                    c.CancellationToken).ConfigureAwait(false);
                return Paging.Connect([.. page.Items.Select(v => new VacancyNode(v))], offset, page.HasMore);
            });

        query.Field<CoProductionType>("coProduction")
            .Description("A co-production (rule H13) by its id: its vacancies in the regions the partner may read, its partners and its checks (one employer, at least two partners); null when none of its vacancies is readable.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Client().FindCoProductionAsync(c.GetArgument<string>("id"), c.CancellationToken).ConfigureAwait(false));
    }
}
