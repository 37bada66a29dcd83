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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AuditEntryType>>>>("auditTrail")
            .Description("The audit trail (contacthistorie), oldest recorded first: registration, vacancies, placements, visits, work agreements, owner changes. Every entry is contact for rule H7.")
            .Resolve(c => c.FromAccount(a => a.AuditTrail));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VisitType>>>>("visits")
            .Description("Its company visits with their reports (rule H9), oldest visit first.")
            .ResolveAsync(async c => await c.Client().ListVisitsAsync(c.Source.Summary.Id, c.CancellationToken).ConfigureAwait(false));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("coAccountManagers")
            .Description("Partners that work with the employer beside its owner, after the owner's consent (rule H7).")
            .Resolve(c => c.FromAccount(a => a.CoAccountManagers.Select(p => p.ToString()).ToArray()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ConsentRequestType>>>>("consentRequests")
            .Description("Requests of other partners to work with the employer, oldest first, with the owner's answer (rule H7).")
            .Resolve(c => c.FromAccount(a => a.ConsentRequests));
    }
}


/// <summary>The GraphQL type of an audit-trail entry (contactmoment).</summary>
internal sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One entry of an employer account's audit trail (contacthistorie); every entry is contact for rule H7.";
        Field<NonNullGraphType<StringGraphType>>("at").Description("When it was recorded, UTC.").Resolve(c => Iso.Instant(c.Source.At));
        Field<NonNullGraphType<ContactKindType>>("kind").Resolve(c => c.Source.Kind);
        Field<NonNullGraphType<StringGraphType>>("partner").Description("The partner that acted: UWV or a municipality code.").Resolve(c => c.Source.Partner.ToString());
        Field<NonNullGraphType<StringGraphType>>("note").Resolve(c => c.Source.Note);
        Field<StringGraphType>("occurredOn").Description("The day it took place when recorded afterwards (a visit counts from its date, rule H7); null otherwise.").Resolve(c => Iso.Date(c.Source.OccurredOn));
        Field<NonNullGraphType<StringGraphType>>("contactAt").Description("The moment it counts from for rule H7, UTC.").Resolve(c => Iso.Instant(c.Source.ContactAt));
        Field<StringGraphType>("recordId").Description("The record the step that wrote it was about: the vacancy reported, the placement booked or the visit made; null for a contact recorded by hand and for entries from before record ids were kept.").Resolve(c => c.Source.RecordId);
    }
}


/// <summary>What an audit-trail entry records.</summary>
internal sealed class ContactKindType : EnumerationGraphType<ContactKind>
{
    public ContactKindType()
    {
        Name = "ContactKind";
        Description = "What an audit-trail entry records: the registration, a visit, a vacancy, a placement, another contact, an owner change or a work agreement.";
    }
}


/// <summary>The GraphQL type of a request to work with another partner's employer.</summary>
internal sealed class ConsentRequestType : ObjectGraphType<ConsentRequest>
{
    public ConsentRequestType()
    {
        Name = "ConsentRequest";
        Description = "A partner's request to work with an employer another partner owns (rule H7); accepted, it is a co-account manager.";
        Field<NonNullGraphType<StringGraphType>>("requester").Description("UWV or a municipality code.").Resolve(c => c.Source.Requester.ToString());
        Field<NonNullGraphType<StringGraphType>>("requestedAt").Description("UTC.").Resolve(c => Iso.Instant(c.Source.RequestedAt));
        Field<NonNullGraphType<StringGraphType>>("note").Resolve(c => c.Source.Note);
        Field<NonNullGraphType<ConsentStatusType>>("status").Resolve(c => c.Source.Status);
        Field<StringGraphType>("answeredAt").Description("UTC; null while pending.").Resolve(c => c.Source.AnsweredAt is { } at ? Iso.Instant(at) : null);
    }
}


/// <summary>Where a request to work with an employer stands.</summary>
internal sealed class ConsentStatusType : EnumerationGraphType<ConsentStatus>
{
    public ConsentStatusType()
    {
        Name = "ConsentStatus";
        Description = "Pending (the owner has not answered), accepted or declined.";
    }
}


/// <summary>The GraphQL type of an employer's public identity.</summary>
internal sealed class EmployerIdentityType : ObjectGraphType<EmployerIdentity>
{
    public EmployerIdentityType()
    {
        Name = "EmployerIdentity";
        Description = "An employer account's public identity (the KvK register's data), never its records: for a possible duplicate in a region the partner may not read (rule H8).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The account's id: confirm it is another employer, ask its owner, or add an establishment to it.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Description("Trade name.").Resolve(c => c.Source.Name);
        Field<StringGraphType>("kvk").Description("KvK number (8 digits), or null.").Resolve(c => c.Source.Kvk?.ToString());
        Field<NonNullGraphType<MunicipalityType>>("municipality").Description("The municipality of its first establishment.").Resolve(c => c.Source.Municipality);
        Field<NonNullGraphType<StringGraphType>>("owner").Description("The owning partner: UWV or a municipality code (rule H7).").Resolve(c => c.Source.Owner.ToString());
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
