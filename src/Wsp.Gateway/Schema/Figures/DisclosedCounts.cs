using GraphQL.Types;
using Wsp.Sdk.Disclosure;
using Wsp.Sdk.JobAgreements;

namespace Wsp.Gateway.Schema;

/// <summary>
/// How the figure types render a disclosed count (the SDK's <see cref="DisclosedFigure{TResult, TGroup}"/> decided it):
/// a withheld count is null with its kind in <c>suppressed</c>, and whatever is computed from it is withheld with it;
/// every figure type names its method in <c>disclosure</c>.
/// </summary>
internal static class DisclosedCounts
{
    public const string Withheld = "For the ministry perturbed by the cell key method (see disclosure), and null when withheld (see suppressed).";

    /// <summary>Jobs (hours / 25.5) of disclosed hours; null when withheld.</summary>
    public static double? Jobs(decimal? hours) => hours is { } h ? (double)JobAgreement.ToJobs(h) : null;

    /// <summary>A ratio of a disclosed count to a published denominator (an ambition, job opportunities); null when withheld or nothing was aimed for.</summary>
    public static double? Ratio(int? count, int denominator) => count is { } c && denominator != 0 ? (double)((decimal)c / denominator) : null;

    /// <summary>Adds the <c>suppressed</c> field: whether and why the object's counts are withheld (always NONE for a partner other than the ministry).</summary>
    /// <summary>Adds the <c>disclosure</c> field: the method and parameters the figure's counts were disclosed with.</summary>
    public static void AddDisclosureField<TSource>(this ObjectGraphType<TSource> type, Func<TSource, FigureDisclosure> disclosure) =>
        type.Field<NonNullGraphType<DisclosureType>>("disclosure")
            .Description("How the figure's counts are disclosed to the caller: exact for partners, the cell key method for the ministry (docs/disclosure.md).")
            .Resolve(c => disclosure(c.Source));

    public static void AddSuppressedField<TSource>(this ObjectGraphType<TSource> type, string what, Func<TSource, SuppressionKind> kind, string name = "suppressed") =>
        type.Field<NonNullGraphType<SuppressionKindType>>(name)
            .Description($"Whether {what} withheld (null) for the ministry, as in its extracts and dashboard; always NONE for other partners.")
            .Resolve(c => kind(c.Source));
}

/// <summary>Whether and why a count is withheld (onderdrukt) for the ministry.</summary>
internal sealed class SuppressionKindType : EnumerationGraphType<SuppressionKind>
{
    public SuppressionKindType()
    {
        Name = "SuppressionKind";
        Description = "Whether a count is withheld (achtergehouden) for the ministry: NONE (published: exact for partners, perturbed by its cell key for the ministry), SMALL_COUNT (below the threshold 5, zero included, or perturbed below it).";
    }
}

/// <summary>How a figure's counts are disclosed (openbaarmaking): the method's id and its parameters.</summary>
internal sealed class DisclosureType : ObjectGraphType<FigureDisclosure>
{
    public DisclosureType()
    {
        Name = "Disclosure";
        Description = "The disclosure method of a figure's counts (docs/disclosure.md): 'exact' for partners, 'cell-key/1' for the ministry, with its parameters, as every extract's manifest states them.";
        Field<NonNullGraphType<StringGraphType>>("method").Description("The method's id: exact, or cell-key/1.").Resolve(c => c.Source.Method);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("parameters")
            .Description("The method's parameters as name=value (threshold, perturbation table, noise, record key, the ministry's periods, dates and groupings); empty for exact.")
            .Resolve(c => c.Source.Parameters.Select(p => $"{p.Key}={p.Value}").ToArray());
    }
}
