using GraphQL.Types;
using NodaTime;
using Wsp.Gateway.Security;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.RegionalProjects;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The records behind the coverage ratio and the project figures: regional projects (rule H6), recorded and corrected
/// by the region's municipalities, UWV or the national desk; and employers' staff counts (rule H5), recorded by those
/// who may write the employer's region.
/// </summary>
internal static class RegionalProjectMutations
{
    public static void AddRegionalProjectMutations(this ObjectGraphType mutation, IWspStore store)
    {
        mutation.Field<NonNullGraphType<RegionalProjectPayloadType>>("recordRegionalProject")
            .Description("Records a regional project (rule H6): by a municipality of the region, UWV or the national desk.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<RegionalProjectInputType>>("input")
            .ResolveAsync(async c =>
            {
                var project = Project(MutationArguments.Of(c));
                EnsureCanRecord(c.Partner(), project.Region);
                return await store.Projects.InsertAsync(project, c.CancellationToken).ConfigureAwait(false);
            });

        mutation.Field<NonNullGraphType<RegionalProjectPayloadType>>("correctRegionalProject")
            .Description("Corrects a regional project over the version read (rule H6): a stale version is CONFLICT; by a municipality of the region, UWV or the national desk.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<CorrectRegionalProjectInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var project = Project(input);
                EnsureCanRecord(c.Partner(), project.Region);
                return await store.Projects.ReplaceAsync(project, input.Text("version"), c.CancellationToken).ConfigureAwait(false);
            });

        mutation.Field<NonNullGraphType<EmployerPayloadType>>("recordEmployerStaff")
            .Description("Records an employer's working persons and sector at a date from a register (rule H5), for the coverage ratio: by those who may write the account's region.")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<RecordEmployerStaffInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var partner = c.Partner();
                var employees = input.Number("employees", -1);
                var count = new EmployerStaffCount(
                    Iso.ParseDate(input.Text("date"), "date"),
                    employees >= 0 ? employees : throw MutationArguments.Bad("employees", "is negative"),
                    input.Text("sectorCode"),
                    input.Text("source"));

                // The region is checked on the version read inside the update, as for every account write.
                var written = await store.Accounts.UpdateAsync(
                    input.Text("employerId"),
                    a =>
                    {
                        partner.EnsureCanWrite(a.Region.Code, "employer " + a.Id);
                        return a.RecordStaff(count);
                    },
                    cancellationToken: c.CancellationToken).ConfigureAwait(false);
                return new EmployerPayload(EmployerNode.Of(written.Value), []);
            });
    }

    /// <summary>Reads a project from its input; shared with the ad-hoc projects of <c>regionalProjectPlacements</c>.</summary>
    public static RegionalProject Project(MutationArguments input)
    {
        var region = input.Region("region");
        var from = Iso.ParseDate(input.Text("from"), "from");
        var to = Iso.ParseDate(input.Text("to"), "to");
        var employers = input.Texts("employerKvks").Select(k => KvkNumber.TryParse(k, out var kvk) ? kvk : throw MutationArguments.Bad("employerKvks", $"holds '{k}', which is no KvK number")).ToArray();
        return to < from ? throw MutationArguments.Bad("to", "is before 'from'") : new RegionalProject(input.Text("id"), input.Text("name"), region, new DateInterval(from, to), employers, input.Texts("vacancyIds"));
    }

    private static void EnsureCanRecord(PartnerIdentity partner, RegionCode region)
    {
        if (!partner.CanWriteRecords(region) && !partner.CanManageArrangements)
        {
            throw PartnerAccess.Forbidden($"{partner} may not record region {region}'s projects: a municipality of the region, UWV or the national desk does.");
        }
    }
}
