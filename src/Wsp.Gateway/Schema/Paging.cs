using System.Globalization;
using System.Text;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types.Relay.DataObjects;
using Wsp.Gateway.Security;

namespace Wsp.Gateway.Schema;

/// <summary>
/// Relay cursor connections: <c>first</c> (default and maximum from <see cref="GatewayLimits"/>; more is refused, never
/// clamped) and <c>after</c>, an opaque cursor holding the item's offset in the stable order of the list.
/// </summary>
internal static class Paging
{
    private const string Prefix = "o:";

    public static FieldBuilder<TSource, TReturn> PageArguments<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, GatewayLimits limits) => field
        .Argument<GraphQL.Types.IntGraphType>("first", $"How many items, 1–{limits.MaxPageSize}; default {limits.DefaultPageSize}.")
        .Argument<GraphQL.Types.StringGraphType>("after", "The cursor of the item after which the page starts.");

    public static (int Offset, int Size) Window(IResolveFieldContext context, GatewayLimits limits)
    {
        var size = context.GetArgument<int?>("first") ?? limits.DefaultPageSize;
        if (size < 1 || size > limits.MaxPageSize)
        {
            throw new ExecutionError($"'first' is {size}: a page holds 1 to {limits.MaxPageSize} items.") { Code = ErrorCodes.BadUserInput };
        }

        var after = context.GetArgument<string?>("after");
        return (after is null ? 0 : Decode(after) + 1, size);
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
