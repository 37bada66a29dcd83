using GraphQL.Types;
using Wsp.Sdk;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of a partner's work queue (werkvoorraad).</summary>
internal sealed class WorkQueueType : ObjectGraphType<Worklist>
{
    public WorkQueueType()
    {
        Name = "WorkQueue";
        Description = $"What asks for a partner's attention today; each list at most {Worklist.Limit} long.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancyType>>>>("handedOver").Description("Open vacancies handed over to the partner or taken over by it (rules H11, H15), newest registration first.").Resolve(c => c.Source.HandedOver.Select(v => new VacancyNode(v)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancyToRegisterType>>>>("toRegister").Description("Co-productions other partners registered that the partner has no vacancy in yet: each participating partner registers its own within 24 hours of receipt (rules H10, H13).").Resolve(c => c.Source.ToRegister);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancyType>>>>("expiring").Description($"The partner's open vacancies whose last day is today or within {Worklist.ExpiryWarningDays} days, soonest first (rule H15: reactivate an expired vacancy).").Resolve(c => c.Source.Expiring.Select(v => new VacancyNode(v)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AccountConsentRequestType>>>>("consentRequests").Description("Requests of other partners to work with the partner's employers, waiting for its answer (rule H7), oldest first.").Resolve(c => c.Source.ConsentRequests);
    }
}

/// <summary>The GraphQL type of a co-production the partner has to register its own vacancy in.</summary>
internal sealed class VacancyToRegisterType : ObjectGraphType<VacancyToRegister>
{
    public VacancyToRegisterType()
    {
        Name = "VacancyToRegister";
        Description = "A co-production (rule H13) in which the partner registers its own vacancy, under the same employer account, within 24 hours of receipt (rule H10).";
        Field<NonNullGraphType<IdGraphType>>("coProductionId").Resolve(c => c.Source.CoProductionId);
        Field<NonNullGraphType<IdGraphType>>("employerId").Description("The employer account to register it under.").Resolve(c => c.Source.AccountId);
        Field<NonNullGraphType<IdGraphType>>("firstVacancyId").Resolve(c => c.Source.FirstVacancyId);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("partners").Description("The partners that registered theirs.").Resolve(c => c.Source.Partners.Select(p => p.ToString()).ToArray());
        Field<NonNullGraphType<StringGraphType>>("receivedAt").Description("When the co-production's first vacancy was received, UTC.").Resolve(c => Iso.Instant(c.Source.ReceivedAt));
        Field<NonNullGraphType<StringGraphType>>("registerBefore").Description("The end of the 24 hours of rule H10, UTC.").Resolve(c => Iso.Instant(c.Source.RegisterBefore));
    }
}

/// <summary>The GraphQL type of a request to work with one of the partner's employers, in its work queue.</summary>
internal sealed class AccountConsentRequestType : ObjectGraphType<AccountConsentRequest>
{
    public AccountConsentRequestType()
    {
        Name = "AccountConsentRequest";
        Description = "A request to work with one of the partner's employers (rule H7), with the account: answer it with answerAccountConsent.";
        Field<NonNullGraphType<IdGraphType>>("employerId").Resolve(c => c.Source.AccountId);
        Field<NonNullGraphType<StringGraphType>>("employerName").Resolve(c => c.Source.AccountName);
        Field<NonNullGraphType<ConsentRequestType>>("request").Resolve(c => c.Source.Request);
    }
}
