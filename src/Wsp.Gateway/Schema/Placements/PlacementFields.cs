using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Wsp.Gateway.Hosting;
using Wsp.Sdk.Placements;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Schema;

/// <summary>The placements connection (imported and booked), narrowed by the client to the regions the caller may read.</summary>
internal static class PlacementFields
{
    public static void AddPlacementFields(this ObjectGraphType query, GatewayLimits limits) =>
        query.Field<NonNullGraphType<ConnectionType<PlacementType>>>("placements")
            .Description("Placements (imported and booked) by start date, in the regions the partner may read.")
            .Requires(Access.Records)
            .PageArguments(limits)
            .Argument<StringGraphType>("region", "Only this region (code, for example AM21).")
            .Argument<StringGraphType>("from", "Only placements that started on or after this date (ISO).")
            .Argument<StringGraphType>("to", "Only placements that started on or before this date (ISO).")
            .ResolveAsync(async c =>
            {
                var after = Paging.AfterToken(c, token => PlacementQuery.TryParseContinuation(token, out _, out _));
                var listing = new PlacementListing
                {
                    Region = InputValues.OptionalRegion(c.GetArgument<string?>("region"), "region"),
                    StartedOnOrAfter = c.GetArgument<string?>("from") is { } from ? Iso.ParseDate(from, "from") : null,
                    StartedOnOrBefore = c.GetArgument<string?>("to") is { } to ? Iso.ParseDate(to, "to") : null,
                    PageSize = Paging.Size(c, limits),
                };

                // The store reads the page from the cursor's position in its order (start date, then id); the total is
                // counted only when asked for.
                var client = c.Client();
                var page = await client.ListPlacementsAsync(listing, after, c.CancellationToken).ConfigureAwait(false);
                int? total = c.SubFields?.Values.Any(f => f.FieldType.Name == "totalCount") == true
                    ? await client.CountPlacementsAsync(listing, c.CancellationToken).ConfigureAwait(false)
                    : null;
                return Paging.ConnectByToken(page.Items, PlacementQuery.ContinuationAfter, hasPrevious: after is not null, hasMore: page.ContinuationToken is not null, total);
            });
}
