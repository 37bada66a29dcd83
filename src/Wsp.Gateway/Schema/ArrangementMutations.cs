using GraphQL;
using GraphQL.Types;
using NodaTime;
using Wsp.Gateway.Security;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Storage;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The national desk's mutations (rules L1–L4, L6): the desk drafts, sends, revises, finalises and links; a region's
/// contact person joins or declines. The contact person is identified by municipality: the desk registers a
/// municipality code as the region's contact (<c>setRegionContact</c>), and only a token of that municipality, working
/// in the region, speaks for it. The arrangement's state machine (in the SDK) judges every step; an illegal one fails
/// with the rule id.
/// </summary>
internal static class ArrangementMutations
{
    public static void AddArrangementMutations(this ObjectGraphType mutation, IWspStore store, IClock clock)
    {
        mutation.Field<NonNullGraphType<ArrangementPayloadType>>("draftArrangement")
            .Description("The desk drafts an arrangement with a national employer (rules L1, L2): version 1, managed by one of its advisors.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<DraftArrangementInputType>>("input")
            .ResolveAsync(async c =>
            {
                EnsureDesk(c);
                var input = MutationArguments.Of(c);
                var accountId = input.Text("employerId");
                var account = (await store.Accounts.FindAsync(accountId, c.CancellationToken).ConfigureAwait(false))?.Value
                    ?? throw new ExecutionError($"No employer account has id '{accountId}'.") { Code = ErrorCodes.NotFound };
                var desk = await c.Loaders().Desk.GetAsync(c.CancellationToken).ConfigureAwait(false);
                var kind = input.Optional("kind") is null ? ArrangementKind.Municipal : input.Enum<ArrangementKind>("kind");
                var arrangement = Arrangement.Draft(input.Id("id", "NA"), account, kind, input.Text("advisorId"), desk, input.Text("terms"), input.Number("jobOpportunities", -1), clock);
                return (await store.Arrangements.InsertAsync(arrangement, c.CancellationToken).ConfigureAwait(false)).Value;
            });

        DeskStep(mutation, store, "sendArrangementAsConcept", "Sends the draft to the regions as a concept (rule L2).", (a, _, _) => a.SendAsConcept());
        DeskStep(mutation, store, "finaliseArrangement", "Makes the concept final: then each region joins or declines (rules L2, L3).", (a, _, _) => a.MakeFinal());
        DeskStep(mutation, store, "endArrangement", "Ends a final arrangement (rule L2).", (a, _, _) => a.End());
        DeskStep<ReviseArrangementInputType>(mutation, store, "reviseArrangement", "Writes a new version of a draft or concept (rule L2); earlier versions are kept.", (a, input, _) => a.Revise(input.Text("terms"), input.Number("jobOpportunities", -1), clock));
        DeskStep<LinkRegionalAgreementInputType>(mutation, store, "linkRegionalAgreement", "Links an existing regional agreement, which is kept (rule L2).", (a, input, _) => a.LinkRegionalAgreement(new RegionalAgreement(input.Region("region"), input.Text("reference"))));
        DeskStep<ReferenceUwvArrangementInputType>(mutation, store, "referenceUwvArrangement", "References a national arrangement of UWV (rule L6).", (a, input, _) => a.ReferenceUwvArrangement(input.Text("uwvArrangementId")));
        DeskStep<AssignAdvisorInputType>(mutation, store, "assignAdvisor", "Hands the arrangement to another advisor of the desk (rule L4).", (a, input, desk) => a.AssignAdvisor(input.Text("advisorId"), desk));

        mutation.Field<NonNullGraphType<ArrangementPayloadType>>("recordRegionalInput")
            .Description("Records a region's input on the concept (rule L2): by the desk on behalf of the region's contact person, or by the contact person's own municipality (rule L4).")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<RecordRegionalInputInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var region = input.Region("region");
                var partner = c.Partner();
                var text = input.Text("input");
                var desk = await c.Loaders().Desk.GetAsync(c.CancellationToken).ConfigureAwait(false);
                var contact = partner.CanManageArrangements
                    ? desk.Contacts.GetValueOrDefault(region) ?? "(no contact person registered)"
                    : ContactOf(partner, region);
                return (await store.Arrangements.UpdateAsync(input.Text("arrangementId"), a => a.RecordInput(region, contact, text, desk, clock), cancellationToken: c.CancellationToken).ConfigureAwait(false)).Value;
            });

        RegionDecision(mutation, store, clock, "joinArrangement", "The region's contact person joins the final arrangement (rules L3, L4); execution is then the region's.", joined: true);
        RegionDecision(mutation, store, clock, "declineArrangement", "The region's contact person declines the final arrangement (rules L3, L4); nobody can oblige a region.", joined: false);

