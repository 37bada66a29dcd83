using GraphQL.Types;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Visits;

namespace Wsp.Gateway.Schema;

/// <summary>The fields of <c>registerEmployer</c>'s input.</summary>
internal sealed class RegisterEmployerInput
{
    public string? Id { get; init; }

    public string Name { get; init; } = "";

    public string? Kvk { get; init; }

    public EmployerKind Kind { get; init; }

    public string Postcode { get; init; } = "";

    public string Municipality { get; init; } = "";

    public RegistrationReason Reason { get; init; }

    public List<string>? ConfirmedDistinctFrom { get; init; }

    public string? Owner { get; init; }

    public RegisterEmployerRequest ToRequest() =>
        new(
            InputValues.IdOr(Id, "EA"),
            Name,
            new Establishment(InputValues.Postcode(Postcode, "postcode"), InputValues.CurrentMunicipality(Municipality, "municipality")),
            Kind,
            Reason)
        {
            Kvk = InputValues.Kvk(Kvk, "kvk"),
            ConfirmedDistinctFrom = ConfirmedDistinctFrom ?? [],
            Owner = InputValues.OptionalPartner(Owner, "owner"),
        };
}

/// <summary>Input of <c>registerEmployer</c> (werkgever registreren, rule H8).</summary>
internal sealed class RegisterEmployerInputType : InputObjectGraphType<RegisterEmployerInput>
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
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("confirmedDistinctFrom").Description("Accounts the caller checked are other employers (ids from possibleDuplicates or possibleDuplicatesElsewhere, rule H8).");
        Field<StringGraphType>("owner").Description("The national desk only: the chain partner that will own the account (UWV or a municipality of the establishment's region, rule H7). Others own what they register.");
    }
}

/// <summary>The fields of <c>recordVisit</c>'s input.</summary>
internal sealed class RecordVisitInput
{
    public string? Id { get; init; }

    public string EmployerId { get; init; } = "";

    public string Date { get; init; } = "";

    public string Reason { get; init; } = "";

    public string CompanyActivities { get; init; } = "";

    public string Agreements { get; init; } = "";

    public VisitReport Report() => new(Reason, CompanyActivities, Agreements);
}

/// <summary>Input of <c>recordVisit</c> (bedrijfsbezoek vastleggen, rule H9).</summary>
internal sealed class RecordVisitInputType : InputObjectGraphType<RecordVisitInput>
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

/// <summary>The fields of <c>takeOverAccount</c>'s input.</summary>
internal sealed class TakeOverAccountInput
{
    public string EmployerId { get; init; } = "";
}

/// <summary>Input of <c>takeOverAccount</c> (account overnemen, rule H7).</summary>
internal sealed class TakeOverAccountInputType : InputObjectGraphType<TakeOverAccountInput>
{
    public TakeOverAccountInputType()
    {
        Name = "TakeOverAccountInput";
        Field<NonNullGraphType<IdGraphType>>("employerId");
    }
}

/// <summary>The fields of <c>recordEmployerStaff</c>'s input.</summary>
internal sealed class RecordEmployerStaffInput
{
    public string EmployerId { get; init; } = "";

    public string Date { get; init; } = "";

    public int Employees { get; init; }

    public string SectorCode { get; init; } = "";

    public string Source { get; init; } = "";

    public EmployerStaffCount ToCount() =>
        new(Iso.ParseDate(Date, "date"), InputValues.NotNegative(Employees, "employees"), SectorCode, Source);
}

/// <summary>Input of <c>recordEmployerStaff</c> (werkzame personen, rule H5).</summary>
internal sealed class RecordEmployerStaffInputType : InputObjectGraphType<RecordEmployerStaffInput>
{
    public RecordEmployerStaffInputType()
    {
        Name = "RecordEmployerStaffInput";
        Description = "An employer's working persons and sector at a date from a register such as the KvK handelsregister (rule H5).";
        Field<NonNullGraphType<IdGraphType>>("employerId");
        Field<NonNullGraphType<StringGraphType>>("date").Description("The date the count describes (ISO); a count at a date already recorded replaces it.");
        Field<NonNullGraphType<IntGraphType>>("employees").Description("Working persons (werkzame personen).");
        Field<NonNullGraphType<StringGraphType>>("sectorCode").Description("The employer's sector in the region's classification, from the same source.");
        Field<NonNullGraphType<StringGraphType>>("source").Description("Where the count comes from, for example 'KvK handelsregister, extract 2026-01-01'.");
    }
}

