using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Wsp.Gateway.Hosting;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The query fields over the national desk's work (rules L1–L4): arrangements as the caller may see them (the client
/// decides: a municipality sees them from the concept on, with its own regions' parts; the ministry never) and the desk's
/// organisation.
/// </summary>
internal static class ArrangementFields
{
    public static void AddArrangementFields(this ObjectGraphType query, GatewayLimits limits)
    {
        query.Field<ArrangementType>("arrangement")
            .Description("A national arrangement by id; null when there is none.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Client().FindArrangementAsync(c.GetArgument<string>("id"), c.CancellationToken).ConfigureAwait(false));

        query.Field<NonNullGraphType<ConnectionType<ArrangementType>>>("arrangements")
            .Description("National arrangements by id; a municipality sees them from the concept on.")
            .Requires(Access.Records)
            .PageArguments(limits)
            .Argument<ArrangementStatusType>("status", "Only arrangements in this status.")
            .Argument<StringGraphType>("region", "Only arrangements this region has a standing on (pending, joined or declined: final ones).")
            .Argument<RegionParticipationType>("participation", "With region: only those the region joined, declined or has pending.")
            .Argument<StringGraphType>("uwvReference", "Only arrangements that reference this national arrangement of UWV (rule L6): the way back from UWV's arrangement to the desk's.")
            .ResolveAsync(async c =>
            {
                var (offset, size) = Paging.Window(c, limits);
                var region = InputValues.OptionalRegion(c.GetArgument<string?>("region"), "region");
                var participation = c.GetArgument<RegionParticipation?>("participation");
                if (participation is not null && region is null)
                {
                    throw InputValues.Bad("participation", "is asked of a region: give 'region' too");
                }

                var uwvReference = c.GetArgument<string?>("uwvReference");
                if (uwvReference is not null && string.IsNullOrWhiteSpace(uwvReference))
                {
                    throw InputValues.Bad("uwvReference", "is blank: give UWV's id of its national arrangement");
                }

                var filter = new ArrangementFilter(c.GetArgument<ArrangementStatus?>("status"), region, participation, UwvReference: uwvReference);
                var all = await c.Client().ListArrangementsAsync(filter, c.CancellationToken).ConfigureAwait(false);
                return Paging.Connect([.. all.Skip(offset).Take(size)], offset, offset + size < all.Count, all.Count);
            });

        query.Field<NonNullGraphType<NationalDeskType>>("nationalDesk")
            .Description("The national desk's organisation: each region's contact person and the advisors (rule L4).")
            .Requires(Access.Records)
            .ResolveAsync(async c => await c.Client().GetNationalDeskAsync(c.CancellationToken).ConfigureAwait(false));
    }
}
