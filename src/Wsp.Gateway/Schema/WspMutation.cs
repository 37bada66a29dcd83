using GraphQL;
using GraphQL.Types;
using NodaTime;
using Wsp.Gateway.Security;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Rules;
using Wsp.Sdk.Storage;
using Wsp.Sdk.Vacancies;
using Wsp.Sdk.Visits;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The root mutation: the registration workflow over the SDK's aggregates. Each change is one read–change–write with
/// optimistic concurrency (<see cref="StoreUpdates"/>); the domain judges the rules and its refusals reach the client
/// with the rule id as <c>extensions.code</c>. The partner changes only records in a region it may write.
/// </summary>
internal sealed class WspMutation : ObjectGraphType
{
    public WspMutation(IWspStore store, Gazetteer gazetteer, IClock clock)
    {
        Name = "Mutation";

        Field<NonNullGraphType<EmployerPayloadType>>("registerEmployer")
            .Description("Registers an employer after a reported vacancy or a visit, checking for duplicates by name, then postcode (rule H8).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<RegisterEmployerInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var partner = c.Partner();
                var establishment = new Establishment(input.Postcode("postcode"), input.Municipality("municipality", gazetteer));
                partner.EnsureCanWrite(establishment.Region.Code, "employers");
                var registration = new EmployerRegistration(
                    input.Id("id", "EA"),
                    input.Text("name"),
                    establishment,
                    partner.Booker(),
                    input.Enum<EmployerKind>("kind"),
                    input.Enum<RegistrationReason>("reason"),
                    input.Kvk("kvk"),
                    input.Texts("confirmedDistinctFrom"));
                var existing = await store.Accounts.FindByNameOrPostcodeAsync(registration.Name, establishment.Postcode, c.CancellationToken).ConfigureAwait(false);
                var result = EmployerAccount.Register(registration, existing, clock);
                if (!result.IsRegistered)
                {
                    // H8 looks across regions; another region's records stay hidden, only their number is told.
                    var visible = result.PossibleDuplicates.Where(a => partner.CanReadRecords(a.Region.Code)).ToArray();
                    return new EmployerPayload(null, [.. visible.Select(EmployerNode.Of)], result.PossibleDuplicates.Count - visible.Length);
                }

                var written = await store.Accounts.InsertAsync(result.Account, c.CancellationToken).ConfigureAwait(false);
                return new EmployerPayload(EmployerNode.Of(written.Value), []);
            });

