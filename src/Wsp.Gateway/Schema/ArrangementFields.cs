using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Wsp.Gateway.Security;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The query fields over the national desk's work (rules L1–L4): arrangements and the desk's organisation. Readable by
/// the national desk and UWV everywhere; a municipality reads arrangements from the concept on (drafts are the desk's)
/// with only its own regions' input and standing; the ministry never (it sees <c>arrangementMonitoring</c> only).
/// </summary>
internal static class ArrangementFields
{
    public static void AddArrangementFields(this ObjectGraphType query, IWspStore store, GatewayLimits limits)
    {
        query.Field<ArrangementType>("arrangement")
            .Description("A national arrangement by id; null when there is none.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var found = await store.Arrangements.FindAsync(c.GetArgument<string>("id"), c.CancellationToken).ConfigureAwait(false);
                if (found is not null && !found.Value.IsVisibleTo(c.Partner()))
                {
                    throw PartnerAccess.Forbidden($"{c.Partner()} may not read arrangement {found.Value.Id}: a draft is the national desk's until it is sent as a concept.");
                }

                return found?.Value;
            });

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
                var partner = c.Partner();
                var region = RecordFields.RegionArgument(c);
                if (region is { } r)
                {
                    partner.ReadableRegions(r);
                }

                var participation = c.GetArgument<RegionParticipation?>("participation");
                if (participation is not null && region is null)
                {
                    throw new ExecutionError("'participation' is asked of a region: give 'region' too.") { Code = ErrorCodes.BadUserInput };
                }

                var uwvReference = c.GetArgument<string?>("uwvReference");
                if (uwvReference is not null && string.IsNullOrWhiteSpace(uwvReference))
                {
                    throw new ExecutionError("'uwvReference' is blank: give UWV's id of its national arrangement.") { Code = ErrorCodes.BadUserInput };
                }

                var filter = new ArrangementFilter(c.GetArgument<ArrangementStatus?>("status"), region, participation, UwvReference: uwvReference);
                var all = (await store.Arrangements.ListAsync(filter, c.CancellationToken).ConfigureAwait(false))
                    .Where(a => a.IsVisibleTo(partner))
                    .OrderBy(a => a.Id, StringComparer.Ordinal)
                    .ToArray();
                return Paging.Connect([.. all.Skip(offset).Take(size)], offset, offset + size < all.Length, all.Length);
            });

        query.Field<NonNullGraphType<NationalDeskType>>("nationalDesk")
            .Description("The national desk's organisation: each region's contact person and the advisors (rule L4).")
            .Requires(Access.Records)
            .ResolveAsync(async c => await c.Loaders().Desk.GetAsync(c.CancellationToken).ConfigureAwait(false));
    }
}
