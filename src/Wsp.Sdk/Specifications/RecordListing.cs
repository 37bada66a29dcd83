using System.Linq.Expressions;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Specifications;

/// <summary>A list query the client builds for one call: criteria over a summary, narrowed to the caller's regions.</summary>
/// <typeparam name="T">The summary type.</typeparam>
internal sealed class RecordListing<T> : Specification<T>
{
    private static readonly System.Reflection.MethodInfo s_contains = new Func<IEnumerable<string>, string, bool>(Enumerable.Contains).Method;

    public RecordListing(Action<SpecificationBuilder<T>> build) => build(Query);

    /// <summary>Narrows to the regions given (null: no narrowing), as one equality or one <c>IN</c> the stores translate.</summary>
    public static void Narrow(SpecificationBuilder<T> query, IReadOnlyCollection<RegionCode>? regions, Expression<Func<T, string>> region)
    {
        if (regions is null)
        {
            return;
        }

        var codes = regions.Select(r => r.ToString()).ToArray();
        var parameter = region.Parameters[0];
        Expression body = codes.Length == 1
            ? Expression.Equal(region.Body, Expression.Constant(codes[0]))
            : Expression.Call(s_contains, Expression.Constant(codes, typeof(IEnumerable<string>)), region.Body);
        query.Where(Expression.Lambda<Func<T, bool>>(body, parameter));
    }
}