        mutation.Field<NonNullGraphType<NationalDeskPayloadType>>("setRegionContact")
            .Description("The desk registers a region's one contact person: the municipality code whose token speaks for the region (rule L4).")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<SetRegionContactInputType>>("input")
            .ResolveAsync(async c =>
            {
                EnsureDesk(c);
                var input = MutationArguments.Of(c);
                var region = input.Region("region");
                var person = input.Text("person").Trim().ToUpperInvariant();
                try
                {
                    return c.Loaders().Desk.Prime((await store.Desk.UpdateAsync(d => d.WithContact(region, person), cancellationToken: c.CancellationToken).ConfigureAwait(false)).Value);
                }
                catch (RuleViolationException e) when (e.Rule == RuleId.L4)
                {
                    // The SDK judges the contact (L4); the client learns which field to correct.
                    throw MutationArguments.Bad("person", $"is '{person}' ({e.Rule}: {e.Reason})");
                }
            });

        mutation.Field<NonNullGraphType<NationalDeskPayloadType>>("addAdvisor")
            .Description("The desk adds (or replaces) an advisor with sectors and adoption regions (rule L4).")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<AddAdvisorInputType>>("input")
            .ResolveAsync(async c =>
            {
                EnsureDesk(c);
                var input = MutationArguments.Of(c);
                var regions = input.Texts("adoptionRegions").Select(r => Regions.Parse(r, "adoptionRegions")).ToArray();
                var advisor = new Advisor(input.Text("id"), input.Text("name"), input.Texts("sectors"), regions);
                return c.Loaders().Desk.Prime((await store.Desk.UpdateAsync(d => d.WithAdvisor(advisor), cancellationToken: c.CancellationToken).ConfigureAwait(false)).Value);
            });
    }

    /// <summary>The regions of a municipality's token are checked here; the domain checks it is the registered contact (L4).</summary>
    private static string ContactOf(PartnerIdentity partner, RegionCode region)
    {
        if (partner.Kind != PartnerKind.Municipality || !partner.Regions.Contains(region))
        {
            throw PartnerAccess.Forbidden($"{partner} does not speak for region {region}: only the region's contact person, a municipality in it, does (rule L4).");
        }

        return partner.Municipality!.Value.ToString();
    }

    private static void RegionDecision(ObjectGraphType mutation, IWspStore store, IClock clock, string name, string description, bool joined) =>
        mutation.Field<NonNullGraphType<ArrangementPayloadType>>(name)
            .Description(description)
            .Requires(Access.Write)
            .Argument<NonNullGraphType<RegionDecisionInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var region = input.Region("region");
                var contact = ContactOf(c.Partner(), region);
                var desk = await c.Loaders().Desk.GetAsync(c.CancellationToken).ConfigureAwait(false);
                return (await store.Arrangements.UpdateAsync(
                    input.Text("arrangementId"),
                    a => joined ? a.Join(region, contact, desk, clock) : a.Decline(region, contact, desk, clock),
                    cancellationToken: c.CancellationToken).ConfigureAwait(false)).Value;
            });

    private static void DeskStep(ObjectGraphType mutation, IWspStore store, string name, string description, Func<Arrangement, MutationArguments, NationalDesk, Arrangement> step) =>
        DeskStep<ArrangementStepInputType>(mutation, store, name, description, step);

    private static void DeskStep<TInput>(ObjectGraphType mutation, IWspStore store, string name, string description, Func<Arrangement, MutationArguments, NationalDesk, Arrangement> step)
        where TInput : InputObjectGraphType =>
        mutation.Field<NonNullGraphType<ArrangementPayloadType>>(name)
            .Description(description + " The national desk only.")
            .Requires(Access.Records)
            .Argument<NonNullGraphType<TInput>>("input")
            .ResolveAsync(async c =>
            {
                EnsureDesk(c);
                var input = MutationArguments.Of(c);
                var desk = await c.Loaders().Desk.GetAsync(c.CancellationToken).ConfigureAwait(false);
                return (await store.Arrangements.UpdateAsync(input.Text("arrangementId"), a => step(a, input, desk), cancellationToken: c.CancellationToken).ConfigureAwait(false)).Value;
            });

    private static void EnsureDesk(IResolveFieldContext context)
    {
        var partner = context.Partner();
        if (!partner.CanManageArrangements)
        {
            throw PartnerAccess.Forbidden($"{partner} may not manage arrangements: the national desk does (rule L2).");
        }
    }
}
