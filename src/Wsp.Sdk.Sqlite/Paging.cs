using System.Globalization;
using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Wsp.Sdk.Specifications;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// Evaluates a <see cref="Specification{T}"/> with EF Core over the summary columns, one page at a time. The page size
/// is the specification's <c>Take</c> (default 100); the id is the last ordering key, so pages are stable and each
/// item comes once. The continuation token is the offset of the next page.
/// </summary>
internal static class Paging
{
    public const int DefaultPageSize = 100;

    public static async Task<Page<T>> QueryAsync<T>(
        IQueryable<T> source,
        Specification<T> specification,
        Expression<Func<T, string>> id,
        string? continuationToken,
        CancellationToken cancellationToken)
    {
        Preconditions.CheckNotNull(specification);
        var offset = 0;
        if (continuationToken is not null && (!int.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            throw new ArgumentException($"'{continuationToken}' is not a continuation token of this store.", nameof(continuationToken));
        }

        foreach (var criterion in specification.Criteria)
        {
            source = source.Where(criterion);
        }

        var first = true;
        foreach (var order in specification.Ordering)
        {
            source = Order(source, order.KeySelector, order.Descending, first);
            first = false;
        }

        source = Order(source, id, descending: false, first);
        var size = specification.Take ?? DefaultPageSize;
        var items = await source.Skip((specification.Skip ?? 0) + offset).Take(size + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (items.Count <= size)
        {
            return new Page<T>(items, null);
        }

        items.RemoveAt(size);
        return new Page<T>(items, (offset + size).ToString(CultureInfo.InvariantCulture));
    }

    private static IQueryable<T> Order<T>(IQueryable<T> source, LambdaExpression key, bool descending, bool first)
    {
        var method = (first, descending) switch
        {
            (true, false) => nameof(Queryable.OrderBy),
            (true, true) => nameof(Queryable.OrderByDescending),
            (false, false) => nameof(Queryable.ThenBy),
            (false, true) => nameof(Queryable.ThenByDescending),
        };
        var call = Expression.Call(typeof(Queryable), method, [typeof(T), key.ReturnType], source.Expression, Expression.Quote(key));
        return source.Provider.CreateQuery<T>(call);
    }
}
