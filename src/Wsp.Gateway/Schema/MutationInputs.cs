using GraphQL.Types;

namespace Wsp.Gateway.Schema;

/// <summary>Input of <c>registerEmployer</c> (werkgever registreren, rule H8).</summary>
internal sealed class RegisterEmployerInputType : InputObjectGraphType
{
    public RegisterEmployerInputType()
    {
        Name = "RegisterEmployerInput";
        Field<IdGraphType>("id").Description("The new account's id; generated when left out.");
        Field<NonNullGraphType<StringGraphType>>("name").Description("Trade name.");
        Field<StringGraphType>("kvk").Description("KvK number (8 digits); needed before a vacancy is registered.");
        Field<NonNullGraphType<EmployerKindType>>("kind");
        Field<NonNullGraphType<StringGraphType>>("postcode").Description("The first establishment's postcode, for example 2611 AB.");
        Field<NonNullGraphType<StringGraphType>>("municipality").Description("The first establishment's municipality code (current), for example GM0503.");
        Field<NonNullGraphType<RegistrationReasonType>>("reason");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("confirmedDistinctFrom").Description("Accounts the caller checked are other employers (answers to possibleDuplicates).");
    }
}

/// <summary>Input of <c>recordVisit</c> (bedrijfsbezoek vastleggen, rule H9).</summary>
internal sealed class RecordVisitInputType : InputObjectGraphType
{
    public RecordVisitInputType()
    {
        Name = "RecordVisitInput";
        Field<IdGraphType>("id").Description("The visit's id; generated when left out.");
        Field<NonNullGraphType<IdGraphType>>("employerId");
        Field<NonNullGraphType<StringGraphType>>("date").Description("ISO date of the visit.");
        Field<NonNullGraphType<StringGraphType>>("reason").Description("Why the company was visited.");
        Field<NonNullGraphType<StringGraphType>>("companyActivities").Description("What the company does.");
        Field<NonNullGraphType<StringGraphType>>("agreements").Description("Agreements made.");
    }
}

/// <summary>Input of <c>registerVacancy</c> (vacature registreren, rules H10, H12, H13, H16).</summary>
internal sealed class RegisterVacancyInputType : InputObjectGraphType
{
    public RegisterVacancyInputType()
    {
        Name = "RegisterVacancyInput";
        Field<IdGraphType>("id").Description("The new vacancy's id; generated when left out.");
        Field<NonNullGraphType<IdGraphType>>("employerId");
        Field<StringGraphType>("postcode").Description("The establishment's postcode; the account's first establishment when left out.");
        Field<NonNullGraphType<StringGraphType>>("title");
        Field<NonNullGraphType<StringGraphType>>("sectorCode");
        Field<NonNullGraphType<StringGraphType>>("receivedAt").Description("When the vacancy was received, UTC (rule H10).");
        Field<NonNullGraphType<StringGraphType>>("expiresOn").Description("ISO date.");
        Field<NonNullGraphType<BooleanGraphType>>("publishedOpen").Description("Open (public) or blocked (rule H10).");
        Field<NonNullGraphType<StringGraphType>>("publicationText").Description("Contact details when open; why it is blocked otherwise.");
        Field<BooleanGraphType>("isRecruitmentOrder").Description("A real recruitment order (rule H16); default true.");
        Field<IntGraphType>("positions").Description("Positions asked for; default 1 (10 or more: a co-production, rule H13).");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("targetGroups").Description("Target-group codes (rule H12).");
        Field<StringGraphType>("coProductionId");
    }
}

/// <summary>Input of <c>referCandidate</c> (kandidaat voorstellen, rule H14).</summary>
internal sealed class ReferCandidateInputType : InputObjectGraphType
{
    public ReferCandidateInputType()
    {
        Name = "ReferCandidateInput";
        Field<NonNullGraphType<IdGraphType>>("vacancyId");
        Field<NonNullGraphType<StringGraphType>>("candidate").Description("The candidate's pseudonym; never a BSN.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("targetGroups");
        Field<NonNullGraphType<BooleanGraphType>>("meetsRequirements");
    }
}

/// <summary>Input of <c>bookPlacement</c> (plaatsing boeken, rules H13, H15, H16).</summary>
internal sealed class BookPlacementInputType : InputObjectGraphType
{
    public BookPlacementInputType()
    {
        Name = "BookPlacementInput";
        Field<NonNullGraphType<IdGraphType>>("vacancyId");
        Field<IdGraphType>("placementId").Description("The placement's id; generated when left out.");
        Field<NonNullGraphType<StringGraphType>>("candidate");
        Field<NonNullGraphType<StringGraphType>>("start").Description("ISO date.");
        Field<StringGraphType>("end").Description("ISO date, or null while it runs.");
        Field<NonNullGraphType<FloatGraphType>>("hoursPerWeek");
        Field<StringGraphType>("arrangementId");
    }
}

/// <summary>Input of <c>handOverVacancy</c> (vacature overdragen, rule H11).</summary>
internal sealed class HandOverVacancyInputType : InputObjectGraphType
{
    public HandOverVacancyInputType()
    {
        Name = "HandOverVacancyInput";
        Field<NonNullGraphType<IdGraphType>>("vacancyId");
        Field<NonNullGraphType<StringGraphType>>("to").Description("The chain partner: UWV or a municipality code.");
    }
}

/// <summary>Input of <c>takeOverAccount</c> (account overnemen, rule H7).</summary>
internal sealed class TakeOverAccountInputType : InputObjectGraphType
{
    public TakeOverAccountInputType()
    {
        Name = "TakeOverAccountInput";
        Field<NonNullGraphType<IdGraphType>>("employerId");
    }
}

/// <summary>Input of <c>closeVacancy</c>, <c>reactivateVacancy</c> and <c>duplicateVacancy</c> (rule H15).</summary>
internal sealed class VacancyStepInputType : InputObjectGraphType
{
    public VacancyStepInputType()
    {
        Name = "VacancyStepInput";
        Field<NonNullGraphType<IdGraphType>>("vacancyId");
        Field<StringGraphType>("expiresOn").Description("reactivateVacancy: the new expiry date (ISO), today or later.");
        Field<IdGraphType>("newId").Description("duplicateVacancy: the duplicate's id; generated when left out.");
    }
}
