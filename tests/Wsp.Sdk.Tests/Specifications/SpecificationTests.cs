using Wsp.Sdk.Geography;
using Wsp.Sdk.Specifications;

namespace Wsp.Sdk.Tests.Specifications;

public sealed class SpecificationTests
{
    [Fact]
    public void Criteria_ordering_and_paging_apply_in_that_order_in_memory()
    {
        var page = SpecificationEvaluator.Evaluate(Gazetteer.Default.Municipalities, new MunicipalitiesOfRegion("AM21", skip: 2, take: 3)).ToArray();
        var all = Gazetteer.Default.FindRegion("AM21")!.Municipalities.OrderByDescending(m => m.Name, StringComparer.Ordinal).ToArray();
        Assert.Equal(all.Skip(2).Take(3), page);
    }

    [Fact]
    public void A_queryable_source_gets_the_same_query_as_an_in_memory_one()
    {
        var specification = new MunicipalitiesOfRegion("AM18", skip: 1, take: 2);
        var queried = SpecificationEvaluator.Apply(Gazetteer.Default.Municipalities.AsQueryable(), specification).ToArray();
        var evaluated = SpecificationEvaluator.Evaluate(Gazetteer.Default.Municipalities, specification).ToArray();
        Assert.Equal(evaluated, queried);
        Assert.Equal(2, queried.Length);
    }

    [Fact]
    public void Later_orderings_order_within_earlier_ones()
    {
        var ordered = SpecificationEvaluator.Evaluate(Gazetteer.Default.Municipalities, new ByProvinceThenName()).ToArray();
        Assert.Equal(
            Gazetteer.Default.Municipalities.OrderBy(m => m.Province.Code, StringComparer.Ordinal).ThenBy(m => m.Name, StringComparer.Ordinal),
            ordered);
    }

    [Fact]
    public void IsSatisfiedBy_tests_one_item_against_every_criterion()
    {
        var specification = new MunicipalitiesOfRegion("AM21");
        Assert.True(specification.IsSatisfiedBy(Gazetteer.Default.FindMunicipality("GM0503")!));
        Assert.False(specification.IsSatisfiedBy(Gazetteer.Default.FindMunicipality("GM0363")!));
        Assert.Throws<ArgumentNullException>(() => specification.IsSatisfiedBy(null!));
        Assert.Equal(2, specification.Criteria.Count);
        Assert.Single(specification.Ordering);
        Assert.True(specification.Ordering[0].Descending);
    }

    [Fact]
    public void Paging_arguments_out_of_range_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new MunicipalitiesOfRegion("AM21", skip: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new MunicipalitiesOfRegion("AM21", take: 0));
        Assert.Throws<ArgumentNullException>(() => SpecificationEvaluator.Evaluate(null!, new ByProvinceThenName()));
        Assert.Throws<ArgumentNullException>(() => SpecificationEvaluator.Apply(Array.Empty<Municipality>().AsQueryable(), null!));
    }

    private sealed class MunicipalitiesOfRegion : Specification<Municipality>
    {
        public MunicipalitiesOfRegion(string region, int? skip = null, int? take = null)
        {
            var code = RegionCode.Parse(region);
            Query.Where(m => m.IsCurrent).Where(m => m.Region != null && m.Region.Code == code).OrderByDescending(m => m.Name);
            if (skip is { } s)
            {
                Query.Skip(s);
            }

            if (take is { } t)
            {
                Query.Take(t);
            }
        }
    }

    private sealed class ByProvinceThenName : Specification<Municipality>
    {
        public ByProvinceThenName() => Query.OrderBy(m => m.Province.Code).OrderBy(m => m.Name);
    }
}
