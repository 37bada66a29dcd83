using GraphQL;
using GraphQL.Types;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Rules;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The national desk's mutations (rules L1–L4, L6): the desk drafts, sends, revises, finalises and links; a region's
/// contact person joins or declines. Each is typed input → SDK value → one call of the caller's client: the client
/// decides who may take the step (the desk, the region's municipality), the arrangement's state machine judges it.
/// </summary>
internal static class ArrangementMutations
{
    public static void AddArrangementMutations(this ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ArrangementPayloadType>>("draftArrangement")
            .Description("The desk drafts an arrangement with a national employer (rules L1, L2): version 1, managed by one of its advisors.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<DraftArrangementInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<DraftArrangementInput>("input");
                return await c.Client().DraftArrangementAsync(
                    InputValues.IdOr(input.Id, "NA"),
                    input.EmployerId,
                    input.Kind ?? ArrangementKind.Municipal,
                    input.AdvisorId,
                    input.Terms,
                    input.JobOpportunities,
                    c.CancellationToken).ConfigureAwait(false);
            });

        mutation.Field<NonNullGraphType<ArrangementPayloadType>>("sendArrangementAsConcept")
            .Description("Sends the draft to the regions as a concept (rule L2). The national desk only.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<ArrangementStepInputType>>("input")
            .ResolveAsync(async c => await c.Client().SendArrangementAsConceptAsync(c.GetArgument<ArrangementStepInput>("input").ArrangementId, c.CancellationToken).ConfigureAwait(false));

        mutation.Field<NonNullGraphType<ArrangementPayloadType>>("finaliseArrangement")
            .Description("Makes the concept final: then each region joins or declines (rules L2, L3). The national desk only.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<ArrangementStepInputType>>("input")
            .ResolveAsync(async c => await c.Client().FinaliseArrangementAsync(c.GetArgument<ArrangementStepInput>("input").ArrangementId, c.CancellationToken).ConfigureAwait(false));

        mutation.Field<NonNullGraphType<ArrangementPayloadType>>("endArrangement")
            .Description("Ends a final arrangement (rule L2). The national desk only.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<ArrangementStepInputType>>("input")
            .ResolveAsync(async c => await c.Client().EndArrangementAsync(c.GetArgument<ArrangementStepInput>("input").ArrangementId, c.CancellationToken).ConfigureAwait(false));

        mutation.Field<NonNullGraphType<ArrangementPayloadType>>("reviseArrangement")
            .Description("Writes a new version of a draft or concept (rule L2); earlier versions are kept. The national desk only.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<ReviseArrangementInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReviseArrangementInput>("input");
                return await c.Client().ReviseArrangementAsync(input.ArrangementId, input.Terms, input.JobOpportunities, c.CancellationToken).ConfigureAwait(false);
            });

        mutation.Field<NonNullGraphType<ArrangementPayloadType>>("linkRegionalAgreement")
            .Description("Links an existing regional agreement, which is kept (rule L2). The national desk only.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<LinkRegionalAgreementInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<LinkRegionalAgreementInput>("input");
                var agreement = new RegionalAgreement(InputValues.Region(input.Region, "region"), input.Reference);
                return await c.Client().LinkRegionalAgreementAsync(input.ArrangementId, agreement, c.CancellationToken).ConfigureAwait(false);
            });

        mutation.Field<NonNullGraphType<ArrangementPayloadType>>("referenceUwvArrangement")
            .Description("References a national arrangement of UWV (rule L6). The national desk only.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<ReferenceUwvArrangementInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<ReferenceUwvArrangementInput>("input");
                return await c.Client().ReferenceUwvArrangementAsync(input.ArrangementId, input.UwvArrangementId, c.CancellationToken).ConfigureAwait(false);
            });

        mutation.Field<NonNullGraphType<ArrangementPayloadType>>("assignAdvisor")
            .Description("Hands the arrangement to another advisor of the desk (rule L4). The national desk only.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<AssignAdvisorInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AssignAdvisorInput>("input");
                return await c.Client().AssignAdvisorAsync(input.ArrangementId, input.AdvisorId, c.CancellationToken).ConfigureAwait(false);
            });

        mutation.Field<NonNullGraphType<ArrangementPayloadType>>("recordRegionalInput")
            .Description("Records a region's input on the concept (rule L2): by the desk on behalf of the region's contact person, or by the contact person's own municipality (rule L4).")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<RecordRegionalInputInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RecordRegionalInputInput>("input");
                return await c.Client().RecordRegionalInputAsync(input.ArrangementId, InputValues.Region(input.Region, "region"), input.Input, c.CancellationToken).ConfigureAwait(false);
            });

        mutation.Field<NonNullGraphType<ArrangementPayloadType>>("joinArrangement")
            .Description("The region's contact person joins the final arrangement (rules L3, L4); execution is then the region's.")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<RegionDecisionInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RegionDecisionInput>("input");
                return await c.Client().JoinArrangementAsync(input.ArrangementId, InputValues.Region(input.Region, "region"), c.CancellationToken).ConfigureAwait(false);
            });

        mutation.Field<NonNullGraphType<ArrangementPayloadType>>("declineArrangement")
            .Description("The region's contact person declines the final arrangement (rules L3, L4); nobody can oblige a region.")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<RegionDecisionInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<RegionDecisionInput>("input");
                return await c.Client().DeclineArrangementAsync(input.ArrangementId, InputValues.Region(input.Region, "region"), c.CancellationToken).ConfigureAwait(false);
            });

        mutation.Field<NonNullGraphType<NationalDeskPayloadType>>("setRegionContact")
            .Description("The desk registers a region's one contact person: the municipality code whose token speaks for the region (rule L4).")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<SetRegionContactInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<SetRegionContactInput>("input");
                var region = InputValues.Region(input.Region, "region");
                var person = input.Person.Trim().ToUpperInvariant();
                try
                {
                    return await c.Client().SetRegionContactAsync(region, person, c.CancellationToken).ConfigureAwait(false);
                }
                catch (RuleViolationException e) when (e.Rule == RuleId.L4)
                {
                    // The SDK judges the contact (L4); the client learns which field to correct.
                    throw InputValues.Bad("person", $"is '{person}' ({e.Rule}: {e.Reason})");
                }
            });

        mutation.Field<NonNullGraphType<NationalDeskPayloadType>>("addAdvisor")
            .Description("The desk adds (or replaces) an advisor with sectors and adoption regions (rule L4).")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<AddAdvisorInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = c.GetArgument<AddAdvisorInput>("input");
                var regions = (input.AdoptionRegions ?? []).Select(r => InputValues.Region(r, "adoptionRegions")).ToArray();
                var advisor = new Advisor(input.Id, input.Name, input.Sectors ?? [], regions);
                return await c.Client().AddAdvisorAsync(advisor, c.CancellationToken).ConfigureAwait(false);
            });
    }
}
