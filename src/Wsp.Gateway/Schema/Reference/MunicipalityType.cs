using GraphQL.Types;
using Wsp.Sdk.Geography;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of a municipality (gemeente), current or former.</summary>
internal sealed class MunicipalityType : ObjectGraphType<Municipality>
{
    public MunicipalityType()
    {
        Name = "Municipality";
        Description = "A municipality (gemeente), current or former, with the region and province of its last year.";
        Field<NonNullGraphType<StringGraphType>>("code").Description("CBS code, for example GM0518.").Resolve(c => c.Source.Code.ToString()).ReferenceData();
        Field(m => m.Name).Description("Official CBS name, for example 's-Gravenhage.").ReferenceData();
        Field<LabourMarketRegionType>("region").Description("Labour market region in the municipality's last year; null when it vanished before the regions existed (2010–2013).").Resolve(c => c.Source.Region).ReferenceData();
        Field<NonNullGraphType<StringGraphType>>("province").Description("Province name in the municipality's last year.").Resolve(c => c.Source.Province.Name).ReferenceData();
        Field(m => m.IsCurrent).Description("Whether the municipality exists in the reference year.").ReferenceData();
        Field(m => m.LastYear).Description("The last year in which it existed; the reference year for a current one.").ReferenceData();
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("formerNames").Description("Names this code had before a rename.").Resolve(c => c.Source.FormerNames).ReferenceData();
    }
}
