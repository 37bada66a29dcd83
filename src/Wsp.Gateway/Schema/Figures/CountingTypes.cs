using GraphQL.Types;
using GraphQL.Types.Relay;
using Wsp.Gateway.Hosting;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of a job-agreement stock (banenafspraak op een meetmoment), rendered as disclosed for the caller.</summary>
internal sealed class JobAgreementStockType : ObjectGraphType<DisclosedFigure<JobAgreementStockResult, JobAgreementCount>>
{
    public JobAgreementStockType()
    {
        Name = "JobAgreementStock";
        Description = "Job-agreement jobs at a date (a stock): hours of active BANENAFSPRAAK placements / 25.5, per region and employer kind; working persons are distinct candidates per booking partner (H3).";
        Field<NonNullGraphType<StringGraphType>>("definition").Description("The counting definition with its version.").Resolve(c => c.Source.Result.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("date").Resolve(c => Iso.Date(c.Source.Result.Date));
        Field<FloatGraphType>("jobs").Description(DisclosedCounts.Withheld).Resolve(c => DisclosedCounts.Jobs(c.Source.Total.Measure));
        Field<FloatGraphType>("hoursPerWeek").Description(DisclosedCounts.Withheld).Resolve(c => (double?)c.Source.Total.Measure);
        Field<IntGraphType>("workingPersons").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Total.Count);
        this.AddSuppressedField("the totals are", f => f.Total.Suppression);
        this.AddDisclosureField(f => f.Disclosure);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobAgreementCountType>>>>("groups")
            .Description("The regions and kinds with working persons; for the ministry only those whose counts are published.")
            .Resolve(c => c.Source.Groups);
    }
}

/// <summary>The GraphQL type of one group of a job-agreement stock.</summary>
internal sealed class JobAgreementCountType : ObjectGraphType<SuppressedGroup<JobAgreementCount>>
{
    public JobAgreementCountType()
    {
        Name = "JobAgreementCount";
        Description = "Job-agreement jobs of one region and employer kind.";
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Group.Region.ToString());
        Field<NonNullGraphType<EmployerKindType>>("employerKind").Resolve(c => c.Source.Group.EmployerKind);
        Field<FloatGraphType>("jobs").Description(DisclosedCounts.Withheld).Resolve(c => DisclosedCounts.Jobs(c.Source.Measure));
        Field<FloatGraphType>("hoursPerWeek").Description(DisclosedCounts.Withheld).Resolve(c => (double?)c.Source.Measure);
        Field<IntGraphType>("workingPersons").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Count);
        this.AddSuppressedField("the working persons, hours and jobs are", g => g.Suppression);
    }
}

/// <summary>The GraphQL type of a placements flow (plaatsingen in een periode), rendered as disclosed for the caller.</summary>
internal sealed class PlacementFlowType : ObjectGraphType<DisclosedFigure<PlacementFlowResult, PlacementCount>>
{
    public PlacementFlowType(GatewayLimits limits)
    {
        Name = "PlacementFlow";
        Description = "Placements that started in a period (a flow), optionally grouped.";
        Field<NonNullGraphType<StringGraphType>>("definition").Resolve(c => c.Source.Result.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("from").Resolve(c => Iso.Date(c.Source.Result.Period.Start));
        Field<NonNullGraphType<StringGraphType>>("to").Resolve(c => Iso.Date(c.Source.Result.Period.End));
        Field<IntGraphType>("total").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Total.Count);
        this.AddSuppressedField("the total is", f => f.Total.Suppression);
        this.AddDisclosureField(f => f.Disclosure);
        Field<NonNullGraphType<ConnectionType<PlacementCountType>>>("groups")
            .Description("The groups holding at least one placement (for the ministry: those whose counts are published), ordered by region, sector, target group, employer, partner and arrangement; paged, as a count by employer has as many groups as employers.")
            .GroupPageArguments(limits)
            .Resolve(c => Paging.Groups(c, c.Source.Groups, limits));
    }
}

/// <summary>The GraphQL type of one group of a placements flow.</summary>
internal sealed class PlacementCountType : ObjectGraphType<SuppressedGroup<PlacementCount>>
{
    public PlacementCountType()
    {
        Name = "PlacementCount";
        Description = "Placements of one group; a dimension not grouped by is null.";
        Field<StringGraphType>("region").Resolve(c => c.Source.Group.Group.Region?.ToString());
        Field<StringGraphType>("sectorCode").Resolve(c => c.Source.Group.Group.SectorCode);
        Field<StringGraphType>("targetGroup").Resolve(c => c.Source.Group.Group.TargetGroup is { } g ? TargetGroupCodes.ToCode(g) : null);
        Field<StringGraphType>("employerKvk").Resolve(c => c.Source.Group.Group.Employer?.ToString());
        Field<StringGraphType>("partner").Resolve(c => c.Source.Group.Group.Partner?.ToString());
        Field<StringGraphType>("arrangementId").Resolve(c => c.Source.Group.Group.ArrangementId);
        Field<IntGraphType>("placements").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Count);
        this.AddSuppressedField("the placements are", g => g.Suppression);
    }
}

/// <summary>What a placements flow is grouped by.</summary>
internal sealed class PlacementDimensionType : EnumerationGraphType
{
    public PlacementDimensionType()
    {
        Name = "PlacementDimension";
        Description = "A dimension a placements flow can be grouped by (rule H6).";
        Add("REGION", PlacementDimensions.Region);
        Add("SECTOR", PlacementDimensions.Sector);
        Add("TARGET_GROUP", PlacementDimensions.TargetGroup);
        Add("EMPLOYER", PlacementDimensions.Employer);
        Add("PARTNER", PlacementDimensions.Partner);
        Add("ARRANGEMENT", PlacementDimensions.Arrangement);
    }
}
