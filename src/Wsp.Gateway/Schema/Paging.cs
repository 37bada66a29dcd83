using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types.Relay.DataObjects;
using Wsp.Gateway.Errors;
using Wsp.Gateway.Hosting;

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
    private const string GroupPageKey = "wsp:groupPage";

    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, GatewayLimits limits) => field
        .Argument<GraphQL.Types.IntGraphType>("first", $"How many items, 1–{limits.MaxPageSize}; default {limits.DefaultPageSize}.")
        .Argument<GraphQL.Types.StringGraphType>("after", "The cursor of the item after which the page starts.");

    /// <summary>
    /// The arguments of a figure's groups: <c>first</c> defaults to, and is at most, <see cref="GatewayLimits.MaxGroupPageSize"/>.
    /// The groups are computed whole before a page is cut, so a page's cost is the figure's; the answer's is the page's.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> GroupPageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, GatewayLimits limits) => field
        .Argument<GraphQL.Types.IntGraphType>("first", $"How many groups, 1–{limits.MaxGroupPageSize}; default {limits.MaxGroupPageSize}.")
        .Argument<GraphQL.Types.StringGraphType>("after", "The cursor of the group after which the page starts.")
        .WithMetadata(GroupPageKey, true);

    /// <summary>
    /// Whether a field is a figure's groups: the page limit bounds their answer, so the complexity analyser weighs their
    /// items as a list of unknown length, not by <c>first</c> (which would refuse a full page of 10,000 groups).
    /// </summary>
    public static bool IsGroupPage(GraphQL.Types.FieldType field) => field.GetMetadata(GroupPageKey, false);

    public static (int Offset, int Size) Window(IResolveFieldContext context, GatewayLimits limits) =>
        Window(context, limits.DefaultPageSize, limits.MaxPageSize);

    /// <summary>Reads <c>first</c>: the page size asked for, or the default; more than the maximum is refused.</summary>
    public static int Size(IResolveFieldContext context, GatewayLimits limits) => Size(context, limits.DefaultPageSize, limits.MaxPageSize);

    /// <summary>
    /// Cuts a page of a figure's groups, which are in the figure's one order, and connects it; <paramref name="cut"/>, if
    /// given, learns the page's first index and length.
    /// </summary>
    public static Connection<T> Groups<T>(IResolveFieldContext context, IReadOnlyList<T> groups, GatewayLimits limits, Action<int, int>? cut = null)
    {
        var (offset, size) = Window(context, limits.MaxGroupPageSize, limits.MaxGroupPageSize);
        var start = Math.Min(offset, groups.Count);
        var count = Math.Min(size, groups.Count - start);
        cut?.Invoke(start, count);
        var page = new T[count];
        for (var i = 0; i < count; i++)
        {
            page[i] = groups[start + i];
        }

        return Connect(page, start, start + count < groups.Count, groups.Count);
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

    private static (int Offset, int Size) Window(IResolveFieldContext context, int defaultSize, int maxSize)
    {
        var size = Size(context, defaultSize, maxSize);
        var after = context.GetArgument<string?>("after");
        return (after is null ? 0 : Decode(after) + 1, size);
    }

    private static int Size(IResolveFieldContext context, int defaultSize, int maxSize)
    {
        var size = context.GetArgument<int?>("first") ?? defaultSize;
        if (size < 1 || size > maxSize)
        {
            throw new ExecutionError($"'first' is {size}: a page holds 1 to {maxSize} items.") { Code = ErrorCodes.BadUserInput };
        }

        return size;
    }

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
