using GraphQL;
using GraphQL.Types;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The employer account mutations (rules H5, H7, H8, H9): typed input → SDK value → one call of the caller's client →
/// payload.
/// </summary>
internal static class EmployerMutations
{
    public static void AddEmployerMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EmployerPayloadType>>("registerEmployer")
            .Description("Registers an employer after a reported vacancy or a visit, checking for duplicates by name, then postcode (rule H8).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<RegisterEmployerInputType>>("input")
            .ResolveAsync(async c => EmployerPayload.Of(await c.Client().RegisterEmployerAsync(c.GetArgument<RegisterEmployerInput>("input").ToRequest(), c.CancellationToken).ConfigureAwait(false)));

        mutation.Field<NonNullGraphType<VisitPayloadType>>("recordVisit")
            .Description("Records a company visit with its report (rule H9) as a contact on the account (rule H7).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<RecordVisitInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordVisitInput>("input");
                var recorded = await c.Client().RecordVisitAsync(InputValues.IdOr(input.Id, "VI"), input.EmployerId, Iso.ParseDate(input.Date, "date"), input.Report(), c.CancellationToken).ConfigureAwait(false);
                return VisitPayload.Of(recorded);
            });

        mutation.Field<NonNullGraphType<EmployerPayloadType>>("takeOverAccount")
            .Description("Takes over an employer account after twelve months without contact (rule H7).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<TakeOverAccountInputType>>("input")
            .ResolveAsync(async c => EmployerPayload.Of(await c.Client().TakeOverAccountAsync(c.GetArgument<TakeOverAccountInput>("input").EmployerId, c.CancellationToken).ConfigureAwait(false)));

        mutation.Field<NonNullGraphType<EmployerPayloadType>>("recordEmployerStaff")
            .Description("Records an employer's working persons and sector at a date from a register (rule H5), for the coverage ratio: by those who may write the account's region.")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<RecordEmployerStaffInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordEmployerStaffInput>("input");
                return EmployerPayload.Of(await c.Client().RecordEmployerStaffAsync(input.EmployerId, input.ToCount(), c.CancellationToken).ConfigureAwait(false));
            });
    }
}
