using GraphQL;
using GraphQL.Types;
using NodaTime;
using Wsp.Gateway.Errors;
using Wsp.Sdk.Calendar;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.Employers;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Gateway.Schema;

/// <summary>
/// The figures of issue 18: extra jobs against the imported baseline (extra-jobs/1) and durable placements
/// (placement-durability/1), each one call of the caller's client, disclosed for the caller as the extracts and the
/// dashboard render them; and the national targets through any year (the 125,000 carried forward after 2025).
/// </summary>
internal static class DurabilityAndExtraJobsFields
{
    public static void AddDurabilityAndExtraJobsFields(this ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ExtraJobsType>>("extraJobs")
            .Description("Extra job-agreement jobs at a date per region and employer kind (counting definition extra-jobs): the jobs (job-agreement-jobs) minus the imported baseline (nulmeting, `wsp import baseline`); the same numbers as `wsp extract extra-jobs`. A municipality sees its own regions.")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("at", "The measuring date (ISO), after the baseline's date.")
            .Argument<StringGraphType>("region", "Only this region.")
            .ResolveAsync(async c =>
            {
                var at = Iso.ParseDate(c.GetArgument<string>("at"), "at");

                // A measuring date not after the baseline's is the client's ArgumentException: BAD_USER_INPUT.
                return await c.Client().ExtraJobsAsync(at, null, FigureArguments.Region(c), c.CancellationToken).ConfigureAwait(false)
                    ?? throw new ExecutionError("No job-agreement baseline is imported: import one with `wsp import baseline FILE`.") { Code = ErrorCodes.NotFound };
            });

        query.Field<NonNullGraphType<PlacementDurabilityType>>("placementDurability")
            .Description("Durable placements (counting definition placement-durability): of the placements started in a period, those still running 6 and 12 months after their start, per region, sector, target group and partner as asked; a municipality sees its own regions.")
            .Requires(Access.Aggregates)
            .Argument<NonNullGraphType<StringGraphType>>("from", "First start day (ISO).")
            .Argument<NonNullGraphType<StringGraphType>>("to", "Last start day (ISO), included.")
            .Argument<StringGraphType>("measuringDate", "The records' date (ISO): a mark after it is not measured yet; today (Europe/Amsterdam) when left out.")
            .Argument<StringGraphType>("region", "Only this region.")
            .Argument<ListGraphType<NonNullGraphType<PlacementDimensionType>>>("by", "Group by REGION, SECTOR, TARGET_GROUP and/or PARTNER.")
            .ResolveAsync(async c =>
            {
                // A dimension durability is not grouped by (EMPLOYER, ARRANGEMENT) is the client's ArgumentException: BAD_USER_INPUT.
                LocalDate? measuringDate = c.GetArgument<string?>("measuringDate") is { } text ? Iso.ParseDate(text, "measuringDate") : null;
                return await c.Client().PlacementDurabilityAsync(FigureArguments.Period(c), FigureArguments.By(c), measuringDate, FigureArguments.Region(c), c.CancellationToken).ConfigureAwait(false);
            });

        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobAgreementTargetType>>>>("nationalJobAgreementTargets")
            .Description("The national job-agreement targets per year from 2015 through a year: the published schedule to 2025, after it the 125,000 (100,000 market, 25,000 government) carried forward, as carriedForwardFrom and the source say.")
            .Argument<IntGraphType>("through", "The last year; the current year (Europe/Amsterdam) when left out.")
            .Resolve(c =>
            {
                var through = c.GetArgument<int?>("through") ?? DutchCalendar.Today(c.RequestServices!.GetRequiredService<IClock>()).Year;
                return through is < 2015 or > 2100 ? throw InputValues.Bad("through", "lies outside 2015–2100") : JobAgreementTargets.NationalThrough(through);
            });
    }
}

