using GraphQL.Types;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Gateway.Schema;

/// <summary>
/// How the figure types render a disclosed count (the SDK's <see cref="DisclosedFigure{TResult, TGroup}"/> decided it):
/// a withheld count is null with its kind in <c>suppressed</c>, and whatever is computed from it is withheld with it.
/// </summary>
internal static class DisclosedCounts
{
    public const string Withheld = "Null when withheld for the ministry (see suppressed).";

    /// <summary>Jobs (hours / 25.5) of disclosed hours; null when withheld.</summary>
    public static double? Jobs(decimal? hours) => hours is { } h ? (double)JobAgreement.ToJobs(h) : null;

    /// <summary>A ratio of a disclosed count to a published denominator (an ambition, job opportunities); null when withheld or nothing was aimed for.</summary>
    public static double? Ratio(int? count, int denominator) => count is { } c && denominator != 0 ? (double)((decimal)c / denominator) : null;

    /// <summary>Adds the <c>suppressed</c> field: whether and why the object's counts are withheld (always NONE for a partner other than the ministry).</summary>
    public static void AddSuppressedField<TSource>(this ObjectGraphType<TSource> type, string what, Func<TSource, SuppressionKind> kind, string name = "suppressed") =>
        type.Field<NonNullGraphType<SuppressionKindType>>(name)
            .Description($"Whether {what} withheld (null) for the ministry, and why (small-count suppression, as in its extracts); always NONE for other partners.")
            .Resolve(c => kind(c.Source));
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
