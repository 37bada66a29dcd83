using System.Globalization;
using Wsp.Sdk.Disclosure;

namespace Wsp.Cli.Extracts;

/// <summary>
/// How the extracts write a figure's counts as the client disclosed them (which counts are withheld, and which table a
/// figure forms, is the SDK's: <see cref="FigureDisclosure"/>): a withheld value is empty, its kind written in
/// <c>suppressed</c>.
/// </summary>
internal static class SuppressedCounts
{
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
        _ => "",
    };

    /// <summary>A disclosed count in the line that reports an extract: with thousands separators, or <c>withheld</c>.</summary>
    public static string Shown(int? count) => count is { } c ? c.ToString("N0", CultureInfo.InvariantCulture) : "withheld";

    /// <summary>The jobs of a disclosed measure of hours in the line that reports an extract, or <c>withheld</c>.</summary>
    public static string ShownJobs(decimal? hours) =>
        hours is { } h ? Wsp.Sdk.JobAgreements.JobAgreement.ToJobs(h).ToString("N2", CultureInfo.InvariantCulture) : "withheld";
}
