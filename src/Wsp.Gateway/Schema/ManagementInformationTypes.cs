using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Wsp.Gateway.Security;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.ManagementInformation;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of arrangement monitoring (monitoring landelijke afspraken, rule L5).</summary>
internal sealed class ArrangementMonitoringType : ObjectGraphType<ArrangementMonitoringReport>
{
    public ArrangementMonitoringType()
    {
        Name = "ArrangementMonitoring";
        Description = "Placements realised per arrangement per region in a period, against the arrangement's job opportunities (rule L5).";
        Field<NonNullGraphType<StringGraphType>>("figure").Resolve(c => c.Source.Figure.ToString());
        Field<NonNullGraphType<StringGraphType>>("definition").Resolve(c => c.Source.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("from").Resolve(c => Iso.Date(c.Source.Period.Start));
        Field<NonNullGraphType<StringGraphType>>("to").Resolve(c => Iso.Date(c.Source.Period.End));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArrangementResultType>>>>("arrangements").Resolve(c => c.Source.Arrangements);
    }
}

/// <summary>The GraphQL type of one arrangement's monitoring.</summary>
internal sealed class ArrangementResultType : ObjectGraphType<ArrangementResult>
{
    public ArrangementResultType()
    {
        Name = "ArrangementResult";
        Description = "One arrangement's placements in the period against its job opportunities (rule L5).";
        Field<NonNullGraphType<IdGraphType>>("arrangementId").Resolve(c => c.Source.ArrangementId);
        Field<NonNullGraphType<StringGraphType>>("employerName").Resolve(c => c.Source.EmployerName);
        Field<NonNullGraphType<ArrangementStatusType>>("status").Resolve(c => c.Source.Status);
        Field<NonNullGraphType<IntGraphType>>("jobOpportunities").Resolve(c => c.Source.JobOpportunities);
        Field<NonNullGraphType<BooleanGraphType>>("meetsPreferredJobOpportunities").Resolve(c => c.Source.MeetsPreferredJobOpportunities);
        Field<IntGraphType>("placements").Description("Over all regions. " + JobAgreementStockType.Withheld).Resolve(c => Total(c) is { } t ? t.Count : c.Source.Placements);
        Field<FloatGraphType>("realisation").Description("Placements / job opportunities; null without job opportunities, and withheld with the placements.").Resolve(c => Total(c) is { IsSuppressed: true } ? null : (double?)c.Source.Realisation);
        this.AddSuppressedField("the placements and realisation are", c => Total(c)?.Suppression ?? SuppressionKind.None);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArrangementRegionResultType>>>>("regions")
            .Description("Per region, in the regions whose figures the partner may read.")
            .Resolve(c => c.Source.Regions.Where(r => c.Partner().CanReadAggregates(r.Region)).ToArray());
    }

    private static SuppressedEntry? Total(IResolveFieldContext<ArrangementResult> context) =>
        MinistrySuppression.Figure<ArrangementRegionResult>(context, context.Source)?.RowTotal(context.Source.ArrangementId);
}

/// <summary>The GraphQL type of one region's monitoring of an arrangement.</summary>
internal sealed class ArrangementRegionResultType : ObjectGraphType<ArrangementRegionResult>
{
    public ArrangementRegionResultType()
    {
        Name = "ArrangementRegionResult";
        Description = "One region's standing on an arrangement and its placements under it in the period (rule L5).";
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Region.ToString());
        Field<RegionParticipationType>("participation").Resolve(c => c.Source.Participation);
        Field<IntGraphType>("signedVersion").Resolve(c => c.Source.SignedVersion);
        Field<IntGraphType>("signedJobOpportunities").Resolve(c => c.Source.SignedJobOpportunities);
        Field<IntGraphType>("placements").Description(JobAgreementStockType.Withheld).Resolve(c => Group(c) is { } g ? g.Count : c.Source.Placements);
        this.AddSuppressedField("the placements are", c => Group(c)?.Suppression ?? SuppressionKind.None);
    }

    private static SuppressedGroup<ArrangementRegionResult>? Group(IResolveFieldContext<ArrangementRegionResult> context) => MinistrySuppression.Group(context, context.Source);
}

