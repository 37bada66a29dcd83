using GraphQL;
using Wsp.Gateway.Schema;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;

namespace Wsp.Gateway.Security;

/// <summary>The region checks resolvers make once they know a record's region (PartnerIdentity holds the rules).</summary>
internal static class PartnerAccess
{
    public static PartnerIdentity Partner(this IResolveFieldContext context) =>
        (context.UserContext as WspUserContext)?.Partner
        ?? throw new ExecutionError("A bearer token is needed: only reference data is public.") { Code = ErrorCodes.Unauthenticated };

    public static void EnsureCanRead(this PartnerIdentity partner, RegionCode region, string what)
    {
        if (!partner.CanReadRecords(region))
        {
            throw Forbidden($"{partner} may not read {what} in region {region}: a municipality reads its own region's records, the ministry aggregates only.");
        }
    }

    public static void EnsureCanWrite(this PartnerIdentity partner, RegionCode region, string what)
    {
        if (!partner.CanWriteRecords(region))
        {
            throw Forbidden($"{partner} may not change {what} in region {region}: a municipality changes its own region's records, UWV any region's.");
        }
    }

    public static BookingPartner Booker(this PartnerIdentity partner) =>
        partner.BookingPartner ?? throw Forbidden($"{partner} books nothing: records are changed by municipalities and UWV.");

    /// <summary>The regions a record list is narrowed to: the asked region (when readable), the partner's own regions, or null for all.</summary>
    public static IReadOnlyList<RegionCode>? ReadableRegions(this PartnerIdentity partner, RegionCode? asked, bool aggregates = false)
    {
        if (asked is { } region)
        {
            var allowed = aggregates ? partner.CanReadAggregates(region) : partner.CanReadRecords(region);
            return allowed ? [region] : throw Forbidden($"{partner} may not read region {region}'s {(aggregates ? "figures" : "records")}.");
        }

        return partner.Kind == PartnerKind.Municipality ? partner.Regions : null;
    }

    public static ExecutionError Forbidden(string message) => new(message) { Code = ErrorCodes.Forbidden };
}
