using System.Globalization;
using System.Linq.Expressions;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Wsp.Sdk.Storage;

namespace Wsp.Sdk.Sqlite;

/// <summary>
/// Evaluates a specification with EF Core over the summary columns, one page at a time: Ardalis's
/// <see cref="WhereEvaluator"/> and <see cref="OrderEvaluator"/> build the query, the id is the last ordering key (so
/// pages are stable and each item comes once), and the page is the specification's skip plus the continuation token's
/// offset, <c>Take</c> items (default 100). The continuation token is the offset of the next page.
/// </summary>
internal static class Paging
{
    public const int DefaultPageSize = 100;

    public static async Task<Page<T>> QueryAsync<T>(
        IQueryable<T> source,
        ISpecification<T> specification,
        Expression<Func<T, string>> id,
        string? continuationToken,
        CancellationToken cancellationToken)
        where T : class
    {
        Preconditions.CheckNotNull(specification);
        EnsureSupported(specification);
        var offset = 0;
        if (continuationToken is not null && (!int.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset < 0))
        {
            throw new ArgumentException($"'{continuationToken}' is not a continuation token of this store.", nameof(continuationToken));
        }

        var query = WhereEvaluator.Instance.GetQuery(source, specification);
        query = specification.OrderExpressions.Any()
            ? ((IOrderedQueryable<T>)OrderEvaluator.Instance.GetQuery(query, specification)).ThenBy(id)
            : query.OrderBy(id);
        var size = specification.Take < 0 ? DefaultPageSize : specification.Take;
        var items = await query.Skip(Math.Max(specification.Skip, 0) + offset).Take(size + 1).ToListAsync(cancellationToken).ConfigureAwait(false);
        if (items.Count <= size)
        {
            return new Page<T>(items, null);
        }

        items.RemoveAt(size);
        return new Page<T>(items, (offset + size).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Refuses what a page of summary columns cannot honour, rather than ignoring it.</summary>
    private static void EnsureSupported<T>(ISpecification<T> specification)
    {
        if (specification.SearchCriterias.Any() || specification.IncludeExpressions.Any() || specification.IncludeStrings.Any() || specification.PostProcessingAction is not null)
        {
            throw new NotSupportedException($"The SQLite store evaluates criteria, ordering, skip and take; {specification.GetType().Name} also has a search, an include or post-processing.");
        }

        if (specification.OrderExpressions.FirstOrDefault() is { OrderType: not (OrderTypeEnum.OrderBy or OrderTypeEnum.OrderByDescending) })
        {
            throw new NotSupportedException($"{specification.GetType().Name} orders with ThenBy before an OrderBy.");
        }

        if (specification.Take == 0)
        {
            throw new ArgumentException($"{specification.GetType().Name} takes 0 items: a page holds at least one.", nameof(specification));
        }
    }
}
