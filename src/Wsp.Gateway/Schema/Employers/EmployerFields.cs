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

        query.Field<NonNullGraphType<ConnectionType<EmployerType>>>("employerSearch")
            .Description("Employer accounts by a forgiving name (as rule H8 matches: 'korenbloem' finds 'Bakkerij De Korenbloem B.V.'), a KvK number (8 digits) or a postcode ('2611 AB', '2611ab'), by name, in the regions the partner may read: search before registering an employer.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<StringGraphType>>("text", "A name or part of one from any word on, a KvK number, or a postcode.")
            .Argument<StringGraphType>("region", "Only this home region (code, for example AM21).")
            .PageArguments(limits)
            .ResolveAsync(async c =>
            {
                var (offset, size) = Paging.Window(c, limits);
                var page = await c.Client().SearchEmployersAsync(
                    new EmployerSearch(c.GetArgument<string>("text"))
                    {
                        Region = InputValues.OptionalRegion(c.GetArgument<string?>("region"), "region"),
                        Skip = offset,
                        Take = size,
                    },
                    c.CancellationToken).ConfigureAwait(false);
                return Paging.Connect([.. page.Items.Select(a => new EmployerNode(a))], offset, page.HasMore);
            });

        query.Field<NonNullGraphType<ConnectionType<EmployerType>>>("takeOverCandidates")
            .Description("Employer accounts whose last contact is twelve months or more ago (rule H7), which the partner may take over: in the regions it may read, not its own, the longest without contact first. Each has its lastContact.")
            .Requires(Access.Records)
            .Argument<StringGraphType>("region", "Only this home region (code, for example AM21).")
            .PageArguments(limits)
            .ResolveAsync(async c =>
            {
                var (offset, size) = Paging.Window(c, limits);
                var page = await c.Client().ListTakeOverCandidatesAsync(
                    new TakeOverQuery
                    {
                        Region = InputValues.OptionalRegion(c.GetArgument<string?>("region"), "region"),
                        Skip = offset,
                        Take = size,
                    },
                    c.CancellationToken).ConfigureAwait(false);
                return Paging.Connect([.. page.Items.Select(a => new EmployerNode(a))], offset, page.HasMore);
            });
    }
}
