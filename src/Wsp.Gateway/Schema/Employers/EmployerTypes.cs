using GraphQL.Types;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Visits;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of an employer account (werkgeversaccount).</summary>
internal sealed class EmployerType : ObjectGraphType<EmployerNode>
{
    public EmployerType(Gazetteer gazetteer)
    {
        Name = "Employer";
        Description = "An employer account (werkgeversaccount) with one owning partner (rule H7).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Summary.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Trade name.").Resolve(c => c.Source.Summary.Name);
        Field<StringGraphType>("kvk").Description("KvK number (8 digits), or null.").Resolve(c => c.Source.Summary.Kvk);
        Field<NonNullGraphType<LabourMarketRegionType>>("region").Description("Home region (of the first establishment).").Resolve(c => gazetteer.FindRegion(c.Source.Summary.RegionCode));
        Field<NonNullGraphType<StringGraphType>>("owner").Description("The owning partner: UWV or a municipality code (rule H7).").Resolve(c => c.Source.Summary.Owner);
        Field<NonNullGraphType<StringGraphType>>("lastContact").Description("The last contact, UTC (rule H7).").Resolve(c => Iso.Instant(c.Source.Summary.LastContact));
        Field<NonNullGraphType<EmployerKindType>>("kind").Description("Market or government.").Resolve(c => c.FromAccount(a => a.Kind));
        Field<NonNullGraphType<BooleanGraphType>>("isNationalEmployer").Description("Establishments in four or more regions (rule L1).").Resolve(c => c.FromAccount(a => a.IsNationalEmployer));
        Field<NonNullGraphType<StringGraphType>>("registeredAt").Description("When it was registered, UTC.").Resolve(c => c.FromAccount(a => Iso.Instant(a.RegisteredAt)));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EstablishmentType>>>>("establishments").Description("Its establishments (vestigingen).").Resolve(c => c.FromAccount(a => a.Establishments));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EmployerStaffCountType>>>>("staffCounts").Description("Its recorded working persons and sector per date, oldest first (rule H5).").Resolve(c => c.FromAccount(a => a.StaffCounts));
    }
}


/// <summary>The GraphQL type of an establishment (vestiging).</summary>
internal sealed class EstablishmentType : ObjectGraphType<Establishment>
{
    public EstablishmentType()
    {
        Name = "Establishment";
        Description = "An establishment (vestiging) of an employer.";
        Field<NonNullGraphType<StringGraphType>>("postcode").Resolve(c => c.Source.Postcode.Value);
        Field<NonNullGraphType<MunicipalityType>>("municipality").Resolve(c => c.Source.Municipality);
    }
}


/// <summary>The GraphQL type of a company visit (bedrijfsbezoek).</summary>
internal sealed class VisitType : ObjectGraphType<CompanyVisit>
{
    public VisitType()
    {
        Name = "Visit";
        Description = "A company visit (bedrijfsbezoek) with its report (rule H9).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("accountId").Resolve(c => c.Source.AccountId);
        Field<NonNullGraphType<StringGraphType>>("partner").Resolve(c => c.Source.Partner.ToString());
        Field<NonNullGraphType<StringGraphType>>("date").Resolve(c => Iso.Date(c.Source.Date));
        Field<NonNullGraphType<StringGraphType>>("reason").Resolve(c => c.Source.Report.Reason);
        Field<NonNullGraphType<StringGraphType>>("companyActivities").Resolve(c => c.Source.Report.CompanyActivities);
        Field<NonNullGraphType<StringGraphType>>("agreements").Resolve(c => c.Source.Report.Agreements);
    }
}


/// <summary>Market or government employer (werkgeverssoort).</summary>
internal sealed class EmployerKindType : EnumerationGraphType<EmployerKind>
{
    public EmployerKindType()
    {
        Name = "EmployerKind";
        Description = "Market or government employer; the job agreement counts them apart.";
    }
}


/// <summary>Why an employer is registered (rule H8).</summary>
internal sealed class RegistrationReasonType : EnumerationGraphType<RegistrationReason>
{
    public RegistrationReasonType()
    {
        Name = "RegistrationReason";
        Description = "Why an employer is registered: after a reported vacancy or a visit; never only to book a placement (rule H8).";
    }
}
