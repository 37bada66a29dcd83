using GraphQL;
using Wsp.Gateway.Errors;
using Wsp.Sdk.Geography;

namespace Wsp.Gateway.Schema;

/// <summary>
/// Labour market region codes (arbeidsmarktregio's, <c>AMxx</c>) in arguments and inputs: one parse, one
/// <c>BAD_USER_INPUT</c> message naming the field, wherever a region is asked for.
/// </summary>
internal static class Regions
{
    /// <summary>Parses a code of one of the current regions, or refuses naming <paramref name="field"/>.</summary>
    public static RegionCode Parse(string text, string field) =>
        TryParse(text, field, out var region, out var problem)
            ? region
            : throw new ExecutionError(problem) { Code = ErrorCodes.BadUserInput };

    /// <summary>Parses a code of one of the current regions; when it is none, <paramref name="problem"/> says so naming <paramref name="field"/>.</summary>
    public static bool TryParse(string text, string field, out RegionCode region, out string problem)
    {
        if (Gazetteer.Default.FindRegion(text) is { } found)
        {
            (region, problem) = (found.Code, "");
            return true;
        }

        region = default;
        problem = $"'{field}' is '{text}': expected a labour market region code such as AM21.";
        return false;
    }
}
