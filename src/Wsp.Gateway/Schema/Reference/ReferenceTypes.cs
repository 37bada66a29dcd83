using GraphQL.Types;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.Partners;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of a province (provincie).</summary>
internal sealed class ProvinceType : ObjectGraphType<Province>
{
    public ProvinceType()
    {
        Name = "Province";
        Description = "A province (provincie).";
        Field(p => p.Code).Description("CBS code, for example PV28.").ReferenceData();
        Field(p => p.Name).Description("Name, for example Zuid-Holland.").ReferenceData();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>>("municipalities").Description("The province's current municipalities.").Resolve(c => c.Source.Municipalities).ReferenceData();
    }
}

/// <summary>The GraphQL type of a sector classification (branche-indeling).</summary>
internal sealed class SectorClassificationType : ObjectGraphType<SectorClassification>
{
    public SectorClassificationType()
    {
        Name = "SectorClassification";
        Description = "A sector classification (branche-indeling): regions classify sectors their own way, so it is data.";
        Field(s => s.Id).Description("Its id, for example haaglanden-2015.").ReferenceData();
        Field(s => s.Year).Description("The year it was made for.").ReferenceData();
        Field(s => s.Description).Description("Where it comes from.").ReferenceData();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorType>>>>("sectors").Description("Its sectors.").Resolve(c => c.Source.Sectors).ReferenceData();
    }
}

/// <summary>The GraphQL type of a sector (branche).</summary>
internal sealed class SectorType : ObjectGraphType<Sector>
{
    public SectorType()
    {
        Name = "Sector";
        Description = "A sector (branche) of a classification.";
        Field(s => s.Code).Description("Code used in sector_code, for example RETAIL.").ReferenceData();
        Field(s => s.Name, nullable: true).Description("Dutch name; null where the source lost it.").ReferenceData();
    }
}

/// <summary>The GraphQL type of a target group (doelgroep).</summary>
internal sealed class TargetGroupType : ObjectGraphType<TargetGroup>
{
    public TargetGroupType()
    {
        Name = "TargetGroup";
        Description = "A target group (doelgroep) and who books its placements (rule H15).";
        Field<NonNullGraphType<StringGraphType>>("code").Description("Code, for example BANENAFSPRAAK.").Resolve(c => TargetGroupCodes.ToCode(c.Source)).ReferenceData();
        Field<NonNullGraphType<StringGraphType>>("bookedBy").Description("UWV, MUNICIPALITY or EITHER (rule H15).").Resolve(c => BookedBy(c.Source)).ReferenceData();
    }

    private static string BookedBy(TargetGroup group)
    {
        var set = TargetGroupSet.Of(group);
        var uwv = BookingPartner.Uwv.MayBook(set);
        var municipality = BookingPartner.ForMunicipality(MunicipalityCode.Parse("GM0518")).MayBook(set);
        return (uwv, municipality) switch
        {
            (true, true) => "EITHER",
            (true, false) => "UWV",
            _ => "MUNICIPALITY",
        };
    }
}

/// <summary>The GraphQL type of a job-agreement target (banenafspraak-doel).</summary>
internal sealed class JobAgreementTargetType : ObjectGraphType<JobAgreementTarget>
{
    public JobAgreementTargetType()
    {
        Name = "JobAgreementTarget";
        Description = "A job-agreement target (banenafspraak): extra jobs by a deadline, market and government.";
        Field<StringGraphType>("region").Description("The region's code; null for a national target.").Resolve(c => c.Source.Region?.ToString()).ReferenceData();
        Field<NonNullGraphType<StringGraphType>>("deadline").Description("The deadline (ISO date).").Resolve(c => Iso.Date(c.Source.Deadline)).ReferenceData();
        Field(t => t.Market).Description("Jobs by market employers.").ReferenceData();
        Field(t => t.Government).Description("Jobs by government employers.").ReferenceData();
        Field(t => t.Total).Description("Market plus government.").ReferenceData();
        Field(t => t.ConfirmedBySources).Description("Whether sources confirm the figure (else it follows the published schedule).").ReferenceData();
        Field(t => t.Source).Description("Where the figure comes from.").ReferenceData();
        Field<StringGraphType>("carriedForwardFrom").Description("The deadline (ISO) whose target this one carries forward (the 125,000 after 2025); null for a target of its own date.").Resolve(c => c.Source.CarriedForwardFrom is { } d ? Iso.Date(d) : null).ReferenceData();
    }
}
