using GraphQL.Types;
using Wsp.Gateway.Security;
using Wsp.Sdk.Employers;
using Wsp.Sdk.Geography;
using Wsp.Sdk.Placements;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;
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

/// <summary>The GraphQL type of a vacancy (vacature).</summary>
internal sealed class VacancyType : ObjectGraphType<VacancyNode>
{
    public VacancyType(Gazetteer gazetteer)
    {
        Name = "Vacancy";
        Description = "A vacancy (vacature) with its referrals and booked placements.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Summary.Id);
        Field<NonNullGraphType<StringGraphType>>("title").Resolve(c => c.Source.Summary.Title);
        Field<NonNullGraphType<StringGraphType>>("sectorCode").Description("Sector code, for example RETAIL.").Resolve(c => c.Source.Summary.SectorCode);
        Field<NonNullGraphType<StringGraphType>>("owner").Description("The owning partner: UWV or a municipality code.").Resolve(c => c.Source.Summary.Owner);
        Field<NonNullGraphType<LabourMarketRegionType>>("region").Description("The region of the establishment.").Resolve(c => gazetteer.FindRegion(c.Source.Summary.RegionCode));
        Field<NonNullGraphType<VacancyStatusType>>("status").Resolve(c => c.Source.Summary.IsOpen ? VacancyStatus.Open : VacancyStatus.Closed);
        Field<NonNullGraphType<IntGraphType>>("workplaces").Description("Workplaces (arbeidsplaatsen): 1 at registration, raised by one per booked placement (rule H13).").Resolve(c => c.Source.Summary.Workplaces);
        Field<NonNullGraphType<IntGraphType>>("placementCount").Resolve(c => c.Source.Summary.Placements);
        Field<NonNullGraphType<IntGraphType>>("referralCount").Resolve(c => c.Source.Summary.Referrals);
        Field<NonNullGraphType<BooleanGraphType>>("registeredLate").Description("Registered more than 24 hours after receipt (rule H10).").Resolve(c => c.Source.Summary.IsRegisteredLate);
        Field<NonNullGraphType<StringGraphType>>("registeredAt").Resolve(c => Iso.Instant(c.Source.Summary.RegisteredAt));
        Field<NonNullGraphType<StringGraphType>>("expiresOn").Resolve(c => Iso.Date(c.Source.Summary.ExpiresOn));
        Field<EmployerType>("employer")
            .Description("The employer account, batch-loaded; null when its home region is not one the partner may read (a national employer's account is its home region's record, as employer(id) says).")
            .Resolve(c => c.LoadReadableEmployer(c.Source.Summary.AccountId));
        Field<NonNullGraphType<StringGraphType>>("receivedAt").Resolve(c => c.FromVacancy(v => Iso.Instant(v.ReceivedAt)));
        Field<NonNullGraphType<MunicipalityType>>("municipality").Description("The establishment's municipality.").Resolve(c => c.FromVacancy(v => v.Establishment.Municipality));
        Field<NonNullGraphType<IntGraphType>>("positions").Description("Positions the employer asked for (10 or more: a co-production, rule H13).").Resolve(c => c.FromVacancy(v => v.Positions));
        Field<NonNullGraphType<BooleanGraphType>>("publishedOpen").Description("Open (public, direct applications) or blocked (rule H10).").Resolve(c => c.FromVacancy(v => v.Publication.IsOpen));
        Field<NonNullGraphType<StringGraphType>>("publicationText").Description("Contact details when open; why it is blocked otherwise.").Resolve(c => c.FromVacancy(v => v.Publication.Text));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("targetGroups").Description("Target-group flags (rule H12).").Resolve(c => c.FromVacancy(v => Codes(v.TargetGroups)));
        Field<StringGraphType>("coProductionId").Resolve(c => c.FromVacancy(v => v.CoProductionId));
        Field<StringGraphType>("duplicatedFrom").Description("The closed vacancy this one duplicates (rule H15).").Resolve(c => c.FromVacancy(v => v.DuplicatedFrom));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralType>>>>("referrals").Description("Proposed candidates (rule H14).").Resolve(c => c.FromVacancy(v => v.Referrals));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("placements").Description("Booked placements (bookings).").Resolve(c => c.FromVacancy(v => v.Placements));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoverType>>>>("handovers").Description("Hand-overs and take-overs (rules H11, H15).").Resolve(c => c.FromVacancy(v => v.Handovers));
    }

