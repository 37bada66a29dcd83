using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Wsp.Gateway.Security;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
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
        Field<FloatGraphType>("jobs").Description(Withheld).Resolve(c => Total(c) is { } t ? Jobs(t.Measure) : (double)c.Source.Jobs);
        Field<FloatGraphType>("hoursPerWeek").Description(Withheld).Resolve(c => Total(c) is { } t ? (double?)t.Measure : (double)c.Source.HoursPerWeek);
        Field<IntGraphType>("workingPersons").Description(Withheld).Resolve(c => Total(c) is { } t ? t.Count : c.Source.WorkingPersons);
        this.AddSuppressedField("the totals are", c => Total(c)?.Suppression ?? SuppressionKind.None);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobAgreementCountType>>>>("groups").Resolve(c => c.Source.Groups);
    }

    internal const string Withheld = "Null when withheld for the ministry (see suppressed).";

    internal static double? Jobs(decimal? hours) => hours is { } h ? (double)Sdk.JobAgreements.JobAgreement.ToJobs(h) : null;

    private static SuppressedEntry? Total(IResolveFieldContext<JobAgreementStockResult> context) =>
        MinistrySuppression.Figure<JobAgreementCount>(context, context.Source)?.Total;
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
        Field<FloatGraphType>("jobs").Description(JobAgreementStockType.Withheld).Resolve(c => Group(c) is { } g ? JobAgreementStockType.Jobs(g.Measure) : (double)c.Source.Jobs);
        Field<FloatGraphType>("hoursPerWeek").Description(JobAgreementStockType.Withheld).Resolve(c => Group(c) is { } g ? (double?)g.Measure : (double)c.Source.HoursPerWeek);
        Field<IntGraphType>("workingPersons").Description(JobAgreementStockType.Withheld).Resolve(c => Group(c) is { } g ? g.Count : c.Source.WorkingPersons);
        this.AddSuppressedField("the working persons, hours and jobs are", c => Group(c)?.Suppression ?? SuppressionKind.None);
    }

    private static SuppressedGroup<JobAgreementCount>? Group(IResolveFieldContext<JobAgreementCount> context) => MinistrySuppression.Group(context, context.Source);
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
        Field<IntGraphType>("total").Description(JobAgreementStockType.Withheld).Resolve(c => TotalKind(c) == SuppressionKind.None ? c.Source.Total : null);
        this.AddSuppressedField("the total is", TotalKind);
        Field<NonNullGraphType<ConnectionType<PlacementCountType>>>("groups")
            .Description("The groups holding at least one placement, ordered by region, sector, target group, employer, partner and arrangement; paged, as a count by employer has as many groups as employers.")
            .GroupPageArguments(limits)
            .Resolve(c => MinistrySuppression.Page(c, c.Source, c.Source.Groups, limits));
    }

    // The placements counted (by target group the groups add up to more): withheld with the table's grand total, or when small itself.
    private static SuppressionKind TotalKind(IResolveFieldContext<PlacementFlowResult> context) =>
        MinistrySuppression.Figure<PlacementCount>(context, context.Source)?.Total switch
        {
            null => SuppressionKind.None,
            { IsSuppressed: true } total => total.Suppression,
            _ when context.Source.Total > 0 && context.Source.Total < MinistrySuppression.Suppression.Threshold => SuppressionKind.SmallCount,
            _ => SuppressionKind.None,
        };
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
        Field<IntGraphType>("placements").Description(JobAgreementStockType.Withheld).Resolve(c => Group(c) is { } g ? g.Count : c.Source.Placements);
        this.AddSuppressedField("the placements are", c => Group(c)?.Suppression ?? SuppressionKind.None);
    }

    private static SuppressedGroup<PlacementCount>? Group(IResolveFieldContext<PlacementCount> context) => MinistrySuppression.Group(context, context.Source);
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
