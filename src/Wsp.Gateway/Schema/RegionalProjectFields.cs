using GraphQL.Types;
using Wsp.Gateway.Security;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Schema;

/// <summary>The stored regional projects (rule H6) of a region: read by whoever may read the region's figures.</summary>
internal static class RegionalProjectFields
{
    public static void AddRegionalProjectFields(this ObjectGraphType query, IWspStore store) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionalProjectType>>>>("regionalProjects")
            .Description("The regional projects of a region (rule H6), ordered by id; a region agrees tens of them, so the list is not paged.")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("region")
            .ResolveAsync(async c =>
            {
                var region = RecordFields.RegionArgument(c)!.Value;
                c.Partner().ReadableRegions(region, aggregates: true);
                return await store.Projects.ListAsync(region, c.CancellationToken).ConfigureAwait(false);
            });
}
