using GraphQL.Types;
using GraphQL.Types.Relay;
using Wsp.Gateway.Hosting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.ManagementInformation;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of arrangement monitoring (monitoring landelijke afspraken, rule L5), rendered as disclosed for the caller.</summary>
internal sealed class ArrangementMonitoringType : ObjectGraphType<DisclosedFigure<ArrangementMonitoringReport, ArrangementRegionResult>>
{
    public ArrangementMonitoringType()
    {
        Name = "ArrangementMonitoring";
        Description = "Placements realised per arrangement per region in a period, against the arrangement's job opportunities (rule L5).";
        Field<NonNullGraphType<StringGraphType>>("figure").Resolve(c => c.Source.Result.Figure.ToString());
        Field<NonNullGraphType<StringGraphType>>("definition").Resolve(c => c.Source.Result.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("from").Resolve(c => Iso.Date(c.Source.Result.Period.Start));
        Field<NonNullGraphType<StringGraphType>>("to").Resolve(c => Iso.Date(c.Source.Result.Period.End));
        this.AddDisclosureField(f => f.Disclosure);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArrangementResultType>>>>("arrangements")
            .Resolve(c => c.Source.Result.Arrangements.Select(a => new DisclosedArrangementResult(a, c.Source.RowTotal(a.ArrangementId), c.Source.GroupsOfRow(a.ArrangementId))).ToArray());
    }
}

/// <summary>One arrangement's monitoring as disclosed: its placements are the figure's row total, its regions the row's groups.</summary>
internal sealed record DisclosedArrangementResult(ArrangementResult Arrangement, SuppressedEntry Placements, IReadOnlyList<SuppressedGroup<ArrangementRegionResult>> Regions);

/// <summary>The GraphQL type of one arrangement's monitoring.</summary>
internal sealed class ArrangementResultType : ObjectGraphType<DisclosedArrangementResult>
{
    public ArrangementResultType()
    {
        Name = "ArrangementResult";
        Description = "One arrangement's placements in the period against its job opportunities (rule L5).";
        Field<NonNullGraphType<IdGraphType>>("arrangementId").Resolve(c => c.Source.Arrangement.ArrangementId);
        Field<NonNullGraphType<StringGraphType>>("employerName").Resolve(c => c.Source.Arrangement.EmployerName);
        Field<NonNullGraphType<ArrangementStatusType>>("status").Resolve(c => c.Source.Arrangement.Status);
        Field<NonNullGraphType<IntGraphType>>("jobOpportunities").Resolve(c => c.Source.Arrangement.JobOpportunities);
        Field<NonNullGraphType<BooleanGraphType>>("meetsPreferredJobOpportunities").Resolve(c => c.Source.Arrangement.MeetsPreferredJobOpportunities);
        Field<IntGraphType>("placements").Description("Over all regions. " + DisclosedCounts.Withheld).Resolve(c => c.Source.Placements.Count);
        Field<FloatGraphType>("realisation").Description("Placements / job opportunities; null without job opportunities, and withheld with the placements.").Resolve(c => DisclosedCounts.Ratio(c.Source.Placements.Count, c.Source.Arrangement.JobOpportunities));
        this.AddSuppressedField("the placements and realisation are", a => a.Placements.Suppression);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ArrangementRegionResultType>>>>("regions")
            .Description("Per region, in the regions whose figures the partner may read; for the ministry the regions that decided, and the others whose placements are published.")
            .Resolve(c => c.Source.Regions);
    }
}

/// <summary>The GraphQL type of one region's monitoring of an arrangement.</summary>
internal sealed class ArrangementRegionResultType : ObjectGraphType<SuppressedGroup<ArrangementRegionResult>>
{
    public ArrangementRegionResultType()
    {
        Name = "ArrangementRegionResult";
        Description = "One region's standing on an arrangement and its placements under it in the period (rule L5).";
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Group.Region.ToString());
        Field<RegionParticipationType>("participation").Resolve(c => c.Source.Group.Participation);
        Field<IntGraphType>("signedVersion").Resolve(c => c.Source.Group.SignedVersion);
        Field<IntGraphType>("signedJobOpportunities").Resolve(c => c.Source.Group.SignedJobOpportunities);
        Field<IntGraphType>("placements").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Count);
        this.AddSuppressedField("the placements are", g => g.Suppression);
    }
}