/// <summary>The GraphQL type of ambition against realisation (ambitie en realisatie, rule H4).</summary>
internal sealed class AmbitionRealisationType : ObjectGraphType<AmbitionRealisationReport>
{
    public AmbitionRealisationType()
    {
        Name = "AmbitionRealisation";
        Description = "Placement ambition against realisation per sector and partner in a year (rule H4).";
        Field<NonNullGraphType<StringGraphType>>("figure").Resolve(c => c.Source.Figure.ToString());
        Field<NonNullGraphType<StringGraphType>>("definition").Resolve(c => c.Source.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Region.ToString());
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(c => c.Source.Year);
        Field<NonNullGraphType<StringGraphType>>("classification").Resolve(c => c.Source.ClassificationId);
        Field<NonNullGraphType<IntGraphType>>("totalAmbition").Resolve(c => c.Source.TotalAmbition);
        Field<IntGraphType>("totalRealised").Description(JobAgreementStockType.Withheld).Resolve(c => Total(c) is { } t ? t.Count : c.Source.TotalRealised);
        Field<FloatGraphType>("totalRatio").Description("totalRealised / totalAmbition; null when nothing was aimed for, and withheld with totalRealised.").Resolve(c => Total(c) is { IsSuppressed: true } ? null : (double?)c.Source.TotalRatio);
        this.AddSuppressedField("totalRealised and totalRatio are", c => Total(c)?.Suppression ?? SuppressionKind.None);
        Field<IntGraphType>("outsideTable").Description("Placements in the year outside the table's sectors and partners. Null when withheld for the ministry (see outsideTableSuppressed).").Resolve(c => Outside(c) is { } o ? o.Count : c.Source.OutsideTable);
        this.AddSuppressedField("outsideTable is", c => Outside(c)?.Suppression ?? SuppressionKind.None, "outsideTableSuppressed");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AmbitionCellType>>>>("cells").Resolve(c => c.Source.Cells);
    }

    private static SuppressedEntry? Total(IResolveFieldContext<AmbitionRealisationReport> context) =>
        MinistrySuppression.Figure<AmbitionCell>(context, context.Source)?.Total;

    private static SuppressedEntry? Outside(IResolveFieldContext<AmbitionRealisationReport> context) =>
        MinistrySuppression.Applies(context) ? SuppressedFigures.OutsideTable(context.Source, MinistrySuppression.Suppression) : null;
}

/// <summary>The GraphQL type of one sector × partner cell.</summary>
internal sealed class AmbitionCellType : ObjectGraphType<AmbitionCell>
{
    public AmbitionCellType()
    {
        Name = "AmbitionCell";
        Description = "Ambition and realisation of one sector and partner (rule H4).";
        Field<NonNullGraphType<StringGraphType>>("sectorCode").Resolve(c => c.Source.SectorCode);
        Field<NonNullGraphType<StringGraphType>>("partner").Resolve(c => c.Source.Partner.ToString());
        Field<NonNullGraphType<IntGraphType>>("ambition").Resolve(c => c.Source.Ambition);
        Field<IntGraphType>("realised").Description(JobAgreementStockType.Withheld).Resolve(c => Group(c) is { } g ? g.Count : c.Source.Realised);
        Field<FloatGraphType>("ratio").Description("realised / ambition; null when nothing was aimed for, and withheld with realised.").Resolve(c => Group(c) is { IsSuppressed: true } ? null : (double?)c.Source.Ratio);
        this.AddSuppressedField("realised and ratio are", c => Group(c)?.Suppression ?? SuppressionKind.None);
    }

    private static SuppressedGroup<AmbitionCell>? Group(IResolveFieldContext<AmbitionCell> context) => MinistrySuppression.Group(context, context.Source);
}

