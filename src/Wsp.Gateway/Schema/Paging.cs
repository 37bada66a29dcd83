using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types.Relay.DataObjects;
using Wsp.Gateway.Security;

namespace Wsp.Gateway.Schema;

/// <summary>
/// Relay cursor connections: <c>first</c> (default and maximum from <see cref="GatewayLimits"/>; more is refused, never
/// clamped) and <c>after</c>, an opaque cursor holding the item's offset in the stable order of the list, or, for a list
/// the store pages by keyset (placements), the store's continuation token after the item.
/// </summary>
internal static class Paging
{
    private const string Prefix = "o:";

    private const string TokenPrefix = "t:";

    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, GatewayLimits limits) => field
        .Argument<GraphQL.Types.IntGraphType>("first", $"How many items, 1–{limits.MaxPageSize}; default {limits.DefaultPageSize}.")
        .Argument<GraphQL.Types.StringGraphType>("after", "The cursor of the item after which the page starts.");

    public static (int Offset, int Size) Window(IResolveFieldContext context, GatewayLimits limits)
    {
        var size = Size(context, limits);
        var after = context.GetArgument<string?>("after");
        return (after is null ? 0 : Decode(after) + 1, size);
    }

    /// <summary>Reads <c>first</c>: the page size asked for, or the default; more than the maximum is refused.</summary>
    public static int Size(IResolveFieldContext context, GatewayLimits limits)
    {
        var size = context.GetArgument<int?>("first") ?? limits.DefaultPageSize;
        if (size < 1 || size > limits.MaxPageSize)
        {
            throw new ExecutionError($"'first' is {size}: a page holds 1 to {limits.MaxPageSize} items.") { Code = ErrorCodes.BadUserInput };
        }

        return size;
    }

    /// <summary>
    /// Reads <c>after</c> of a list the store pages by its own continuation token (keyset): the token inside the cursor,
    /// or null for the first page. <paramref name="isToken"/> says whether the store would take it.
    /// </summary>
    public static string? AfterToken(IResolveFieldContext context, Func<string, bool> isToken)
    {
        if (context.GetArgument<string?>("after") is not { } cursor)
        {
            return null;
        }

        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(TokenPrefix, StringComparison.Ordinal) && isToken(text[TokenPrefix.Length..]))
            {
                return text[TokenPrefix.Length..];
            }
        }
        catch (FormatException)
        {
        }

        throw new ExecutionError($"'after' is '{cursor}', which is no cursor of this list.") { Code = ErrorCodes.BadUserInput };
    }

    /// <summary>Builds a connection whose cursors hold the store's continuation token after each item.</summary>
    public static Connection<T> ConnectByToken<T>(IReadOnlyList<T> items, Func<T, string> tokenAfter, bool hasPrevious, bool hasMore, int? totalCount)
    {
        var edges = new List<Edge<T>>(items.Count);
        foreach (var item in items)
        {
            edges.Add(new Edge<T> { Cursor = Convert.ToBase64String(Encoding.UTF8.GetBytes(TokenPrefix + tokenAfter(item))), Node = item });
        }

        return new Connection<T>
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                HasNextPage = hasMore,
                HasPreviousPage = hasPrevious,
                StartCursor = edges.Count > 0 ? edges[0].Cursor : null,
                EndCursor = edges.Count > 0 ? edges[^1].Cursor : null,
            },
        };
    }

    /// <summary>Builds the connection from a window's items; <paramref name="hasMore"/> says whether items follow.</summary>
    public static Connection<T> Connect<T>(IReadOnlyList<T> items, int offset, bool hasMore, int? totalCount = null)
    {
        var edges = new List<Edge<T>>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            edges.Add(new Edge<T> { Cursor = Encode(offset + i), Node = items[i] });
        }

        return new Connection<T>
        {
            Edges = edges,
            TotalCount = totalCount,
            PageInfo = new PageInfo
            {
                HasNextPage = hasMore,
                HasPreviousPage = offset > 0,
                StartCursor = edges.Count > 0 ? edges[0].Cursor : null,
                EndCursor = edges.Count > 0 ? edges[^1].Cursor : null,
            },
        };
    }

    public static string Encode(int offset) => Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + offset.ToString(CultureInfo.InvariantCulture)));

    private static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal) && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
            {
                return offset;
            }
        }
        catch (FormatException)
        {
        }

        throw new ExecutionError($"'after' is '{cursor}', which is no cursor of this list.") { Code = ErrorCodes.BadUserInput };
    }
}
