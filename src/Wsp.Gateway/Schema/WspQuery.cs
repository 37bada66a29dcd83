using GraphQL;
using GraphQL.Types;
using Wsp.Gateway.Errors;
using Wsp.Gateway.Hosting;
using Wsp.Sdk.Counting;
using Wsp.Sdk.Geography;
using Wsp.Sdk.JobAgreements;
using Wsp.Sdk.Sectors;
using Wsp.Sdk.TargetGroups;

namespace Wsp.Gateway.Schema;

/// <summary>The root query: public reference data, and (with a token) records and figures from the store.</summary>
internal sealed class WspQuery : ObjectGraphType
{
    public WspQuery(Gazetteer gazetteer, GatewayLimits limits)
    {
        Name = "Query";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<LabourMarketRegionType>>>>("regions")
            .Description("The 35 labour market regions, ordered by code.")
            .Resolve(_ => gazetteer.Regions)
            .ReferenceData();
        Field<LabourMarketRegionType>("region")
            .Description("A labour market region by its code, for example AM21; null when no region has it.")
            .Argument<NonNullGraphType<StringGraphType>>("code")
            .Resolve(c => gazetteer.FindRegion(c.GetArgument<string>("code")))
            .ReferenceData();
        Field<MunicipalityType>("municipality")
            .Description("A municipality by code (GM0518) or by name as people type it (den haag, Weesp), current or former. A name that fits several municipalities is an error listing them.")
            .Argument<StringGraphType>("code")
            .Argument<StringGraphType>("name")
            .Resolve(c => FindMunicipality(gazetteer, c.GetArgument<string?>("code"), c.GetArgument<string?>("name")))
            .ReferenceData();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>>("municipalities")
            .Description("The municipalities a name fits (none, one, or the candidates of an ambiguous name); without a name, every current municipality.")
            .Argument<StringGraphType>("name")
            .Resolve(c => c.GetArgument<string?>("name") is { } name ? gazetteer.MatchMunicipality(name).Candidates : gazetteer.Municipalities)
            .ReferenceData();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<CountingDefinitionType>>>>("countingDefinitions")
            .Description("The counting definitions every figure comes from.")
            .Resolve(_ => CountingDefinition.All)
            .ReferenceData();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProvinceType>>>>("provinces")
            .Description("The twelve provinces.")
            .Resolve(_ => gazetteer.Provinces)
            .ReferenceData();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SectorClassificationType>>>>("sectorClassifications")
            .Description("The sector classifications the SDK ships.")
            .Resolve(_ => new[] { SectorClassifications.Haaglanden2015 })
            .ReferenceData();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TargetGroupType>>>>("targetGroups")
            .Description("The target groups (rule L7) and who books their placements (rule H15).")
            .Resolve(_ => Enum.GetValues<TargetGroup>())
            .ReferenceData();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<JobAgreementTargetType>>>>("jobAgreementTargets")
            .Description("Job-agreement targets: national per year, and regional ones (rule H2).")
            .Resolve(_ => JobAgreementTargets.National.Append(JobAgreementTargets.Haaglanden2016).ToArray())
            .ReferenceData();
        this.AddEmployerFields(limits);
        this.AddVacancyFields(limits);
        this.AddPlacementFields(limits);
        this.AddArrangementFields(limits);
        this.AddManagementInformationFields();
        this.AddDurabilityAndExtraJobsFields();
        this.AddRegionalProjectFields();
        this.AddWorkQueueFields();
    }

    private static Municipality? FindMunicipality(Gazetteer gazetteer, string? code, string? name)
    {
        if ((code is null) == (name is null))
        {
            throw new ExecutionError("Give either code or name.") { Code = ErrorCodes.BadUserInput };
        }

        if (code is not null)
        {
            return gazetteer.FindMunicipality(code);
        }

        var match = gazetteer.MatchMunicipality(name!);
        if (match.Status == MatchStatus.Ambiguous)
        {
            throw new AmbiguousNameError(
                $"'{name}' fits {match.Candidates.Count} municipalities: {string.Join(", ", match.Candidates.Select(m => $"{m.Name} ({m.Code})"))}.",
                [.. match.Candidates.Select(m => m.Code.ToString())]);
        }

        return match.Value;
    }
}
