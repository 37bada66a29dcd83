using System.Linq.Expressions;
using Wsp.Sdk.Geography;

namespace Wsp.Sdk.Specifications;

/// <summary>
/// The criterion "in one of these regions" over a summary's region code, built so every store translates it: one
/// region is an equality (the Cosmos store reads its partition key from it), several are <c>Enumerable.Contains</c>
/// (SQL <c>IN</c>), none matches nothing.
/// </summary>
internal static class RegionCriterion
{
    private static readonly System.Reflection.MethodInfo s_contains = new Func<IEnumerable<string>, string, bool>(Enumerable.Contains).Method;

    public static Expression<Func<T, bool>> Of<T>(IReadOnlyCollection<RegionCode> regions, Expression<Func<T, string>> regionCode)
    {
        var codes = regions.Select(r => Preconditions.CheckInitialized(r, nameof(regions)).ToString()).Distinct(StringComparer.Ordinal).ToArray();
        var parameter = regionCode.Parameters[0];
        Expression body = codes.Length switch
        {
            0 => Expression.Constant(false),
            1 => Expression.Equal(regionCode.Body, Expression.Constant(codes[0])),

            // Called as a static method: C# 14 would bind array.Contains to MemoryExtensions over a span, which not every LINQ provider knows.
            _ => Expression.Call(s_contains, Expression.Constant(codes), regionCode.Body),
        };
        return Expression.Lambda<Func<T, bool>>(body, parameter);
    }
}
