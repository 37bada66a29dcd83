using GraphQL.Types;
using GraphQL.Types.Relay;
using Wsp.Gateway.Security;
using Wsp.Sdk.Counting;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of a job-agreement stock (banenafspraak op een meetmoment).</summary>
internal sealed class JobAgreementStockType : ObjectGraphType<JobAgreementStockResult>
{
    public JobAgreementStockType()
    {
        Name = "JobAgreementStock";
        Description = "Job-agreement jobs at a date (a stock): hours of active BANENAFSPRAAK placements / 25.5, per region and employer kind.";
        Field<NonNullGraphType<StringGraphType>>("definition").Description("The counting definition with its version.").Resolve(c => c.Source.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("date").Resolve(c => Iso.Date(c.Source.Date));
        Field<NonNullGraphType<FloatGraphType>>("jobs").Resolve(c => (double)c.Source.Jobs);
        Field<NonNullGraphType<FloatGraphType>>("hoursPerWeek").Resolve(c => (double)c.Source.HoursPerWeek);
        Field<NonNullGraphType<IntGraphType>>("workingPersons").Resolve(c => c.Source.WorkingPersons);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobAgreementCountType>>>>("groups").Resolve(c => c.Source.Groups);
    }
}

/// <summary>The GraphQL type of one group of a job-agreement stock.</summary>
internal sealed class JobAgreementCountType : ObjectGraphType<JobAgreementCount>
{
    public JobAgreementCountType()
    {
        Name = "JobAgreementCount";
        Description = "Job-agreement jobs of one region and employer kind.";
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Region.ToString());
        Field<NonNullGraphType<EmployerKindType>>("employerKind").Resolve(c => c.Source.EmployerKind);
        Field<NonNullGraphType<FloatGraphType>>("jobs").Resolve(c => (double)c.Source.Jobs);
        Field<NonNullGraphType<FloatGraphType>>("hoursPerWeek").Resolve(c => (double)c.Source.HoursPerWeek);
        Field<NonNullGraphType<IntGraphType>>("workingPersons").Resolve(c => c.Source.WorkingPersons);
    }
}

/// <summary>The GraphQL type of a placements flow (plaatsingen in een periode).</summary>
internal sealed class PlacementFlowType : ObjectGraphType<PlacementFlowResult>
{
    public PlacementFlowType(GatewayLimits limits)
    {
        Name = "PlacementFlow";
        Description = "Placements that started in a period (a flow), optionally grouped.";
        Field<NonNullGraphType<StringGraphType>>("definition").Resolve(c => c.Source.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("from").Resolve(c => Iso.Date(c.Source.Period.Start));
        Field<NonNullGraphType<StringGraphType>>("to").Resolve(c => Iso.Date(c.Source.Period.End));
        Field<NonNullGraphType<IntGraphType>>("total").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ConnectionType<PlacementCountType>>>("groups")
            .Description("The groups holding at least one placement, ordered by region, sector, target group, employer, partner and arrangement; paged, as a count by employer has as many groups as employers.")
            .GroupPageArguments(limits)
            .Resolve(c => Paging.Groups(c, c.Source.Groups, limits));
    }
}

/// <summary>The GraphQL type of one group of a placements flow.</summary>
internal sealed class PlacementCountType : ObjectGraphType<PlacementCount>
{
    public PlacementCountType()
    {
        Name = "PlacementCount";
        Description = "Placements of one group; a dimension not grouped by is null.";
        Field<StringGraphType>("region").Resolve(c => c.Source.Group.Region?.ToString());
        Field<StringGraphType>("sectorCode").Resolve(c => c.Source.Group.SectorCode);
        Field<StringGraphType>("targetGroup").Resolve(c => c.Source.Group.TargetGroup is { } g ? TargetGroupCodes.ToCode(g) : null);
        Field<StringGraphType>("employerKvk").Resolve(c => c.Source.Group.Employer?.ToString());
        Field<StringGraphType>("partner").Resolve(c => c.Source.Group.Partner?.ToString());
        Field<StringGraphType>("arrangementId").Resolve(c => c.Source.Group.ArrangementId);
        Field<NonNullGraphType<IntGraphType>>("placements").Resolve(c => c.Source.Placements);
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
