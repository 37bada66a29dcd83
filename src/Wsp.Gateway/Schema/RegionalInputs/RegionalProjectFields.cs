using GraphQL;
using GraphQL.Types;

namespace Wsp.Gateway.Schema;

/// <summary>The stored regional projects (rule H6) of a region: read by whoever may read the region's figures, as the client decides.</summary>
internal static class RegionalProjectFields
{
    public static void AddRegionalProjectFields(this ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionalProjectType>>>>("regionalProjects")
            .Description("The regional projects of a region (rule H6), ordered by id; a region agrees tens of them, so the list is not paged.")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("region")
            .ResolveAsync(async c => await c.Client().ListRegionalProjectsAsync(InputValues.Region(c.GetArgument<string>("region"), "region"), c.CancellationToken).ConfigureAwait(false));
}
