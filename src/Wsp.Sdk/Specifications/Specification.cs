using System.Linq.Expressions;

namespace Wsp.Sdk.Specifications;

/// <summary>
/// A query of the domain (specificatie), written once and evaluated by every store: criteria, ordering and paging,
/// shaped like Ardalis.Specification. Derive from it and describe the query in the constructor through
/// <see cref="Query"/>; stores apply it with <see cref="SpecificationEvaluator"/> (LINQ) or translate it themselves.
/// </summary>
/// <typeparam name="T">The type queried.</typeparam>
/// <remarks>A specification is built in its constructor and not changed after; it is then safe to share between threads.</remarks>
public abstract class Specification<T>
{
    private readonly List<Expression<Func<T, bool>>> _criteria = [];
    private readonly List<OrderExpression<T>> _ordering = [];
    private Func<T, bool>? _compiled;

    /// <summary>Initializes a specification; describe it with <see cref="Query"/>.</summary>
    protected Specification() => Query = new SpecificationBuilder<T>(this);

    /// <summary>Gets the builder that describes the query.</summary>
    protected SpecificationBuilder<T> Query { get; }

    /// <summary>Gets the criteria; an item must satisfy all of them.</summary>
    public IReadOnlyList<Expression<Func<T, bool>>> Criteria => _criteria;

    /// <summary>Gets the ordering, most significant first.</summary>
    public IReadOnlyList<OrderExpression<T>> Ordering => _ordering;

    /// <summary>Gets the number of items to skip, or null.</summary>
    public int? Skip { get; private set; }

    /// <summary>Gets the most items to return, or null for all.</summary>
    public int? Take { get; private set; }

    /// <summary>Returns whether <paramref name="item"/> satisfies every criterion.</summary>
    /// <param name="item">The item.</param>
    /// <returns>Whether it satisfies the criteria.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="item"/> is null.</exception>
    public bool IsSatisfiedBy(T item)
    {
        ArgumentNullException.ThrowIfNull(item);
        _compiled ??= Compile(_criteria);
        return _compiled(item);
    }

    internal void AddCriterion(Expression<Func<T, bool>> criterion) => _criteria.Add(Preconditions.CheckNotNull(criterion));

    internal void AddOrdering(OrderExpression<T> ordering) => _ordering.Add(ordering);

    internal void SetSkip(int skip) => Skip = Preconditions.CheckArgumentRange(skip, 0, int.MaxValue);

    internal void SetTake(int take) => Take = Preconditions.CheckArgumentRange(take, 1, int.MaxValue);

    private static Func<T, bool> Compile(List<Expression<Func<T, bool>>> criteria)
    {
        var compiled = criteria.Select(c => c.Compile()).ToArray();
        return item => compiled.All(c => c(item));
    }
}
