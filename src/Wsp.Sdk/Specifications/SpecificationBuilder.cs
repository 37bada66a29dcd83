using System.Linq.Expressions;

namespace Wsp.Sdk.Specifications;

/// <summary>Describes a <see cref="Specification{T}"/> fluently: <c>Query.Where(…).OrderBy(…).Take(20)</c>.</summary>
/// <typeparam name="T">The type queried.</typeparam>
public sealed class SpecificationBuilder<T>
{
    private readonly Specification<T> _specification;

    internal SpecificationBuilder(Specification<T> specification) => _specification = specification;

    /// <summary>Adds a criterion; an item must satisfy every criterion.</summary>
    /// <param name="criterion">The criterion, translatable by the stores (simple member comparisons).</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="criterion"/> is null.</exception>
    public SpecificationBuilder<T> Where(Expression<Func<T, bool>> criterion)
    {
        _specification.AddCriterion(criterion);
        return this;
    }

    /// <summary>Orders by a key, ascending; a second call orders within the first.</summary>
    /// <typeparam name="TKey">The key's type.</typeparam>
    /// <param name="keySelector">The key.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keySelector"/> is null.</exception>
    public SpecificationBuilder<T> OrderBy<TKey>(Expression<Func<T, TKey>> keySelector)
    {
        _specification.AddOrdering(new OrderExpression<T, TKey>(Preconditions.CheckNotNull(keySelector), descending: false));
        return this;
    }

    /// <summary>Orders by a key, descending; a second call orders within the first.</summary>
    /// <typeparam name="TKey">The key's type.</typeparam>
    /// <param name="keySelector">The key.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="keySelector"/> is null.</exception>
    public SpecificationBuilder<T> OrderByDescending<TKey>(Expression<Func<T, TKey>> keySelector)
    {
        _specification.AddOrdering(new OrderExpression<T, TKey>(Preconditions.CheckNotNull(keySelector), descending: true));
        return this;
    }

    /// <summary>Skips the first <paramref name="count"/> items (after ordering).</summary>
    /// <param name="count">How many, not negative.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative.</exception>
    public SpecificationBuilder<T> Skip(int count)
    {
        _specification.SetSkip(count);
        return this;
    }

    /// <summary>Returns at most <paramref name="count"/> items.</summary>
    /// <param name="count">How many, at least 1.</param>
    /// <returns>This builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public SpecificationBuilder<T> Take(int count)
    {
        _specification.SetTake(count);
        return this;
    }
}
