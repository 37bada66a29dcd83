using Wsp.Sdk.Specifications;

namespace Wsp.Gateway.Schema;

/// <summary>A specification built by the resolver that asks for a page.</summary>
/// <typeparam name="T">The summary type.</typeparam>
internal sealed class PageSpecification<T> : Specification<T>
{
    public PageSpecification(Action<SpecificationBuilder<T>> build) => build(Query);
}