/// <summary>The fields of <c>addEstablishment</c>'s input.</summary>
internal sealed class AddEstablishmentInput
{
    public string AccountId { get; init; } = "";

    public string Municipality { get; init; } = "";

    public string Postcode { get; init; } = "";

    public Establishment ToEstablishment() =>
        new(InputValues.Postcode(Postcode, "postcode"), InputValues.CurrentMunicipality(Municipality, "municipality"));
}

/// <summary>Input of <c>addEstablishment</c> (vestiging toevoegen, rule L1).</summary>
internal sealed class AddEstablishmentInputType : InputObjectGraphType<AddEstablishmentInput>
{
    public AddEstablishmentInputType()
    {
        Name = "AddEstablishmentInput";
        Description = "An establishment (vestiging) of an employer: added by a partner of its region, or by the national desk in any region (rule L1).";
        Field<NonNullGraphType<IdGraphType>>("accountId");
        Field<NonNullGraphType<StringGraphType>>("municipality").Description("The establishment's municipality code (current), for example GM0363.");
        Field<NonNullGraphType<StringGraphType>>("postcode").Description("The establishment's postcode, for example 1011 AB.");
    }
}

/// <summary>The fields of <c>setEmployerKvk</c>'s input.</summary>
internal sealed class SetEmployerKvkInput
{
    public string AccountId { get; init; } = "";

    public string Kvk { get; init; } = "";
}

/// <summary>Input of <c>setEmployerKvk</c> (KvK-nummer vastleggen).</summary>
internal sealed class SetEmployerKvkInputType : InputObjectGraphType<SetEmployerKvkInput>
{
    public SetEmployerKvkInputType()
    {
        Name = "SetEmployerKvkInput";
        Description = "The KvK number of an account registered without one: set once; a vacancy needs it (H10).";
        Field<NonNullGraphType<IdGraphType>>("accountId");
        Field<NonNullGraphType<StringGraphType>>("kvk").Description("KvK number: 8 digits.");
    }
}

/// <summary>The fields of <c>recordWorkAgreement</c>'s input.</summary>
internal sealed class RecordWorkAgreementInput
{
    public string EmployerId { get; init; } = "";

    public string Note { get; init; } = "";
}

/// <summary>Input of <c>recordWorkAgreement</c> (werkafspraak vastleggen, rule H7).</summary>
internal sealed class RecordWorkAgreementInputType : InputObjectGraphType<RecordWorkAgreementInput>
{
    public RecordWorkAgreementInputType()
    {
        Name = "RecordWorkAgreementInput";
        Description = "A work agreement with the employer (werkafspraak): what was agreed, without personal data.";
        Field<NonNullGraphType<IdGraphType>>("employerId");
        Field<NonNullGraphType<StringGraphType>>("note").Description("What was agreed.");
    }
}

/// <summary>The fields of <c>requestAccountConsent</c>'s input.</summary>
internal sealed class RequestAccountConsentInput
{
    public string EmployerId { get; init; } = "";

    public string? Note { get; init; }
}

/// <summary>Input of <c>requestAccountConsent</c> (akkoord vragen aan de accounteigenaar, rule H7).</summary>
internal sealed class RequestAccountConsentInputType : InputObjectGraphType<RequestAccountConsentInput>
{
    public RequestAccountConsentInputType()
    {
        Name = "RequestAccountConsentInput";
        Description = "Ask the owner of an employer account to work with the employer (rule H7).";
        Field<NonNullGraphType<IdGraphType>>("employerId").Description("The account, also one found as a possible duplicate elsewhere (rule H8).");
        Field<StringGraphType>("note").Description("Why, without personal data.");
    }
}

/// <summary>The fields of <c>answerAccountConsent</c>'s input.</summary>
internal sealed class AnswerAccountConsentInput
{
    public string EmployerId { get; init; } = "";

    public string Requester { get; init; } = "";

    public bool Accept { get; init; }
}

/// <summary>Input of <c>answerAccountConsent</c> (akkoord geven of weigeren, rule H7).</summary>
internal sealed class AnswerAccountConsentInputType : InputObjectGraphType<AnswerAccountConsentInput>
{
    public AnswerAccountConsentInputType()
    {
        Name = "AnswerAccountConsentInput";
        Description = "The owner answers a partner's request to work with its employer (rule H7).";
        Field<NonNullGraphType<IdGraphType>>("employerId");
        Field<NonNullGraphType<StringGraphType>>("requester").Description("The partner that asked: UWV or a municipality code.");
        Field<NonNullGraphType<BooleanGraphType>>("accept").Description("True: the partner becomes a co-account manager; false: declined.");
    }
}