/// <summary>The GraphQL type of a job-agreement breakdown (banen per sector, werkgever en partner, rule H6).</summary>
internal sealed class JobAgreementBreakdownType : ObjectGraphType<JobAgreementBreakdownResult>
{
    public JobAgreementBreakdownType(GatewayLimits limits)
    {
        Name = "JobAgreementBreakdown";
        Description = "Job-agreement jobs at a date grouped by sector, employer and/or partner (rule H6).";
        Field<NonNullGraphType<StringGraphType>>("figure").Resolve(c => c.Source.Figure.ToString());
        Field<NonNullGraphType<StringGraphType>>("definition").Resolve(c => c.Source.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("date").Resolve(c => Iso.Date(c.Source.Date));
        Field<FloatGraphType>("jobs").Description(JobAgreementStockType.Withheld).Resolve(c => Total(c) is { } t ? JobAgreementStockType.Jobs(t.Measure) : (double)c.Source.Jobs);
        Field<FloatGraphType>("hoursPerWeek").Description(JobAgreementStockType.Withheld).Resolve(c => Total(c) is { } t ? (double?)t.Measure : (double)c.Source.HoursPerWeek);
        Field<IntGraphType>("workingPersons").Description(JobAgreementStockType.Withheld).Resolve(c => Total(c) is { } t ? t.Count : c.Source.WorkingPersons);
        this.AddSuppressedField("the totals are", c => Total(c)?.Suppression ?? SuppressionKind.None);
        Field<NonNullGraphType<ConnectionType<JobAgreementGroupType>>>("groups")
            .Description("The groups holding at least one working person, ordered by region, sector, employer, partner and arrangement; paged, as a breakdown by employer has as many groups as employers.")
            .GroupPageArguments(limits)
            .Resolve(c => MinistrySuppression.Page(c, c.Source, c.Source.Groups, limits));
    }

    private static SuppressedEntry? Total(IResolveFieldContext<JobAgreementBreakdownResult> context) =>
        MinistrySuppression.Figure<JobAgreementGroup>(context, context.Source)?.Total;
}

/// <summary>The GraphQL type of one group of a job-agreement breakdown.</summary>
internal sealed class JobAgreementGroupType : ObjectGraphType<JobAgreementGroup>
{
    public JobAgreementGroupType()
    {
        Name = "JobAgreementGroup";
        Description = "Job-agreement jobs of one group; dimensions not grouped by are null.";
        Field<StringGraphType>("region").Resolve(c => c.Source.Group.Region?.ToString());
        Field<StringGraphType>("sectorCode").Resolve(c => c.Source.Group.SectorCode);
        Field<StringGraphType>("employerKvk").Resolve(c => c.Source.Group.Employer?.ToString());
        Field<StringGraphType>("partner").Resolve(c => c.Source.Group.Partner?.ToString());
        Field<StringGraphType>("arrangementId").Resolve(c => c.Source.Group.ArrangementId);
        Field<FloatGraphType>("jobs").Description(JobAgreementStockType.Withheld).Resolve(c => Group(c) is { } g ? JobAgreementStockType.Jobs(g.Measure) : (double)c.Source.Jobs);
        Field<FloatGraphType>("hoursPerWeek").Description(JobAgreementStockType.Withheld).Resolve(c => Group(c) is { } g ? (double?)g.Measure : (double)c.Source.HoursPerWeek);
        Field<IntGraphType>("workingPersons").Description(JobAgreementStockType.Withheld).Resolve(c => Group(c) is { } g ? g.Count : c.Source.WorkingPersons);
        this.AddSuppressedField("the working persons, hours and jobs are", c => Group(c)?.Suppression ?? SuppressionKind.None);
    }

    private static SuppressedGroup<JobAgreementGroup>? Group(IResolveFieldContext<JobAgreementGroup> context) => MinistrySuppression.Group(context, context.Source);
}

/// <summary>The GraphQL type of late vacancy registrations (te laat geregistreerde vacatures, rule H10).</summary>
internal sealed class LateRegistrationReportType : ObjectGraphType<LateRegistrationReport>
{
    public LateRegistrationReportType()
    {
        Name = "LateVacancyRegistrations";
        Description = "Vacancies registered in a period and those registered more than 24 hours after receipt, per region (rule H10).";
        Field<NonNullGraphType<StringGraphType>>("figure").Resolve(c => c.Source.Figure.ToString());
        Field<NonNullGraphType<StringGraphType>>("from").Resolve(c => Iso.Date(c.Source.Period.Start));
        Field<NonNullGraphType<StringGraphType>>("to").Resolve(c => Iso.Date(c.Source.Period.End));
        Field<NonNullGraphType<IntGraphType>>("registered").Resolve(c => c.Source.Registered);
        Field<NonNullGraphType<IntGraphType>>("late").Resolve(c => c.Source.Late);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LateRegistrationCountType>>>>("regions").Resolve(c => c.Source.Regions);
    }
}

/// <summary>The GraphQL type of one region's late registrations.</summary>
internal sealed class LateRegistrationCountType : ObjectGraphType<LateRegistrationCount>
{
    public LateRegistrationCountType()
    {
        Name = "LateRegistrationCount";
        Description = "One region's registered and late vacancies (rule H10).";
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Region.ToString());
        Field<NonNullGraphType<IntGraphType>>("registered").Resolve(c => c.Source.Registered);
        Field<NonNullGraphType<IntGraphType>>("late").Resolve(c => c.Source.Late);
        Field<NonNullGraphType<FloatGraphType>>("lateShare").Resolve(c => (double)c.Source.LateShare);
    }
}
