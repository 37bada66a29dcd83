using GraphQL.Types;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Geography;
using Wsp.Sdk.TargetGroups;
using Wsp.Sdk.Vacancies;

namespace Wsp.Gateway.Schema;

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
        Field<NonNullGraphType<VacancyStatusType>>("status")
            .Description("OPEN, CLOSED, or EXPIRED: open but past expiresOn (today by the Dutch calendar); an expired vacancy is reactivated before its workplaces are raised (rule H15).")
            .Resolve(c => c.Source.Summary.StatusOn(DutchCalendar.Today(c.Client().Options.Clock)));
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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SelectionCriterionType>>>>("selection").Description("Selection on age, sex or origin (rule H12): only on a vacancy flagged for a target group other than REGULAR.").Resolve(c => c.FromVacancy(v => SelectionCriterionType.Of(v.Selection)));
        Field<StringGraphType>("coProductionId").Resolve(c => c.FromVacancy(v => v.CoProductionId));
        Field<StringGraphType>("duplicatedFrom").Description("The closed vacancy this one duplicates for its owner, a chain partner with a hire there (rule H15); it keeps that vacancy's positions and receipt, and is neither late (H10) nor a new vacancy in any figure.").Resolve(c => c.FromVacancy(v => v.DuplicatedFrom));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralType>>>>("referrals").Description("Proposed candidates (rule H14).").Resolve(c => c.FromVacancy(v => v.Referrals));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementType>>>>("placements").Description("Booked placements (bookings).").Resolve(c => c.FromVacancy(v => v.Placements));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HandoverType>>>>("handovers").Description("Hand-overs and take-overs (rules H11, H15).").Resolve(c => c.FromVacancy(v => v.Handovers));
        Field<VacancyCloseReasonType>("closeReason").Description("Why it was closed; null while open.").Resolve(c => c.FromVacancy(v => v.CloseReason));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancyChangeType>>>>("corrections").Description("Corrections of its title, last day, positions and publication, oldest first: who, when, from what to what.").Resolve(c => c.FromVacancy(v => v.Corrections));
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


/// <summary>A ground of selection the anti-discrimination rules forbid outside target-group vacancies (rule H12).</summary>
internal sealed class SelectionCriterionType : EnumerationGraphType
{
    private static readonly SelectionCriteria[] s_each = [SelectionCriteria.Age, SelectionCriteria.Sex, SelectionCriteria.Origin];

    public SelectionCriterionType()
    {
        Name = "SelectionCriterion";
        Description = "Selection on age (leeftijd), sex (geslacht) or origin (afkomst): only on a vacancy flagged for a target group other than REGULAR (rule H12).";
        Add("AGE", SelectionCriteria.Age);
        Add("SEX", SelectionCriteria.Sex);
        Add("ORIGIN", SelectionCriteria.Origin);
    }

    /// <summary>The single criteria of a combination, in the enumeration's order.</summary>
    public static IReadOnlyList<SelectionCriteria> Of(SelectionCriteria selection) => [.. s_each.Where(c => (selection & c) != 0)];
}

/// <summary>Open, closed or expired vacancy.</summary>
internal sealed class VacancyStatusType : EnumerationGraphType<VacancyStatus>
{
    public VacancyStatusType()
    {
        Name = "VacancyStatus";
        Description = "Open (candidates may be proposed), closed, or expired: past expiresOn and not closed (derived from the date).";
    }
}


/// <summary>Why a vacancy was closed.</summary>
internal sealed class VacancyCloseReasonType : EnumerationGraphType<VacancyCloseReason>
{
    public VacancyCloseReasonType()
    {
        Name = "VacancyCloseReason";
        Description = "Why a vacancy was closed: filled, withdrawn, handed over (H11) or duplicated (H15).";
    }
}


/// <summary>The GraphQL type of a vacancy correction.</summary>
internal sealed class VacancyChangeType : ObjectGraphType<VacancyChange>
{
    public VacancyChangeType()
    {
        Name = "VacancyChange";
        Description = "A corrected field of a vacancy: its audit trail.";
        Field<NonNullGraphType<StringGraphType>>("at").Description("UTC.").Resolve(c => Iso.Instant(c.Source.At));
        Field<NonNullGraphType<StringGraphType>>("partner").Resolve(c => c.Source.Partner.ToString());
        Field<NonNullGraphType<StringGraphType>>("field").Description("title, expiresOn, positions or publication.").Resolve(c => c.Source.Field);
        Field<NonNullGraphType<StringGraphType>>("from").Resolve(c => c.Source.From);
        Field<NonNullGraphType<StringGraphType>>("to").Resolve(c => c.Source.To);
    }
}


/// <summary>The GraphQL type of a co-production.</summary>
internal sealed class CoProductionType : ObjectGraphType<CoProduction>
{
    public CoProductionType()
    {
        Name = "CoProduction";
        Description = "A co-production (rule H13): 10 or more positions filled by several partners, each with its own vacancy under the same employer and co-production id; its vacancies in the regions the partner may read.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<VacancyType>>>>("vacancies").Description("First registered first.").Resolve(c => c.Source.Vacancies.Select(VacancyNode.Of).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("partners").Description("The partners with a vacancy in it: UWV or municipality codes.").Resolve(c => c.Source.Partners.Select(p => p.ToString()).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("employers").Description("The KvK numbers of its vacancies: one when it is sound.").Resolve(c => c.Source.Employers.Select(k => k.ToString()).ToArray());
        Field<NonNullGraphType<BooleanGraphType>>("hasOneEmployer").Description("Every vacancy is of the same employer (rule H13).").Resolve(c => c.Source.HasOneEmployer);
        Field<NonNullGraphType<BooleanGraphType>>("hasEnoughPartners").Description("At least two partners take part (rule H13).").Resolve(c => c.Source.HasEnoughPartners);
        Field<NonNullGraphType<IntGraphType>>("positions").Description("Positions asked for, over its vacancies.").Resolve(c => c.Source.Positions);
        Field<NonNullGraphType<IntGraphType>>("placements").Description("Placements booked, over its vacancies.").Resolve(c => c.Source.Placements);
    }
}

