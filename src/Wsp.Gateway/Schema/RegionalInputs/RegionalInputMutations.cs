using GraphQL;
using GraphQL.Types;

namespace Wsp.Gateway.Schema;

/// <summary>
/// A region's input data for its figures (rules H5, H6): regional projects and employers per sector. Who may record them
/// (the region's municipalities, UWV, the national desk) is the client's decision.
/// </summary>
internal static class RegionalInputMutations
{
    public static void AddRegionalInputMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RegionalProjectPayloadType>>("recordRegionalProject")
            .Description("Records a regional project (rule H6): by a municipality of the region, UWV or the national desk.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<RegionalProjectInputType>>("input")
            .ResolveAsync(async c => await c.Client().RecordRegionalProjectAsync(c.GetArgument<RegionalProjectInput>("input").ToProject(), c.CancellationToken).ConfigureAwait(false));

        mutation.Field<NonNullGraphType<RegionalProjectPayloadType>>("correctRegionalProject")
            .Description("Corrects a regional project over the version read (rule H6): a stale version is CONFLICT; by a municipality of the region, UWV or the national desk.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<CorrectRegionalProjectInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CorrectRegionalProjectInput>("input");
                return await c.Client().CorrectRegionalProjectAsync(input.ToProject(), input.Version, c.CancellationToken).ConfigureAwait(false);
            });

        mutation.Field<NonNullGraphType<SectorEmployerTotalsType>>("recordSectorEmployerTotals")
            .Description("Records all employers per sector in a region at a date with their source (rule H5): by a municipality of the region, UWV or the national desk.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<RecordSectorEmployerTotalsInputType>>("input")
            .ResolveAsync(async c =>
            {
                var totals = c.GetArgument<RecordSectorEmployerTotalsInput>("input").ToTotals();
                await c.Client().RecordSectorEmployerTotalsAsync(totals, c.CancellationToken).ConfigureAwait(false);
                return totals;
            });
    }
}
