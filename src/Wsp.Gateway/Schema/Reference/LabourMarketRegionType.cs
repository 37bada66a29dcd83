using GraphQL.Types;
using Wsp.Sdk.Geography;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of a labour market region (arbeidsmarktregio).</summary>
internal sealed class LabourMarketRegionType : ObjectGraphType<LabourMarketRegion>
{
    public LabourMarketRegionType()
    {
        Name = "LabourMarketRegion";
        Description = "A labour market region (arbeidsmarktregio), served by one employer service point.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("CBS code, for example AM21.").Resolve(c => c.Source.Code.ToString()).ReferenceData();
        Field(r => r.Name).Description("CBS name, for example Haaglanden.").ReferenceData();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MunicipalityType>>>>("municipalities").Description("The region's current municipalities, ordered by name.").Resolve(c => c.Source.Municipalities).ReferenceData();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("provinces").Description("Names of the provinces the region's municipalities lie in.").Resolve(c => c.Source.Provinces.Select(p => p.Name)).ReferenceData();
    }
}