    internal static IReadOnlyList<string> Codes(TargetGroupSet groups) => [.. groups.Select(TargetGroupCodes.ToCode)];
}

/// <summary>The GraphQL type of a referral (verwijzing).</summary>
internal sealed class ReferralType : ObjectGraphType<Referral>
{
    public ReferralType()
    {
        Name = "Referral";
        Description = "A candidate proposed on a vacancy (verwijzing, rule H14).";
        Field<NonNullGraphType<StringGraphType>>("candidate").Description("The candidate's pseudonym (never a BSN).").Requires(Access.Records).Resolve(c => c.Source.Candidate.Value);
        Field<NonNullGraphType<StringGraphType>>("referredBy").Resolve(c => c.Source.ReferredBy.ToString());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("targetGroups").Resolve(c => VacancyType.Codes(c.Source.TargetGroups));
        Field<NonNullGraphType<StringGraphType>>("proposedAt").Resolve(c => Iso.Instant(c.Source.ProposedAt));
    }
}

/// <summary>The GraphQL type of a hand-over (overdracht).</summary>
internal sealed class HandoverType : ObjectGraphType<VacancyHandover>
{
    public HandoverType()
    {
        Name = "Handover";
        Description = "A vacancy passed from one partner to another (overdracht).";
        Field<NonNullGraphType<StringGraphType>>("from").Resolve(c => c.Source.From.ToString());
        Field<NonNullGraphType<StringGraphType>>("to").Resolve(c => c.Source.To.ToString());
        Field<NonNullGraphType<StringGraphType>>("at").Resolve(c => Iso.Instant(c.Source.At));
        Field<NonNullGraphType<StringGraphType>>("rule").Description("H11 (hand-over) or H15 (take-over on a chain partner's hire).").Resolve(c => c.Source.Rule.Value);
    }
}

/// <summary>The GraphQL type of a placement (plaatsing).</summary>
internal sealed class PlacementType : ObjectGraphType<Placement>
{
    public PlacementType()
    {
        Name = "Placement";
        Description = "A placement (plaatsing): a vacancy filled by a target-group candidate.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("vacancyId").Resolve(c => c.Source.VacancyId);
        Field<VacancyType>("vacancy").Description("The vacancy, batch-loaded; null for an imported placement whose vacancy is not in the store.").Resolve(c => c.LoadVacancy(c.Source.VacancyId));
        Field<NonNullGraphType<StringGraphType>>("employerKvk").Resolve(c => c.Source.Employer.ToString());
        Field<NonNullGraphType<MunicipalityType>>("municipality").Resolve(c => c.Source.Municipality);
        Field<NonNullGraphType<LabourMarketRegionType>>("region").Resolve(c => c.Source.Region);
        Field<NonNullGraphType<StringGraphType>>("sectorCode").Resolve(c => c.Source.SectorCode);
        Field<NonNullGraphType<StringGraphType>>("candidate").Description("The candidate's pseudonym (never a BSN).").Requires(Access.Records).Resolve(c => c.Source.Candidate.Value);
        Field<NonNullGraphType<StringGraphType>>("bookingPartner").Resolve(c => c.Source.BookingPartner.ToString());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("targetGroups").Resolve(c => VacancyType.Codes(c.Source.TargetGroups));
        Field<NonNullGraphType<StringGraphType>>("start").Resolve(c => Iso.Date(c.Source.Start));
        Field<StringGraphType>("end").Resolve(c => Iso.Date(c.Source.End));
        Field<NonNullGraphType<FloatGraphType>>("hoursPerWeek").Resolve(c => (double)c.Source.HoursPerWeek);
        Field<NonNullGraphType<FloatGraphType>>("jobs").Description("Hours per week / 25.5.").Resolve(c => (double)c.Source.Jobs);
        Field<NonNullGraphType<EmployerKindType>>("employerKind").Resolve(c => c.Source.EmployerKind);
        Field<StringGraphType>("arrangementId").Resolve(c => c.Source.ArrangementId);
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

/// <summary>Open or closed vacancy.</summary>
internal sealed class VacancyStatusType : EnumerationGraphType<VacancyStatus>
{
    public VacancyStatusType()
    {
        Name = "VacancyStatus";
        Description = "Open (candidates may be proposed) or closed.";
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