/// <summary>The GraphQL type of extra jobs (extra banen, extra-jobs/1), rendered as disclosed for the caller.</summary>
internal sealed class ExtraJobsType : ObjectGraphType<DisclosedFigure<ExtraJobsReport, ExtraJobsCount>>
{
    public ExtraJobsType()
    {
        Name = "ExtraJobs";
        Description = "Extra job-agreement jobs at a date: jobs (hours / 25.5) minus the baseline's, per region and employer kind.";
        Field<NonNullGraphType<StringGraphType>>("definition").Description("The counting definition with its version.").Resolve(c => c.Source.Result.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("jobsDefinition").Description("The definition the jobs at the date are counted by.").Resolve(c => c.Source.Result.JobsDefinition.ToString());
        Field<NonNullGraphType<StringGraphType>>("date").Resolve(c => Iso.Date(c.Source.Result.Date));
        Field<NonNullGraphType<StringGraphType>>("baselineDate").Resolve(c => Iso.Date(c.Source.Result.Baseline.Date));
        Field<NonNullGraphType<StringGraphType>>("baselineSource").Description("Where the baseline comes from (the imported file's name and SHA-256).").Resolve(c => c.Source.Result.Baseline.Source);
        Field<FloatGraphType>("jobs").Description(DisclosedCounts.Withheld).Resolve(c => (double?)DisclosedExtraJobs.Jobs(c.Source));
        Field<NonNullGraphType<FloatGraphType>>("baselineJobs").Resolve(c => (double)c.Source.Result.BaselineJobs);
        Field<FloatGraphType>("extraJobs").Description("Null when the jobs are withheld or a group has no baseline cell.").Resolve(c => (double?)DisclosedExtraJobs.ExtraJobs(c.Source));
        Field<FloatGraphType>("marketExtraJobs").Description("Extra jobs of market employers; null when withheld or not covered by the baseline.").Resolve(c => (double?)DisclosedExtraJobs.ExtraJobsFor(c.Source, EmployerKind.Market));
        Field<FloatGraphType>("governmentExtraJobs").Description("Extra jobs of government employers; null when withheld or not covered by the baseline.").Resolve(c => (double?)DisclosedExtraJobs.ExtraJobsFor(c.Source, EmployerKind.Government));
        this.AddSuppressedField("the jobs are", f => f.Total.Suppression);
        this.AddDisclosureField(f => f.Disclosure);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ExtraJobsCountType>>>>("groups").Resolve(c => c.Source.Groups);
    }
}

/// <summary>The GraphQL type of one region's and employer kind's extra jobs.</summary>
internal sealed class ExtraJobsCountType : ObjectGraphType<SuppressedGroup<ExtraJobsCount>>
{
    public ExtraJobsCountType()
    {
        Name = "ExtraJobsCount";
        Description = "Extra job-agreement jobs of one region and employer kind.";
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Group.Region.ToString());
        Field<NonNullGraphType<EmployerKindType>>("employerKind").Resolve(c => c.Source.Group.EmployerKind);
        Field<FloatGraphType>("jobs").Description(DisclosedCounts.Withheld).Resolve(c => (double?)DisclosedExtraJobs.JobsOf(c.Source));
        Field<FloatGraphType>("baselineJobs").Description("Null when the baseline has no cell for the group (never taken as 0).").Resolve(c => (double?)c.Source.Group.BaselineJobs);
        Field<FloatGraphType>("extraJobs").Description("Null when the jobs are withheld or the group has no baseline.").Resolve(c => (double?)DisclosedExtraJobs.ExtraJobsOf(c.Source));
        this.AddSuppressedField("the jobs are", g => g.Suppression);
    }
}

/// <summary>The GraphQL type of durable placements (duurzame plaatsing, placement-durability/1), rendered as disclosed for the caller.</summary>
internal sealed class PlacementDurabilityType : ObjectGraphType<DisclosedDurability>
{
    public PlacementDurabilityType()
    {
        Name = "PlacementDurability";
        Description = "Of the placements started in a period, those still running 6 and 12 months after their start (end date empty or on or after the mark), at a measuring date.";
        Field<NonNullGraphType<StringGraphType>>("definition").Resolve(c => c.Source.Result.Definition.ToString());
        Field<NonNullGraphType<StringGraphType>>("from").Resolve(c => Iso.Date(c.Source.Result.Period.Start));
        Field<NonNullGraphType<StringGraphType>>("to").Resolve(c => Iso.Date(c.Source.Result.Period.End));
        Field<NonNullGraphType<StringGraphType>>("measuringDate").Resolve(c => Iso.Date(c.Source.Result.MeasuringDate));
        Field<NonNullGraphType<PlacementDurabilityGroupType>>("total").Description("The whole period, each placement counted once.").Resolve(c => c.Source.Total);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlacementDurabilityGroupType>>>>("groups").Resolve(c => c.Source.Groups);
        this.AddDisclosureField(f => f.Disclosure);
    }
}

/// <summary>The GraphQL type of one group's durable placements.</summary>
internal sealed class PlacementDurabilityGroupType : ObjectGraphType<DisclosedDurabilityGroup>
{
    public PlacementDurabilityGroupType()
    {
        Name = "PlacementDurabilityGroup";
        Description = "Durable placements of one group; a dimension not grouped by is null. A share is running / measured, null when none was measured.";
        Field<StringGraphType>("region").Resolve(c => c.Source.Group.Region?.ToString());
        Field<StringGraphType>("sectorCode").Resolve(c => c.Source.Group.SectorCode);
        Field<StringGraphType>("targetGroup").Resolve(c => c.Source.Group.TargetGroup is { } g ? TargetGroupCodes.ToCode(g) : null);
        Field<StringGraphType>("partner").Resolve(c => c.Source.Group.Partner?.ToString());
        Field<IntGraphType>("started").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.Started.Count);
        Field<IntGraphType>("measuredAtSixMonths").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.MeasuredAtSixMonths.Count);
        Field<IntGraphType>("runningAtSixMonths").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.RunningAtSixMonths.Count);
        Field<FloatGraphType>("shareRunningAtSixMonths").Resolve(c => (double?)c.Source.ShareRunningAtSixMonths);
        Field<IntGraphType>("measuredAtTwelveMonths").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.MeasuredAtTwelveMonths.Count);
        Field<IntGraphType>("runningAtTwelveMonths").Description(DisclosedCounts.Withheld).Resolve(c => c.Source.RunningAtTwelveMonths.Count);
        Field<FloatGraphType>("shareRunningAtTwelveMonths").Resolve(c => (double?)c.Source.ShareRunningAtTwelveMonths);
        this.AddSuppressedField("any of the counts is", g => g.Suppression);
    }
}