        Field<NonNullGraphType<VisitPayloadType>>("recordVisit")
            .Description("Records a company visit with its report (rule H9) as a contact on the account (rule H7).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<RecordVisitInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var partner = c.Partner();
                var accountId = input.Text("employerId");
                var visit = new CompanyVisit(
                    input.Id("id", "VI"),
                    accountId,
                    partner.Booker(),
                    Iso.ParseDate(input.Text("date"), "date"),
                    new VisitReport(input.Text("reason"), input.Text("companyActivities"), input.Text("agreements")));
                var account = await store.Accounts.UpdateAsync(accountId, a => Checked(partner, a, () => visit.RecordOn(a, clock)), cancellationToken: c.CancellationToken).ConfigureAwait(false);
                await store.Visits.InsertAsync(visit, c.CancellationToken).ConfigureAwait(false);
                return new VisitPayload(visit, EmployerNode.Of(account.Value));
            });

        Field<NonNullGraphType<VacancyPayloadType>>("registerVacancy")
            .Description("Registers a vacancy of a registered employer (rules H10, H12, H13, H16).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<RegisterVacancyInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var partner = c.Partner();
                var accountId = input.Text("employerId");
                var account = (await store.Accounts.FindAsync(accountId, c.CancellationToken).ConfigureAwait(false))?.Value
                    ?? throw new ExecutionError($"No employer account has id '{accountId}'.") { Code = ErrorCodes.NotFound };
                var establishment = input.Optional("postcode") is null
                    ? account.Establishments[0]
                    : account.Establishments.FirstOrDefault(e => e.Postcode == input.Postcode("postcode")) ?? throw MutationArguments.Bad("postcode", $"is no establishment of account {accountId}");
                partner.EnsureCanWrite(establishment.Region.Code, "vacancies");
                var open = input.Flag("publishedOpen", true);
                var text = input.Text("publicationText");
                var vacancy = Vacancy.Register(
                    new VacancyRegistration(
                        input.Id("id", "V"),
                        account,
                        establishment,
                        partner.Booker(),
                        input.Text("title"),
                        input.Text("sectorCode"),
                        Iso.ParseInstant(input.Text("receivedAt"), "receivedAt"),
                        Iso.ParseDate(input.Text("expiresOn"), "expiresOn"),
                        open ? Publication.Open(text) : Publication.Blocked(text),
                        input.Flag("isRecruitmentOrder", true),
                        input.Number("positions", 1),
                        input.TargetGroups("targetGroups"),
                        coProductionId: input.Optional("coProductionId")),
                    clock);
                var written = await store.Vacancies.InsertAsync(vacancy, c.CancellationToken).ConfigureAwait(false);
                return new VacancyPayload(VacancyNode.Of(written.Value));
            });

        Field<NonNullGraphType<VacancyPayloadType>>("referCandidate")
            .Description("Records a candidate proposed on a vacancy (rule H14).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<ReferCandidateInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var partner = c.Partner();
                var candidate = input.Candidate("candidate");
                var groups = input.TargetGroups("targetGroups");
                var meets = input.Flag("meetsRequirements", false);
                var written = await store.Vacancies.UpdateAsync(input.Text("vacancyId"), v => Checked(partner, v, () => v.Refer(candidate, partner.Booker(), groups, meets, clock)), cancellationToken: c.CancellationToken).ConfigureAwait(false);
                return new VacancyPayload(VacancyNode.Of(written.Value));
            });

        Field<NonNullGraphType<VacancyPayloadType>>("bookPlacement")
            .Description("Books a placement of a referred candidate, raising the workplaces by one when full (rules H13, H15, H16); a chain partner's hire on a one-workplace vacancy takes it over (H15); under an arrangement only in a region that joined it (L2).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<BookPlacementInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var partner = c.Partner();
                var booking = new PlacementBooking(
                    input.Id("placementId", "P"),
                    input.Candidate("candidate"),
                    partner.Booker(),
                    Iso.ParseDate(input.Text("start"), "start"),
                    input.Decimal("hoursPerWeek"),
                    input.Optional("end") is { } end ? Iso.ParseDate(end, "end") : null,
                    input.Optional("arrangementId"));
                var arrangement = booking.ArrangementId is not { } arrangementId ? null
                    : (await store.Arrangements.FindAsync(arrangementId, c.CancellationToken).ConfigureAwait(false))?.Value
                        ?? throw new ExecutionError($"No arrangement has id '{arrangementId}'.") { Code = ErrorCodes.NotFound };
                try
                {
                    var written = await store.Vacancies.UpdateAsync(
                        input.Text("vacancyId"),
                        // L2 (the vacancy is the arrangement's employer's, its region joined) is judged by the SDK when the arrangement is given.
                        v => Checked(partner, v, () => arrangement is null ? v.BookPlacement(booking, clock) : v.BookPlacement(booking, arrangement, clock)),
                        cancellationToken: c.CancellationToken).ConfigureAwait(false);
                    return new VacancyPayload(VacancyNode.Of(written.Value), written.Value.Placements.Single(p => p.Id == booking.PlacementId));
                }
                catch (RuleViolationException e) when (e.Rule == RuleId.L2 && arrangement is not null)
                {
                    // Every L2 refusal of a booking is about the arrangement named: the client learns which field, under the rule's code.
                    throw new ExecutionError($"'arrangementId' is '{arrangement.Id}' ({e.Rule}: {e.Reason})") { Code = e.Rule.Value };
                }
            });

        Field<NonNullGraphType<VacancyPayloadType>>("handOverVacancy")
            .Description("Hands an open vacancy over to a chain partner that can fill it from its target group (rule H11).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<HandOverVacancyInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var partner = c.Partner();
                var to = input.Partner("to");
                var written = await store.Vacancies.UpdateAsync(input.Text("vacancyId"), v => Checked(partner, v, () => v.HandOver(to, clock)), cancellationToken: c.CancellationToken).ConfigureAwait(false);
                return new VacancyPayload(VacancyNode.Of(written.Value));
            });

        Field<NonNullGraphType<VacancyPayloadType>>("closeVacancy")
            .Description("Closes a vacancy: the owner books its own placements and closes it before a chain partner duplicates it (rule H15).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<VacancyStepInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var partner = c.Partner();
                var written = await store.Vacancies.UpdateAsync(input.Text("vacancyId"), v => Checked(partner, v, v.Close), cancellationToken: c.CancellationToken).ConfigureAwait(false);
                return new VacancyPayload(VacancyNode.Of(written.Value));
            });

        Field<NonNullGraphType<VacancyPayloadType>>("reactivateVacancy")
            .Description("Reopens an expired or closed vacancy until a new date, before its workplaces are raised (rule H15).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<VacancyStepInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var partner = c.Partner();
                var expiresOn = Iso.ParseDate(input.Text("expiresOn"), "expiresOn");
                var written = await store.Vacancies.UpdateAsync(input.Text("vacancyId"), v => Checked(partner, v, () => v.Reactivate(expiresOn, clock)), cancellationToken: c.CancellationToken).ConfigureAwait(false);
                return new VacancyPayload(VacancyNode.Of(written.Value));
            });

        Field<NonNullGraphType<VacancyPayloadType>>("duplicateVacancy")
            .Description("A chain partner duplicates a closed vacancy of 2–9 workplaces to refer its candidate again and book there (rule H15).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<VacancyStepInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var partner = c.Partner();
                var id = input.Text("vacancyId");
                var original = (await store.Vacancies.FindAsync(id, c.CancellationToken).ConfigureAwait(false))?.Value
                    ?? throw new ExecutionError($"No vacancy has id '{id}'.") { Code = ErrorCodes.NotFound };
                var duplicate = Checked(partner, original, () => original.DuplicateFor(input.Id("newId", "V"), partner.Booker(), clock));
                var written = await store.Vacancies.InsertAsync(duplicate, c.CancellationToken).ConfigureAwait(false);
                return new VacancyPayload(VacancyNode.Of(written.Value));
            });

        Field<NonNullGraphType<EmployerPayloadType>>("takeOverAccount")
            .Description("Takes over an employer account after twelve months without contact (rule H7).")
            .Requires(Access.Write)
            .Argument<NonNullGraphType<TakeOverAccountInputType>>("input")
            .ResolveAsync(async c =>
            {
                var input = MutationArguments.Of(c);
                var partner = c.Partner();
                var written = await store.Accounts.UpdateAsync(input.Text("employerId"), a => Checked(partner, a, () => a.TakeOver(partner.Booker(), clock)), cancellationToken: c.CancellationToken).ConfigureAwait(false);
                return new EmployerPayload(EmployerNode.Of(written.Value), []);
            });

        this.AddArrangementMutations(store, clock);
        this.AddManagementInformationMutations(store);
        this.AddRegionalProjectMutations(store);
    }

    // The region is checked on the version read inside the update, so a concurrent move cannot slip past it.
    private static Vacancy Checked(Sdk.Partners.PartnerIdentity partner, Vacancy read, Func<Vacancy> change)
    {
        partner.EnsureCanWrite(read.Region.Code, "vacancy " + read.Id);
        return change();
    }

    private static EmployerAccount Checked(Sdk.Partners.PartnerIdentity partner, EmployerAccount read, Func<EmployerAccount> change)
    {
        partner.EnsureCanWrite(read.Region.Code, "employer " + read.Id);
        return change();
    }
}
