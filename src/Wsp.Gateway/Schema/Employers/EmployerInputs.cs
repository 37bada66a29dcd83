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
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("confirmedDistinctFrom").Description("Accounts the caller checked are other employers (answers to possibleDuplicates).");
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