/// <summary>The GraphQL type of ambition against realisation (ambitie en realisatie, rule H4), rendered as disclosed for the caller.</summary>
internal sealed class AmbitionRealisationType : ObjectGraphType<DisclosedAmbitionRealisation>
{
    public AmbitionRealisationType()
    {
        Name = "AmbitionRealisation";
        Description = "Placement ambition against realisation per sector and partner in a year (rule H4).";
        Field<NonNullGraphType<StringGraphType>>("figure").Resolve(c => c.Source.Table.Result.Figure.ToString());
        Field<NonNullGraphType<StringGraphType>>("definition").Resolve(c => c.Source.Table.Result.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Table.Result.Region.ToString());
        Field<NonNullGraphType<IntGraphType>>("year").Resolve(c => c.Source.Table.Result.Year);
        Field<NonNullGraphType<StringGraphType>>("classification").Resolve(c => c.Source.Table.Result.ClassificationId);
        Field<NonNullGraphType<IntGraphType>>("totalAmbition").Resolve(c => c.Source.Table.Result.TotalAmbition);
        Field<IntGraphType>("totalRealised").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Table.Total.Count);
        Field<FloatGraphType>("totalRatio").Description("totalRealised / totalAmbition; null when nothing was aimed for, and withheld with totalRealised.").Resolve(c => DisclosedCounts.Ratio(c.Source.Table.Total.Count, c.Source.Table.Result.TotalAmbition));
        this.AddSuppressedField("totalRealised and totalRatio are", r => r.Table.Total.Suppression);
        Field<IntGraphType>("outsideTable").Description("Placements in the year outside the table's sectors and partners. Null when withheld for the ministry (see outsideTableSuppressed).").Resolve(c => c.Source.OutsideTable.Count);
        this.AddSuppressedField("outsideTable is", r => r.OutsideTable.Suppression, "outsideTableSuppressed");
        this.AddDisclosureField(r => r.Disclosure);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AmbitionCellType>>>>("cells").Resolve(c => c.Source.Table.Groups);
    }
}

/// <summary>The GraphQL type of one sector × partner cell.</summary>
internal sealed class AmbitionCellType : ObjectGraphType<SuppressedGroup<AmbitionCell>>
{
    public AmbitionCellType()
    {
        Name = "AmbitionCell";
        Description = "Ambition and realisation of one sector and partner (rule H4).";
        Field<NonNullGraphType<StringGraphType>>("sectorCode").Resolve(c => c.Source.Group.SectorCode);
        Field<NonNullGraphType<StringGraphType>>("partner").Resolve(c => c.Source.Group.Partner.ToString());
        Field<NonNullGraphType<IntGraphType>>("ambition").Resolve(c => c.Source.Group.Ambition);
        Field<IntGraphType>("realised").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Count);
        Field<FloatGraphType>("ratio").Description("realised / ambition; null when nothing was aimed for, and withheld with realised.").Resolve(c => DisclosedCounts.Ratio(c.Source.Count, c.Source.Group.Ambition));
        this.AddSuppressedField("realised and ratio are", g => g.Suppression);
    }
}

/// <summary>The GraphQL type of a job-agreement breakdown (banen per sector, werkgever en partner, rule H6), rendered as disclosed for the caller.</summary>
internal sealed class JobAgreementBreakdownType : ObjectGraphType<DisclosedFigure<JobAgreementBreakdownResult, JobAgreementGroup>>
{
    public JobAgreementBreakdownType(GatewayLimits limits)
    {
        Name = "JobAgreementBreakdown";
        Description = "Job-agreement jobs at a date grouped by sector, employer and/or partner (rule H6).";
        Field<NonNullGraphType<StringGraphType>>("figure").Resolve(c => c.Source.Result.Figure.ToString());
        Field<NonNullGraphType<StringGraphType>>("definition").Resolve(c => c.Source.Result.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("date").Resolve(c => Iso.Date(c.Source.Result.Date));
        Field<FloatGraphType>("jobs").Description(DisclosedCounts.Withheld).Resolve(c => DisclosedCounts.Jobs(c.Source.Total.Measure));
        Field<FloatGraphType>("hoursPerWeek").Description(DisclosedCounts.Withheld).Resolve(c => (double?)c.Source.Total.Measure);
        Field<IntGraphType>("workingPersons").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Total.Count);
        this.AddSuppressedField("the totals are", f => f.Total.Suppression);
        this.AddDisclosureField(f => f.Disclosure);
        Field<NonNullGraphType<ConnectionType<JobAgreementGroupType>>>("groups")
            .Description("The groups holding at least one working person (for the ministry: those whose counts are published), ordered by region, sector, employer, partner and arrangement; paged, as a breakdown by employer has as many groups as employers.")
            .GroupPageArguments(limits)
            .Resolve(c => Paging.Groups(c, c.Source.Groups, limits));
    }
}

