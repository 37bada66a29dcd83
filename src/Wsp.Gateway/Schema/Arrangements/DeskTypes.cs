using GraphQL.Types;
using Wsp.Sdk.Arrangements;
using Wsp.Sdk.Geography;

namespace Wsp.Gateway.Schema;

/// <summary>The GraphQL type of the national desk's organisation (landelijk werkgeversservicepunt, rule L4).</summary>
internal sealed class NationalDeskType : ObjectGraphType<NationalDesk>
{
    public NationalDeskType()
    {
        Name = "NationalDesk";
        Description = "The national desk's organisation: one contact person per region, advisors with their sectors and adoption regions (rule L4).";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RegionContactType>>>>("contacts")
            .Description("Each region's one contact person, by region code.")
            .Resolve(c => c.Source.Contacts.OrderBy(p => p.Key).Select(p => new RegionContact(p.Key, p.Value)).ToArray());
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AdvisorType>>>>("advisors")
            .Description("The desk's advisors, by id.")
            .Resolve(c => c.Source.Advisors.Values.OrderBy(a => a.Id, StringComparer.Ordinal).ToArray());
    }
}

/// <summary>A region's contact person (contactpersoon).</summary>
internal sealed record RegionContact(RegionCode Region, string Person);

/// <summary>The GraphQL type of <see cref="RegionContact"/>.</summary>
internal sealed class RegionContactType : ObjectGraphType<RegionContact>
{
    public RegionContactType()
    {
        Name = "RegionContact";
        Description = "A region's one contact person (contactpersoon, rule L4): the municipality code whose token speaks for the region.";
        Field<NonNullGraphType<StringGraphType>>("region").Resolve(c => c.Source.Region.ToString());
        Field<NonNullGraphType<StringGraphType>>("person").Resolve(c => c.Source.Person);
    }
}

/// <summary>The GraphQL type of an advisor of the desk (adviseur).</summary>
internal sealed class AdvisorType : ObjectGraphType<Advisor>
{
    public AdvisorType()
    {
        Name = "Advisor";
        Description = "An advisor (adviseur) of the national desk with sectors and adoption regions (rule L4).";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("sectors").Description("Sector codes.").Resolve(c => c.Source.SectorCodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("adoptionRegions").Description("Region codes (adoptieregio's).").Resolve(c => c.Source.AdoptionRegions.Select(r => r.ToString()).ToArray());
    }
}
