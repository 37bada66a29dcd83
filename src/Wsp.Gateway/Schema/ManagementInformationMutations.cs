using GraphQL;
using GraphQL.Types;
using Wsp.Gateway.Security;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The management information's input data: sector employer totals with their source and date (rule H5), recorded by
/// the national desk or a municipality of the region.
/// </summary>
internal static class ManagementInformationMutations
{
    public static void AddManagementInformationMutations(this ObjectGraphType mutation, IWspStore store) =>
        mutation.Field<NonNullGraphType<SectorEmployerTotalsType>>("recordSectorEmployerTotals")
            .Description("Records all employers per sector in a region at a date with their source (rule H5): by the national desk or a municipality of the region.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<RecordSectorEmployerTotalsInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var region = input.Region("region");
                var partner = c.Partner();
                if (!partner.CanManageArrangements && !(partner.Kind == PartnerKind.Municipality && partner.Regions.Contains(region)))
                {
                    throw PartnerAccess.Forbidden($"{partner} may not record region {region}'s sector totals: the national desk or a municipality of the region does.");
                }

                var sectors = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var sector in (c.GetArgument<Dictionary<string, object?>>("input")["sectors"] as IEnumerable<object?> ?? []).OfType<Dictionary<string, object?>>().Select(s => new MutationArguments(s)))
                {
                    var employers = sector.Number("employers", -1);
                    sectors[sector.Text("sectorCode")] = employers >= 0 ? employers : throw MutationArguments.Bad("employers", "is negative");
                }

                var totals = new SectorEmployerTotals(region, Iso.ParseDate(input.Text("date"), "date"), input.Text("source"), sectors);
                await store.EmployerTotals.InsertAsync(totals, c.CancellationToken).ConfigureAwait(false);
                return totals;
            });
}
