using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Wsp.Gateway.Hosting;
using Wsp.Sdk.Employers;

namespace Wsp.Gateway.Schema;

/// <summary>The employer account query fields: one by id, and a connection narrowed by the client to the regions the caller may read.</summary>
internal static class EmployerFields
{
    public static void AddEmployerFields(this ObjectGraphType query, GatewayLimits limits)
    {
        query.Field<EmployerType>("employer")
            .Description("An employer account by id; null when there is none.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var found = await c.Client().FindEmployerAsync(c.GetArgument<string>("id"), c.CancellationToken).ConfigureAwait(false);
                if (found is not null)
                {
                    c.Loaders().Accounts.Prime(found.Id, found);
                }

                return found is null ? null : EmployerNode.Of(found);
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
                var page = await c.Client().ListEmployersAsync(
                    new EmployerQuery
                    {
                        Region = InputValues.OptionalRegion(c.GetArgument<string?>("region"), "region"),
                        Owner = InputValues.OptionalPartner(c.GetArgument<string?>("owner"), "owner"),
                        Skip = offset,
                        Take = size,
                    },
                    c.CancellationToken).ConfigureAwait(false);
                return Paging.Connect([.. page.Items.Select(a => new EmployerNode(a))], offset, page.HasMore);
            });
    }
}
