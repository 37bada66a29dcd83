using System.Collections.Concurrent;
using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay.DataObjects;
using Wsp.Gateway.Security;
using Wsp.Sdk.Disclosure;

namespace Wsp.Gateway.Schema;

/// <summary>
/// Small-count suppression (onderdrukking kleine aantallen) of the management figures for the ministry (DESIGN.md,
/// Security model: the ministry reads aggregates only, never a single placement): a figure's resolver suppresses the
/// figure with the SDK's <see cref="Wsp.Sdk.Disclosure.SuppressedFigures"/> (threshold 5, as
/// <c>wsp extract … --for ministry</c>) and records it for the request; the count fields of the figure's types then
/// answer the suppressed values. Other partners read the records anyway and get the counts as they are.
/// </summary>
/// <remarks>
/// The figures' own objects stay the source of the GraphQL types (the SDK may share them between requests); what is
/// withheld is kept per request in the user context, looked up by the object (reference), never on the object.
/// </remarks>
internal static class MinistrySuppression
{
    private const string Key = "wsp.ministry-suppression";

    /// <summary>The ministry's suppression: the extracts' default threshold.</summary>
    public static SmallCountSuppression Suppression { get; } = new(SmallCountSuppression.DefaultThreshold);

    /// <summary>Whether the caller is the ministry, whose figures are suppressed.</summary>
    public static bool Applies(IResolveFieldContext context) => context.Partner().ReadsSuppressedFigures;

    /// <summary>
    /// For the ministry: suppresses <paramref name="result"/> and records the figure for the result, for each of its
    /// groups and for each of <paramref name="parents"/> (objects whose totals are rows of the figure). Answers the
    /// result unchanged.
    /// </summary>
    public static T Suppress<T, TGroup>(IResolveFieldContext context, T result, Func<T, SmallCountSuppression, SuppressedFigure<TGroup>> suppress, IEnumerable<object>? parents = null)
        where T : class
        where TGroup : class
    {
        if (SuppressFigure(context, result, suppress, parents) is { } figure)
        {
            Register(context, figure, 0, figure.Groups.Count);
        }

        return result;
    }

    /// <summary>
    /// For the ministry: suppresses a figure whose groups are paged, and records the figure for the result. Its groups
    /// are recorded a page at a time (<see cref="Page"/>): a national breakdown by employer has some 200,000.
    /// </summary>
    public static T SuppressPaged<T, TGroup>(IResolveFieldContext context, T result, Func<T, SmallCountSuppression, SuppressedFigure<TGroup>> suppress)
        where T : class
        where TGroup : class
    {
        SuppressFigure(context, result, suppress, null);
        return result;
    }

    /// <summary>
    /// Cuts a page of a figure's groups (<see cref="Paging.Groups"/>); for the ministry, records the page's groups of the
    /// figure recorded for <paramref name="source"/> by <see cref="SuppressPaged"/>.
    /// </summary>
    public static Connection<TGroup> Page<TGroup>(IResolveFieldContext context, object source, IReadOnlyList<TGroup> groups, GatewayLimits limits)
        where TGroup : class =>
        Paging.Groups(context, groups, limits, (start, count) =>
        {
            if (Figure<TGroup>(context, source) is { } figure)
            {
                Register(context, figure, start, count);
            }
        });

    /// <summary>The suppressed figure recorded for a result or a parent object, or null (not the ministry).</summary>
    public static SuppressedFigure<TGroup>? Figure<TGroup>(IResolveFieldContext context, object source)
        where TGroup : class =>
        Find(context, source) as SuppressedFigure<TGroup>;

    /// <summary>The suppressed group recorded for a figure's group, or null (not the ministry).</summary>
    public static SuppressedGroup<TGroup>? Group<TGroup>(IResolveFieldContext context, TGroup group)
        where TGroup : class =>
        Find(context, group) as SuppressedGroup<TGroup>;

    /// <summary>Adds the <c>suppressed</c> field: whether and why the object's counts are withheld (always NONE for a partner other than the ministry).</summary>
    public static void AddSuppressedField<TSource>(this ObjectGraphType<TSource> type, string what, Func<IResolveFieldContext<TSource>, SuppressionKind> kind, string name = "suppressed") =>
        type.Field<NonNullGraphType<SuppressionKindType>>(name)
            .Description($"Whether {what} withheld (null) for the ministry, and why (small-count suppression, as in its extracts); always NONE for other partners.")
            .Resolve(c => kind(c));

    private static SuppressedFigure<TGroup>? SuppressFigure<T, TGroup>(IResolveFieldContext context, T result, Func<T, SmallCountSuppression, SuppressedFigure<TGroup>> suppress, IEnumerable<object>? parents)
        where T : class
        where TGroup : class
    {
        if (!Applies(context))
        {
            return null;
        }

        var figure = suppress(result, Suppression);
        var registry = Registry(context);
        registry[result] = figure;
        foreach (var parent in parents ?? [])
        {
            registry[parent] = figure;
        }

        return figure;
    }

    private static void Register<TGroup>(IResolveFieldContext context, SuppressedFigure<TGroup> figure, int start, int count)
        where TGroup : class
    {
        var registry = Registry(context);
        for (var i = start; i < start + count; i++)
        {
            var group = figure.Groups[i];
            registry.TryAdd(group.Group, group);
        }
    }

    private static object? Find(IResolveFieldContext context, object source) =>
        context.UserContext.TryGetValue(Key, out var value) && value is ConcurrentDictionary<object, object> registry && registry.TryGetValue(source, out var found) ? found : null;

    private static ConcurrentDictionary<object, object> Registry(IResolveFieldContext context)
    {
        // Resolvers of one request may run in parallel: the registry is created once under the user context's lock.
        var user = context.UserContext;
        lock (user)
        {
            if (user.TryGetValue(Key, out var value) && value is ConcurrentDictionary<object, object> registry)
            {
                return registry;
            }

            var created = new ConcurrentDictionary<object, object>(ReferenceEqualityComparer.Instance);
            user[Key] = created;
            return created;
        }
    }
}

/// <summary>Whether and why a count is withheld (onderdrukt) for the ministry.</summary>
internal sealed class SuppressionKindType : EnumerationGraphType<SuppressionKind>
{
    public SuppressionKindType()
    {
        Name = "SuppressionKind";
        Description = "Whether and why a count is withheld by small-count suppression (onderdrukking kleine aantallen): NONE (published), SMALL_COUNT (above 0 and below the threshold 5), SECONDARY (withheld so that a small count cannot be derived from a total and the other entries of its row or column).";
    }
}
