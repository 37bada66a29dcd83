using System.Linq.Expressions;

namespace Wsp.Sdk.Specifications;

/// <summary>One ordering key of a <see cref="Specification{T}"/>.</summary>
/// <typeparam name="T">The type queried.</typeparam>
/// <remarks>Instances are immutable and thread-safe.</remarks>
public abstract class OrderExpression<T>
{
    private protected OrderExpression(LambdaExpression keySelector, bool descending)
    {
        KeySelector = keySelector;
        Descending = descending;
    }

    /// <summary>Gets the key, for stores that translate the expression to their own query text.</summary>
    public LambdaExpression KeySelector { get; }

    /// <summary>Gets a value indicating whether the order is descending.</summary>
    public bool Descending { get; }

    internal abstract IOrderedQueryable<T> ApplyFirst(IQueryable<T> source);

    internal abstract IOrderedQueryable<T> ApplyNext(IOrderedQueryable<T> source);

    internal abstract IOrderedEnumerable<T> ApplyFirst(IEnumerable<T> source);

    internal abstract IOrderedEnumerable<T> ApplyNext(IOrderedEnumerable<T> source);
}

/// <summary>An ordering key of a known type; keeps the key typed so LINQ providers translate it without casts.</summary>
/// <typeparam name="T">The type queried.</typeparam>
/// <typeparam name="TKey">The key's type.</typeparam>
internal sealed class OrderExpression<T, TKey> : OrderExpression<T>
{
    private readonly Expression<Func<T, TKey>> _key;
    private readonly Lazy<Func<T, TKey>> _compiled;

    internal OrderExpression(Expression<Func<T, TKey>> key, bool descending)
        : base(key, descending)
    {
        _key = key;
        _compiled = new Lazy<Func<T, TKey>>(key.Compile);
    }

    internal override IOrderedQueryable<T> ApplyFirst(IQueryable<T> source) =>
        Descending ? source.OrderByDescending(_key) : source.OrderBy(_key);

    internal override IOrderedQueryable<T> ApplyNext(IOrderedQueryable<T> source) =>
        Descending ? source.ThenByDescending(_key) : source.ThenBy(_key);

    internal override IOrderedEnumerable<T> ApplyFirst(IEnumerable<T> source) =>
        Descending ? source.OrderByDescending(_compiled.Value) : source.OrderBy(_compiled.Value);

    internal override IOrderedEnumerable<T> ApplyNext(IOrderedEnumerable<T> source) =>
        Descending ? source.ThenByDescending(_compiled.Value) : source.ThenBy(_compiled.Value);
}
