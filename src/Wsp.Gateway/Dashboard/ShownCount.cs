using System.Globalization;
using Wsp.Gateway.Dashboard.Charts;
using Wsp.Sdk.Disclosure;

namespace Wsp.Gateway.Dashboard;

/// <summary>
/// A count of people as the dashboard may draw it for its viewer: the value (for the ministry perturbed by the SDK's cell
/// key method), or withheld (achtergehouden) with the reason the SDK gives (DESIGN.md, Disclosure to the ministry).
/// </summary>
/// <param name="Value">The value, or null when withheld.</param>
/// <param name="Withheld">Why the value is withheld; <see cref="SuppressionKind.None"/> when shown.</param>
internal readonly record struct ShownCount(decimal? Value, SuppressionKind Withheld)
{
    // The gateway's clients run with the default threshold (WspClientOptions.SmallCountThreshold): the marks name it.
    private const int Threshold = FigureDisclosure.DefaultThreshold;

    /// <summary>Gets whether the count is withheld.</summary>
    public bool IsWithheld => Withheld != SuppressionKind.None;

    /// <summary>A count shown as it is.</summary>
    public static ShownCount Of(decimal value) => new(value, SuppressionKind.None);

    /// <summary>An entry of a suppressed figure: its count, or withheld.</summary>
    public static ShownCount Of(SuppressedEntry entry) => entry.IsSuppressed ? Withhold(entry.Suppression) : Of(entry.Count ?? 0);

    public static ShownCount Of<TGroup>(SuppressedGroup<TGroup> group)
        where TGroup : class => group.IsSuppressed ? Withhold(group.Suppression) : Of(group.Count ?? 0);

    /// <summary>Jobs (hours / 25.5) of a disclosed stock: withheld with its working persons.</summary>
    public static ShownCount Jobs(SuppressedEntry entry) => entry.IsSuppressed ? Withhold(entry.Suppression) : Of(Sdk.JobAgreements.JobAgreement.ToJobs(entry.Measure ?? 0m));

    /// <summary>A count withheld with the reason of the count it follows (a ratio, jobs with their working persons).</summary>
    public static ShownCount Withhold(SuppressionKind why) => new(null, why);

    /// <summary>The count's code in data attributes, as GraphQL's <c>SuppressionKind</c> names it (<c>SMALL_COUNT</c>).</summary>
    public static string WithheldCode => "SMALL_COUNT";

    /// <summary>The mark drawn instead of a withheld count, explained by the page's legend (<see cref="Legend"/>).</summary>
    public static string Mark => $"withheld (< {Threshold.ToString(CultureInfo.InvariantCulture)})";

    /// <summary>The legend line for the marks, shown on a page whose counts are disclosed by the cell key method.</summary>
    public static string Legend =>
        $"counts are perturbed by their cell key (the same count always the same answer) and withheld (< {Threshold.ToString(CultureInfo.InvariantCulture)}) when below {Threshold.ToString(CultureInfo.InvariantCulture)}, zero included, or perturbed below it: the cell key method of docs/disclosure.md, as in GraphQL and the ministry's extracts.";

    /// <summary>The count as the page writes it: the number (at most two decimals) or the mark.</summary>
    public string Text => Value is { } value ? Html.Number(value) : Mark;
}