/// <summary>The GraphQL type of one group of a job-agreement breakdown.</summary>
internal sealed class JobAgreementGroupType : ObjectGraphType<SuppressedGroup<JobAgreementGroup>>
{
    public JobAgreementGroupType()
    {
        Name = "JobAgreementGroup";
        Description = "Job-agreement jobs of one group; dimensions not grouped by are null.";
        Field<StringGraphType>("region").Resolve(c => c.Source.Group.Group.Region?.ToString());
        Field<StringGraphType>("sectorCode").Resolve(c => c.Source.Group.Group.SectorCode);
        Field<StringGraphType>("employerKvk").Resolve(c => c.Source.Group.Group.Employer?.ToString());
        Field<StringGraphType>("partner").Resolve(c => c.Source.Group.Group.Partner?.ToString());
        Field<StringGraphType>("arrangementId").Resolve(c => c.Source.Group.Group.ArrangementId);
        Field<FloatGraphType>("jobs").Description(DisclosedCounts.Withheld).Resolve(c => DisclosedCounts.Jobs(c.Source.Measure));
        Field<FloatGraphType>("hoursPerWeek").Description(DisclosedCounts.Withheld).Resolve(c => (double?)c.Source.Measure);
        Field<IntGraphType>("workingPersons").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Count);
        this.AddSuppressedField("the working persons, hours and jobs are", g => g.Suppression);
    }
}

/// <summary>The GraphQL type of late vacancy registrations (te laat geregistreerde vacatures, rule H10), rendered as disclosed for the caller.</summary>
internal sealed class LateRegistrationReportType : ObjectGraphType<DisclosedLateRegistrations>
{
    public LateRegistrationReportType()
    {
        Name = "LateVacancyRegistrations";
        Description = "Vacancies registered in a period and those registered more than 24 hours after receipt, per region (rule H10).";
        Field<NonNullGraphType<StringGraphType>>("figure").Resolve(c => c.Source.Result.Figure.ToString());
        Field<NonNullGraphType<StringGraphType>>("from").Resolve(c => Iso.Date(c.Source.Result.Period.Start));
        Field<NonNullGraphType<StringGraphType>>("to").Resolve(c => Iso.Date(c.Source.Result.Period.End));
        Field<IntGraphType>("registered").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Registered.Count);
        this.AddSuppressedField("registered is", r => r.Registered.Suppression, "registeredSuppressed");
        Field<IntGraphType>("late").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Late.Count);
        this.AddSuppressedField("late is", r => r.Late.Suppression, "lateSuppressed");
        Field<FloatGraphType>("lateShare").Description("late / registered; null when either is withheld.").Resolve(c => (double?)c.Source.LateShare);
        this.AddDisclosureField(r => r.Disclosure);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LateRegistrationCountType>>>>("regions")
            .Description("The regions with registered vacancies; for the ministry those whose registered count is published.")
            .Resolve(c => c.Source.Regions);
    }
}

/// <summary>The GraphQL type of one region's late registrations.</summary>
internal sealed class LateRegistrationCountType : ObjectGraphType<DisclosedLateRegistrationCount>
{
    public LateRegistrationCountType()
    {
        Name = "LateRegistrationCount";
        Description = "One region's registered and late vacancies (rule H10).";
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Group.Region.ToString());
        Field<IntGraphType>("registered").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Registered.Count);
        Field<IntGraphType>("late").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Late.Count);
        this.AddSuppressedField("late is", r => r.Late.Suppression, "lateSuppressed");
        Field<FloatGraphType>("lateShare").Description("late / registered; null when late is withheld.").Resolve(c => (double?)c.Source.LateShare);
    }
}
