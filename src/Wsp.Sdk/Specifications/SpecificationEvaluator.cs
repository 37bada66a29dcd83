namespace Wsp.Sdk.Specifications;

/// <summary>
/// Applies a <see cref="Specification{T}"/> to a LINQ source: an <see cref="IQueryable{T}"/> of a store (EF Core,
/// Cosmos LINQ), or an in-memory sequence. Kept apart from the specifications, so a store can replace it.
/// </summary>
public static class SpecificationEvaluator
{
    /// <summary>Applies criteria, ordering and paging, in that order, to a queryable source.</summary>
    /// <typeparam name="T">The type queried.</typeparam>
    /// <param name="source">The source.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The query.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IQueryable<T> Apply<T>(IQueryable<T> source, Specification<T> specification)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(specification);
        foreach (var criterion in specification.Criteria)
        {
            source = source.Where(criterion);
        }

        if (specification.Ordering.Count > 0)
        {
            var ordered = specification.Ordering[0].ApplyFirst(source);
            foreach (var next in specification.Ordering.Skip(1))
            {
                ordered = next.ApplyNext(ordered);
            }

            source = ordered;
        }

        if (specification.Skip is { } skip)
        {
            source = source.Skip(skip);
        }

        return specification.Take is { } take ? source.Take(take) : source;
    }

    /// <summary>Applies criteria, ordering and paging, in that order, to an in-memory sequence.</summary>
    /// <typeparam name="T">The type queried.</typeparam>
    /// <param name="source">The sequence.</param>
    /// <param name="specification">The specification.</param>
    /// <returns>The items that satisfy the specification, ordered and paged.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IEnumerable<T> Evaluate<T>(IEnumerable<T> source, Specification<T> specification)
    {
        Preconditions.CheckNotNull(source);
        Preconditions.CheckNotNull(specification);
        var result = source.Where(specification.IsSatisfiedBy);
        if (specification.Ordering.Count > 0)
        {
            var ordered = specification.Ordering[0].ApplyFirst(result);
            foreach (var next in specification.Ordering.Skip(1))
            {
                ordered = next.ApplyNext(ordered);
            }

            result = ordered;
        }

        if (specification.Skip is { } skip)
        {
            result = result.Skip(skip);
        }

        return specification.Take is { } take ? result.Take(take) : result;
    }
}
