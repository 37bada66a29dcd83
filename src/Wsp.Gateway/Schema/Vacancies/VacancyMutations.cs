using GraphQL;
using GraphQL.Types;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The vacancy workflow's mutations (rules H10–H16, L2): typed input → SDK value → one call of the caller's client →
/// payload. Who may take each step (its region, its owner) and every rule are the SDK's.
/// </summary>
internal static class VacancyMutations
{
    public static void AddVacancyMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<VacancyPayloadType>>("registerVacancy")
            .Description("Registers a vacancy of a registered employer (rules H10, H12, H13, H16).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<RegisterVacancyInputType>>("input")
            .ResolveAsync(async c => VacancyPayload.Of(await c.Client().RegisterVacancyAsync(c.GetArgument<RegisterVacancyInput>("input").ToRequest(), c.CancellationToken).ConfigureAwait(false)));

        mutation.Field<NonNullGraphType<VacancyPayloadType>>("referCandidate")
            .Description("Records a candidate proposed on a vacancy (rule H14).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<ReferCandidateInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReferCandidateInput>("input");
                var candidate = InputValues.Candidate(input.Candidate, "candidate");
                var groups = InputValues.TargetGroups(input.TargetGroups, "targetGroups");
                return VacancyPayload.Of(await c.Client().ReferCandidateAsync(input.VacancyId, candidate, groups, input.MeetsRequirements, c.CancellationToken).ConfigureAwait(false));
            });

        mutation.Field<NonNullGraphType<VacancyPayloadType>>("bookPlacement")
            .Description("Books a placement of a candidate the caller referred, raising the workplaces by one when full (rules H13, H15, H16): the owner books only its own referrals; a chain partner's hire on a vacancy asking for one position takes it over, on one asking for 2–9 it is booked on the chain partner's duplicate (H15); the start lies on or after the vacancy's receipt and the candidate's referral (H16); under an arrangement only at its employer, while it runs, in a region that joined it (L2).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<BookPlacementInputType>>("input")
            .ResolveAsync(async c =>
            {
                var request = c.GetArgument<BookPlacementInput>("input").ToRequest();
                try
                {
                    var vacancy = await c.Client().BookPlacementAsync(request, c.CancellationToken).ConfigureAwait(false);
                    return VacancyPayload.Of(vacancy, vacancy.Placements.Single(p => p.Id == request.PlacementId));
                }
                catch (RuleViolationException e) when (e.Rule == RuleId.L2 && request.ArrangementId is not null)
                {
                    // Every L2 refusal of a booking is about the arrangement named: the client learns which field, under the rule's code.
                    throw new ExecutionError($"'arrangementId' is '{request.ArrangementId}' ({e.Rule}: {e.Reason})") { Code = e.Rule.Value };
                }
            });

        mutation.Field<NonNullGraphType<VacancyPayloadType>>("handOverVacancy")
            .Description("The vacancy's owner hands an open vacancy over to a chain partner of its region (UWV or one of the region's municipalities) that can fill it from its target group (rule H11).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<HandOverVacancyInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<HandOverVacancyInput>("input");
                var to = InputValues.Partner(input.To, "to");
                return VacancyPayload.Of(await c.Client().HandOverVacancyAsync(input.VacancyId, to, c.CancellationToken).ConfigureAwait(false));
            });

        mutation.Field<NonNullGraphType<VacancyPayloadType>>("closeVacancy")
            .Description("The vacancy's owner closes it with a reason (FILLED when left out): it books its own placements and closes before a chain partner duplicates it (rule H15).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<VacancyStepInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<VacancyStepInput>("input");
                return VacancyPayload.Of(await c.Client().CloseVacancyAsync(input.VacancyId, input.Reason ?? VacancyCloseReason.Filled, c.CancellationToken).ConfigureAwait(false));
            });

        mutation.Field<NonNullGraphType<VacancyPayloadType>>("reactivateVacancy")
            .Description("The vacancy's owner reopens an expired or closed vacancy until a new date, before its workplaces are raised (rule H15).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<VacancyStepInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<VacancyStepInput>("input");
                var expiresOn = Iso.ParseDate(input.ExpiresOn ?? throw InputValues.Bad("expiresOn", "is required"), "expiresOn");
                return VacancyPayload.Of(await c.Client().ReactivateVacancyAsync(input.VacancyId, expiresOn, c.CancellationToken).ConfigureAwait(false));
            });

        mutation.Field<NonNullGraphType<VacancyPayloadType>>("duplicateVacancy")
            .Description("A chain partner whose candidate was hired (referred, not placed) on a closed vacancy asking for 2–9 positions duplicates it, to refer its candidate again and book there (rule H15); the duplicate keeps the original's positions and receipt.")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<VacancyStepInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<VacancyStepInput>("input");
                return VacancyPayload.Of(await c.Client().DuplicateVacancyAsync(input.VacancyId, InputValues.IdOr(input.NewId, "V"), c.CancellationToken).ConfigureAwait(false));
            });

        mutation.Field<NonNullGraphType<VacancyPayloadType>>("correctVacancy")
            .Description("The vacancy's owner corrects its title, last day, positions or publication; each change is kept with who made it and when (its corrections). Closed or expired: reactivate first (rule H15).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<CorrectVacancyInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<CorrectVacancyInput>("input");
                return VacancyPayload.Of(await c.Client().CorrectVacancyAsync(input.VacancyId, input.ToCorrection(), c.CancellationToken).ConfigureAwait(false));
            });
    }
}
