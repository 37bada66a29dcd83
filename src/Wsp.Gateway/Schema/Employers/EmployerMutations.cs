using GraphQL;
using GraphQL.Types;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The employer account mutations (rules H5, H7, H8, H9, L1): typed input → SDK value → one call of the caller's client →
/// payload.
/// </summary>
internal static class EmployerMutations
{
    public static void AddEmployerMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<EmployerPayloadType>>("registerEmployer")
            .Description("Registers an employer after a reported vacancy or a visit, checking for duplicates by name, postcode and KvK number, always all three (rule H8). The national desk registers a national employer for the chain partner it names as owner (L1).")
            .Requires(Access.Records)
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

        mutation.Field<NonNullGraphType<EmployerPayloadType>>("addEstablishment")
            .Description("Adds an establishment (vestiging) to an employer account: by a partner of the establishment's region, or by the national desk in any region (rule L1: a national employer has establishments in four or more regions).")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<AddEstablishmentInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddEstablishmentInput>("input");
                var client = c.Client();
                return EmployerPayload.For(await client.AddEstablishmentAsync(input.AccountId, input.ToEstablishment(), c.CancellationToken).ConfigureAwait(false), client);
            });

        mutation.Field<NonNullGraphType<EmployerPayloadType>>("setEmployerKvk")
            .Description("Sets the KvK number of an account registered without one, once: by a partner of the account's home region, or by the national desk.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<SetEmployerKvkInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetEmployerKvkInput>("input");
                var kvk = InputValues.Kvk(input.Kvk, "kvk")!.Value;
                var client = c.Client();
                return EmployerPayload.For(await client.SetEmployerKvkAsync(input.AccountId, kvk, c.CancellationToken).ConfigureAwait(false), client);
            });

        mutation.Field<NonNullGraphType<EmployerPayloadType>>("recordWorkAgreement")
            .Description("Records a work agreement with the employer (werkafspraak) in its audit trail, as contact (rule H7): by a partner of its region or a co-account manager.")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<RecordWorkAgreementInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordWorkAgreementInput>("input");
                var client = c.Client();
                return EmployerPayload.For(await client.RecordWorkAgreementAsync(input.EmployerId, input.Note, c.CancellationToken).ConfigureAwait(false), client);
            });

        mutation.Field<NonNullGraphType<ConsentRequestPayloadType>>("requestAccountConsent")
            .Description("Asks the owner of an employer account to work with the employer (rule H7); after the owner's consent the partner is a co-account manager, without becoming owner.")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<RequestAccountConsentInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RequestAccountConsentInput>("input");
                var request = await c.Client().RequestAccountConsentAsync(input.EmployerId, input.Note ?? "", c.CancellationToken).ConfigureAwait(false);
                return new ConsentRequestPayload(input.EmployerId, request);
            });

        mutation.Field<NonNullGraphType<EmployerPayloadType>>("answerAccountConsent")
            .Description("The account's owner answers a partner's request to work with the employer (rule H7).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<AnswerAccountConsentInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AnswerAccountConsentInput>("input");
                var requester = InputValues.Partner(input.Requester, "requester");
                var client = c.Client();
                return EmployerPayload.For(await client.AnswerAccountConsentAsync(input.EmployerId, requester, input.Accept, c.CancellationToken).ConfigureAwait(false), client);
            });
    }
}
