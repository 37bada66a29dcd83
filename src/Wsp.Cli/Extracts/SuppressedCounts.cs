using System.Globalization;
using Wsp.Sdk.Counting;

namespace Wsp.Cli.Extracts;

/// <summary>
/// A figure's counts after <see cref="SmallCountSuppression"/>, looked up by row and column (null for a total). The
/// suppression leaves zero cells out; a cell it does not return is zero, and zero is published (it points at no one).
/// </summary>
internal sealed class SuppressedCounts
{
    private readonly Dictionary<(string? Row, string? Column), SuppressedEntry> _entries;

    public SuppressedCounts(SmallCountSuppression suppression, IEnumerable<SuppressionCell> cells)
    {
        _entries = suppression.Apply(cells).ToDictionary(e => (e.Row, e.Column));
    }

    public SuppressedEntry Get(string? row, string? column) =>
        _entries.TryGetValue((row, column), out var entry) ? entry : new SuppressedEntry(row, column, 0, 0m, SuppressionKind.None);

    public static string Number(int? count) => count is { } c ? c.ToString(CultureInfo.InvariantCulture) : "";

    public static string Fraction(decimal? value) =>
        value is { } v ? Math.Round(v, 4, MidpointRounding.AwayFromZero).ToString("0.0###", CultureInfo.InvariantCulture) : "";

    /// <summary>Hours per week as written in every extract: exact, up to six decimals.</summary>
    public static string Hours(decimal? hours) => hours is { } h ? h.ToString("0.######", CultureInfo.InvariantCulture) : "";

    /// <summary>Job-agreement jobs of <paramref name="hours"/> (hours / 25.5), rounded to four decimals.</summary>
    public static string Jobs(decimal? hours) => hours is { } h ? Fraction(Wsp.Sdk.JobAgreements.JobAgreement.ToJobs(h)) : "";

    public static string Mark(SuppressionKind kind) => kind switch
    {
        SuppressionKind.SmallCount => "small-count",
        SuppressionKind.Secondary => "secondary",
        _ => "",
    };
}
